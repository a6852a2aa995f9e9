"""Checks for git-undo: the lost line is back, notes.txt is unstaged, the tea commit reverted."""

from tutor.checks import CheckFailure

BAD = "Raise the price of tea"


def test_menu_has_the_cheese_sandwich_back(git_repo, files):
    assert "Cheese sandwich" in files.read("menu.txt"), (
        "menu.txt is still missing the line 'Cheese sandwich'. Throw away the change to "
        "menu.txt with git restore menu.txt: the file goes back to its last committed version."
    )
    if "menu.txt" in git_repo.changed_files():
        raise CheckFailure(
            "menu.txt still differs from its last commit. Run git diff menu.txt to see how, "
            "then git restore menu.txt to throw the change away.",
            "menu.txt",
        )


def test_notes_are_no_longer_staged(git_repo, files):
    assert "notes.txt" not in git_repo.tracked_files(), (
        "notes.txt is still on the list for the next commit (or in a commit). Take it off "
        "the list with git restore --staged notes.txt. (If you committed it already, start "
        "again with tutor reset git-undo.)"
    )
    assert files.exists("notes.txt"), (
        "notes.txt is gone from the folder. Unstaging should keep the file: only Git forgets "
        "it. Start again with tutor reset git-undo."
    )


def test_the_tea_price_commit_is_reverted(git_repo):
    commits = git_repo.commits()
    reverts = [c for c in commits if c.summary.startswith("Revert") and BAD in c.message]
    assert reverts, (
        f"There is no commit that reverts \"{BAD}\" yet. Find that commit's hash with "
        "git log --oneline, then run git revert --no-edit with the hash."
    )


def test_tea_is_back_to_its_old_price(git_repo):
    prices = git_repo.file_at("HEAD", "prices.txt")
    tea = next((line for line in prices.splitlines() if line.startswith("Tea")), "")
    assert "1.20" in tea, (
        f"In your last commit, prices.txt says '{tea.strip()}', but tea should cost 1.20 "
        f"again. Reverting the commit \"{BAD}\" does that."
    )


def test_the_history_is_kept(git_repo):
    summaries = [c.summary for c in git_repo.commits()]
    assert BAD in summaries and "Add cake to the menu" in summaries, (
        "Some commits are gone from the history. A revert adds a new commit and keeps all "
        "the old ones. Start again with tutor reset git-undo, and undo the commit with "
        "git revert."
    )
    menu = git_repo.file_at("HEAD", "menu.txt")
    assert "Chocolate cake" in menu, (
        "The cake has gone from menu.txt in your last commit, but only the tea price was a "
        "mistake. Revert only the commit \"Raise the price of tea\", using its own hash."
    )


def test_git_status_lists_only_the_notes(git_repo):
    left = [name for name in git_repo.changed_files() if name != "notes.txt"]
    if left:
        raise CheckFailure(
            f"These files have changes that are not committed: {', '.join(left)}. "
            "git status should list only notes.txt, under Untracked files.",
            left[0],
        )
