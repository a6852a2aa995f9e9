"""Checks for team-hotfix: the notice fixed alone on main and pushed; the half-done work back."""

from tutor.checks import CheckFailure, RepoFacts

HALF_DONE = "Courgette soup"



def holds(condition):
    """Kept out of the assert, so a failure shows only its own sentence."""
    return condition

def when_line(text):
    return next((line.strip() for line in text.splitlines() if line.startswith("When")), "")


def test_the_notice_says_sunday_on_main(git_repo):
    line = when_line(git_repo.file_at("main", "notice.txt"))
    assert holds("Sunday" in line and "Saturday" not in line), (
        f'notice.txt in the latest commit on main says "{line}", but the sale is on Sunday. '
        "On main, change that day, then git add notice.txt and git commit."
    )


def test_the_fix_holds_nothing_else(git_repo):
    yours = git_repo.your_commits("main", with_files=True)
    for commit in yours:
        others = [name for name in commit.files if name != "notice.txt"]
        if others:
            raise CheckFailure(
                f'Your commit "{commit.summary}" on main also changes {", ".join(others)}: '
                "half-done work went into the fix. Start again with tutor reset team-hotfix, "
                "and stash your work before you switch to main."
            )


def test_the_fix_is_pushed(workspace, git_repo):
    ours = git_repo.commits("main")[0]
    theirs = RepoFacts(workspace / "origin.git").commits("main")[0]
    assert holds(ours.sha == theirs.sha), (
        f'Your main ends with "{ours.summary}", but main on origin.git ends with '
        f'"{theirs.summary}". People read the notice from origin: on main, run git push.'
    )


def test_you_are_back_on_recipes(git_repo):
    current = git_repo.current_branch
    assert holds(current == "recipes"), (
        f"You are on {current or 'no branch'}. When the fix is pushed, go back to your own "
        "work: git switch recipes."
    )


def test_your_half_done_work_is_back(workspace, git_repo):
    with git_repo.open() as repo:
        stashes = repo.run("stash", "list")
    now = (workspace / "recipes.txt").read_text(encoding="utf-8")
    if HALF_DONE not in now:
        where = "It is still in the stash: run git stash pop." if stashes else ""
        raise CheckFailure(
            f"recipes.txt in your folder no longer has your half-done {HALF_DONE} lines. "
            + (where or "Start again with tutor reset team-hotfix.")
        )
    assert not stashes, (
        "Your work is back, but the stash still holds an entry (git stash list shows it). "
        "git stash pop takes it out as it brings it back; git stash drop removes one you "
        "no longer need."
    )

