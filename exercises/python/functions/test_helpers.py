"""Checks for kitchen.py: three functions that return values."""


def function(files, name):
    """The learner's function `name` from kitchen.py, or a clear failure."""
    kitchen = files.python_module("kitchen")
    found = getattr(kitchen, name, None)
    assert callable(found), (
        f"kitchen.py should have a function called {name}, but it does not. "
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


def test_greeting_says_good_morning_to_the_name(files):
    greeting = function(files, "greeting")
    got = greeting("Ana")
    assert got == "Good morning, Ana!", (
        f"greeting('Ana') should give 'Good morning, Ana!', but your function gave {got!r}."
        + none_note(got) + " Look at the spaces, the comma and the '!'."
    )
    got = greeting("Sam")
    assert got == "Good morning, Sam!", (
        f"greeting('Sam') should give 'Good morning, Sam!', but your function gave {got!r}. "
        "Use the parameter `name` instead of writing a name in the text."
    )
