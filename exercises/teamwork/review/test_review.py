"""Checks for team-review: the three bugs in Sam's discount branch fixed, committed, pushed."""

from tutor.checks import CheckFailure, RepoFacts


def holds(condition):
    """Kept out of the assert, so a failure shows only its own sentence."""
    return condition

def close(got, expected):
    """Kept out of the assert, so a failure shows only its sentence."""
    return abs(got - expected) < 0.001


def prices(files):
    return files.python_module("prices")


def test_you_are_on_the_branch_discount(git_repo):
    current = git_repo.current_branch
    assert holds(current == "discount"), (
        f"You are on {current or 'no branch'}, but the review's fixes belong on Sam's "
        "branch discount. Run git switch discount."
    )


def test_with_discount_takes_the_percent_off(files):
    with_discount = prices(files).with_discount
    for amount, percent, expected in [(20.00, 10, 18.0), (50.00, 20, 40.0)]:
        got = with_discount(amount, percent)
        assert close(got, expected), (
            f"with_discount({amount:.2f}, {percent}) should give {expected} ({percent} per "
            f"cent off), but it gives {got}. Read the line that computes it in the diff: "
            "what does it give for 10 per cent?"
        )


def test_members_get_the_discount_from_ten_plants(files):
    total = prices(files).total
    # 10 tomatoes at 1.50 is 15.00; 9 is 13.50. Members get 10 per cent off from 10 plants.
    for basket, member, expected in [
        ({"tomato": 10}, True, 13.5),
        ({"tomato": 9}, True, 13.5),
        ({"tomato": 10}, False, 15.0),
    ]:
        got = total(basket, member=member)
        if close(got, expected):
            continue
        if member:
            raise CheckFailure(
                "total() does not follow the rule in its docstring for members yet. Read the "
                "if line in total next to the docstring, and try the values at the very edge."
            )
        raise CheckFailure(
            f"total({basket}) for someone who is not a member should give {expected} (the "
            f"full price), but it gives {got}."
        )


def test_the_prices_are_the_same_as_on_main(files, git_repo):
    before = {}
    exec(git_repo.file_at("main", "prices.py"), before)  # noqa: S102 (the course's own file)
    now = prices(files).PRICES
    changed = [name for name in before["PRICES"] if now.get(name) != before["PRICES"][name]]
    assert not changed, (
        "One of the prices on this branch is not the same as on main. This pull request is "
        "about a discount: a changed price does not belong in it. Look for a - line and a + "
        "line in the diff that have nothing to do with a discount."
    )


def test_your_fixes_are_committed(git_repo):
    git_repo.assert_clean()


def test_your_fixes_are_pushed_to_origin(workspace, git_repo):
    ours = git_repo.commits("discount")[0]
    theirs = RepoFacts(workspace / "origin.git").commits("discount")[0]
    assert holds(ours.sha == theirs.sha), (
        f'Your discount ends with "{ours.summary}", but discount on origin.git ends with '
        f'"{theirs.summary}". On discount, run git push.'
    )


def test_main_is_unchanged(workspace):
    text = RepoFacts(workspace / "origin.git").file_at("main", "prices.py")
    assert holds("with_discount" not in text), (
        "main on origin.git already has the discount, but it was meant to stay on the branch "
        "until the review is done. Start again with tutor reset team-review."
    )
