"""Checks for git-branches: a dessert committed on the branch desserts, main left alone."""

from tutor.checks import CheckFailure

BRANCH = "desserts"


def desserts_in(menu):
    """The lines under 'Desserts:' that name a dessert (not blank, not the TODO)."""
    lines = menu.splitlines()
    if "Desserts:" not in [line.strip() for line in lines]:
        return None
    start = [line.strip() for line in lines].index("Desserts:") + 1
    return [line for line in lines[start:] if line.strip() and "TODO" not in line]


def branch_only_commits(git_repo):
    """Commits on desserts that main does not have."""
    on_main = {c.sha for c in git_repo.commits("main")}
    return [c for c in git_repo.commits(BRANCH) if c.sha not in on_main]


def test_there_is_a_branch_called_desserts(git_repo):
    git_repo.assert_branch_exists(BRANCH)


def test_the_desserts_branch_has_a_commit_of_its_own(git_repo):
    git_repo.assert_branch_exists(BRANCH)
    own = branch_only_commits(git_repo)
    assert own, (
        "The branch desserts has no commit of its own yet: it is still the same as main. "
        "Switch to it with git switch desserts, change menu.txt, then git add and git commit."
    )
    if not any("dessert" in c.message.lower() for c in own):
        said = ", ".join(f'"{c.summary}"' for c in own[:5])
        raise CheckFailure(
            f"Your commit message on desserts should have the word dessert in it, but it says: "
            f"{said}. While on desserts, change the message with "
            'git commit --amend -m "Add a dessert".'
        )


def test_the_menu_on_desserts_lists_a_dessert(git_repo):
    git_repo.assert_branch_exists(BRANCH)
    found = desserts_in(git_repo.file_at(BRANCH, "menu.txt"))
    assert found is not None, (
        "On the branch desserts, menu.txt has lost its 'Desserts:' line. Keep that line and "
        "write the dessert under it."
    )
    assert found, (
        "On the branch desserts, menu.txt has no dessert under 'Desserts:' yet. Replace the "
        "TODO line with a dessert, save, then git add menu.txt and git commit."
    )


def test_main_has_no_dessert_yet(git_repo):
    found = desserts_in(git_repo.file_at("main", "menu.txt"))
    assert not found, (
        "The dessert is on main too, but it should only be on the branch desserts for now. "
        "Commits go to the branch you are on: switch to desserts before you commit. "
        "(To start again: tutor reset git-branches.)"
    )


def test_you_are_back_on_main(git_repo):
    current = git_repo.current_branch
    where = f"on the branch {current}" if current else "not on any branch"
    assert current == "main", (
        f"You are {where}, but the last step is to go back to main. "
        "Run git switch main."
    )


def test_everything_is_committed(git_repo):
    git_repo.assert_clean()
