"""Checks for debug-bisect: bisect finished, the breaking commit reverted, later work kept."""

from pathlib import Path

from tutor.checks import CheckFailure

BROKE_IT = "Tidy up the bill function"


def holds(condition):
    """Kept out of the assert, so a failure shows only its own sentence."""
    return condition


def load_prices(files):
    found = {}
    exec(compile(files.read("prices.py"), "prices.py", "exec"), found)  # noqa: S102
    return found


def test_bisect_is_finished(git_repo):
    if (Path(git_repo.path) / ".git" / "BISECT_LOG").exists():
        raise CheckFailure(
            "git bisect is still running, so you are on an old commit, not on main. When "
            "bisect has named the first bad commit, write its id down, then run "
            "git bisect reset."
        )
    current = git_repo.current_branch
    assert holds(current == "main"), (
        f"You are on {current or 'an old commit, not on a branch'}. Go back with "
        "git switch main."
    )


def test_the_first_bad_commit_is_reverted(git_repo):
    history = git_repo.commits("main")
    culprit = next((c for c in history if c.summary == BROKE_IT), None)
    if culprit is None:
        raise CheckFailure(
            "The history of main has changed so much that the checks cannot find their way. "
            "Start again with tutor reset debug-bisect."
        )
    reverts = [c for c in git_repo.your_commits("main") if "This reverts commit" in c.message]
    if any(culprit.sha in c.message for c in reverts):
        return
    if reverts:
        raise CheckFailure(
            f'You reverted "{reverts[0].summary.removeprefix("Revert ").strip(chr(34))}", but '
            "that is not the commit that broke the bills. Bisect again: every commit you "
            "mark must be tested with python3 check_prices.py first."
        )
    raise CheckFailure(
        "main has no revert commit yet. When git bisect has named the first bad commit, "
        "run git bisect reset, then git revert --no-edit and that commit's id."
    )


def test_the_bills_are_right_again(files):
    bill = load_prices(files)["bill"]
    got = bill(["tea", "cake"])
    assert holds(got == 3.70), (
        f"bill(['tea', 'cake']) gives {got} in your folder, but it should give 3.70. Run "
        "python3 check_prices.py to see what is still wrong."
    )


def test_the_later_work_is_kept(files):
    prices = load_prices(files)
    assert holds("volunteer_bill" in prices and "lemonade" in prices["MENU"]), (
        "prices.py has lost work from commits after the one that broke it (the volunteer "
        "discount, or lemonade). git revert undoes one commit only; do not go back in time "
        "with reset. Start again with tutor reset debug-bisect."
    )


def test_everything_is_committed(git_repo):
    git_repo.assert_clean()
