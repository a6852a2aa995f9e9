"""Checks for git-staging: the recipe change is committed, the shopping list change is not."""

from tutor.checks import CheckFailure

SALT = "pinch of salt"
UNFINISHED = "check the fridge"


def test_the_salt_is_in_your_last_commit(git_repo):
    assert git_repo.your_commits(), (
        "You have not made a commit yet. Stage recipe.txt with git add recipe.txt, "
        'then commit it with git commit -m "...".'
    )
    recipe = git_repo.file_at("HEAD", "recipe.txt")
    assert SALT in recipe, (
        "Your last commit does not have the line '1 pinch of salt' in recipe.txt. "
        "Run git add recipe.txt before git commit, so the change goes into the commit."
    )


def test_your_commit_message_mentions_the_salt(git_repo):
    commits = git_repo.your_commits()
    if commits and not any("salt" in c.message.lower() for c in commits):
        said = ", ".join(f'"{c.summary}"' for c in commits[:5])
        raise CheckFailure(
            f"Your commit message should say what changed, with the word salt in it. "
            f"Your messages are: {said}. Change the last one with "
            'git commit --amend -m "Add salt to the pancakes".'
        )
    assert commits, "You have not made a commit yet, so there is no message to check."


def test_the_shopping_list_change_is_not_committed(git_repo):
    shopping = git_repo.file_at("HEAD", "shopping.txt")
    assert UNFINISHED not in shopping, (
        "The unfinished line about milk in shopping.txt went into a commit, but it should "
        "stay out: only recipe.txt was to be committed. Stage files one by one with "
        "git add and the file's name. (To start again: tutor reset git-staging.)"
    )


def test_the_shopping_list_change_is_still_in_the_file(files):
    assert UNFINISHED in files.read("shopping.txt"), (
        "The unfinished line about milk is gone from shopping.txt. Leave that change in the "
        "file, not committed: it is someone's work in progress. (To start again: "
        "tutor reset git-staging.)"
    )


def test_recipe_has_nothing_left_to_commit(git_repo):
    if "recipe.txt" in git_repo.changed_files():
        raise CheckFailure(
            "recipe.txt still has changes that are not committed. Run git status and "
            "git diff recipe.txt to see them, then git add recipe.txt and git commit.",
            "recipe.txt",
        )
