"""Checks for helpers.py: three functions that return values."""


def function(files, name):
    """The learner's function `name` from helpers.py, or a clear failure."""
    helpers = files.python_module("helpers")
    found = getattr(helpers, name, None)
    assert callable(found), (
        f"helpers.py should have a function called {name}, but it does not. "
        f"Check the spelling on the `def {name}(...)` line."
    )
    return found


def none_note(got):
    if got is None:
        return " None means the function has no `return` line yet."
    return ""


def test_square_of_3_is_9(files):
    square = function(files, "square")
    got = square(3)
    assert got == 9, (
        f"square(3) should give 9, but your function gave {got!r}." + none_note(got)
        + " Multiply the number by itself with `*`."
    )


def test_square_works_for_other_numbers(files):
    square = function(files, "square")
    for number, expected in [(0, 0), (5, 25), (-4, 16)]:
        got = square(number)
        assert got == expected, (
            f"square({number}) should give {expected}, but your function gave {got!r}."
            + none_note(got) + " Use the parameter `number`, not a fixed value."
        )


def test_average_of_4_and_10_is_7(files):
    average = function(files, "average")
    got = average(4, 10)
    assert got == 7, (
        f"average(4, 10) should give 7, but your function gave {got!r}." + none_note(got)
        + " Add the two numbers, then divide by 2. Brackets decide what happens first."
    )


def test_average_can_be_a_half(files):
    average = function(files, "average")
    got = average(1, 2)
    assert got == 1.5, (
        f"average(1, 2) should give 1.5, but your function gave {got!r}." + none_note(got)
        + " Divide with `/`, which keeps the half."
    )


def test_seat_label_names_the_row_and_the_seat(files):
    seat_label = function(files, "seat_label")
    try:
        got = seat_label(5, 12)
    except TypeError as error:
        raise AssertionError(
            f"seat_label(5, 12) stopped with TypeError: {error}. The + sign cannot join "
            "text and a number: turn each number into text first with str(row) and str(seat)."
        ) from None
    assert got == "Row 5, seat 12", (
        f"seat_label(5, 12) should give 'Row 5, seat 12', but your function gave {got!r}."
        + none_note(got) + " Look at the capital R, the comma and the spaces."
    )


def test_seat_label_uses_the_numbers_it_is_given(files):
    seat_label = function(files, "seat_label")
    got = seat_label(1, 3)
    assert got == "Row 1, seat 3", (
        f"seat_label(1, 3) should give 'Row 1, seat 3', but your function gave {got!r}."
        + none_note(got) + " Use the parameters row and seat, not fixed numbers."
    )
