"""Checks for scores.py: indexes, len, append, loops over lists and slices."""


def function(files, name):
    """The learner's function `name` from scores.py, or a clear failure."""
    scores = files.python_module("scores")
    found = getattr(scores, name, None)
    assert callable(found), (
        f"scores.py should have a function called {name}, but it does not. "
        f"Check the spelling on the `def {name}(...)` line."
    )
    return found


def test_highest_finds_the_biggest_score(files):
    highest = function(files, "highest")
    for scores, expected in [([4, 9, 2], 9), ([7], 7), ([1, 3, 8], 8), ([5, 3, 1], 5)]:
        got = highest(list(scores))
        assert got == expected, (
            f"highest({scores}) should give {expected}, but your function gave {got!r}. "
            "Keep the best score so far in a variable, and compare each score with it."
        )


def test_highest_works_when_all_scores_are_negative(files):
    highest = function(files, "highest")
    got = highest([-5, -2, -9])
    assert got == -2, (
        f"highest([-5, -2, -9]) should give -2, but your function gave {got!r}. "
        "If you started the best score at 0, a list of negative numbers never beats it: "
        "start with the first score, scores[0]."
    )


def test_highest_of_an_empty_list_is_none(files):
    highest = function(files, "highest")
    try:
        got = highest([])
    except IndexError:
        raise AssertionError(
            "highest([]) stopped with an IndexError: an empty list has no scores[0]. "
            "Check `len(scores) == 0` first and return None."
        ) from None
    assert got is None, f"highest([]) should give None, but your function gave {got!r}."


def test_passing_keeps_scores_at_or_above_the_mark(files):
    passing = function(files, "passing")
    got = passing([45, 70, 50, 12, 90], 50)
    assert got == [70, 50, 90], (
        f"passing([45, 70, 50, 12, 90], 50) should give [70, 50, 90], but your function "
        f"gave {got!r}. Keep the scores in their order, and remember that exactly 50 passes "
        "(use >=)."
    )


def test_passing_does_not_change_the_list_it_was_given(files):
    passing = function(files, "passing")
    scores = [10, 60, 30]
    passing(scores, 50)
    assert scores == [10, 60, 30], (
        f"After passing([10, 60, 30], 50), the list given in became {scores!r}. "
        "Build a new list with append; do not remove items from scores."
    )


def test_last_three_gives_the_last_three_scores(files):
    last_three = function(files, "last_three")
    got = last_three([3, 1, 4, 1, 5, 9])
    assert got == [1, 5, 9], (
        f"last_three([3, 1, 4, 1, 5, 9]) should give [1, 5, 9], but your function gave "
        f"{got!r}. A slice with a negative start counts from the end."
    )


def test_last_three_of_a_short_list_is_the_whole_list(files):
    last_three = function(files, "last_three")
    got = last_three([8, 2])
    assert got == [8, 2], (
        f"last_three([8, 2]) should give [8, 2], but your function gave {got!r}. "
        "A slice never goes past the ends of the list, so scores[-3:] already works here."
    )
