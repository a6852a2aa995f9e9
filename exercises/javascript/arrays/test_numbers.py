"""Checks for numbers.js: arrays, indexes, length, for...of and push."""

import json


def show(value):
    """A value as JavaScript writes it (undefined and null both arrive as None)."""
    return "undefined" if value is None else json.dumps(value)


def same(got, expected):
    """got == expected, kept out of the assert so the message stays in JavaScript's words."""
    return got == expected


def test_total_adds_up_the_array(js):
    program = js("numbers.js")
    for numbers, expected in [([1, 2, 3], 6), ([10], 10), ([], 0), ([4, -4, 5], 5)]:
        got = program.call("total", numbers)
        assert same(got, expected), (
            f"total({show(numbers)}) should give {expected}, but your function gave "
            f"{show(got)}. Loop over the array with `for (const n of numbers)` and add each "
            "n to sum."
        )


def test_biggest_finds_the_largest_number(js):
    program = js("numbers.js")
    for numbers, expected in [([3, 9, 4], 9), ([7], 7), ([8, 1, 2], 8), ([1, 2, 30], 30)]:
        got = program.call("biggest", numbers)
        assert same(got, expected), (
            f"biggest({show(numbers)}) should give {expected}, but your function gave "
            f"{show(got)}. Keep the biggest so far in a variable, and compare each number "
            "with it."
        )


def test_biggest_works_with_negative_numbers(js):
    program = js("numbers.js")
    got = program.call("biggest", [-8, -3, -5])
    assert same(got, -3), (
        f"biggest([-8, -3, -5]) should give -3, but your function gave {show(got)}. "
        "If you started the biggest at 0, no negative number beats it: start at numbers[0]."
    )


def test_biggest_of_an_empty_array_is_null(js):
    program = js("numbers.js")
    got = program.eval("biggest([]) === null")
    assert got is True, (
        f"biggest([]) should give null, but your function gave "
        f"{program.eval('String(biggest([]))')}. Check `numbers.length === 0` first and "
        "return null."
    )


def test_evens_keeps_the_even_numbers_in_order(js):
    program = js("numbers.js")
    got = program.call("evens", [5, 2, 8, 7, 10, 3])
    assert same(got, [2, 8, 10]), (
        f"evens([5, 2, 8, 7, 10, 3]) should give [2, 8, 10], but your function gave "
        f"{show(got)}. For each number, if `n % 2 === 0`, push it onto result."
    )
    got = program.call("evens", [1, 3])
    assert same(got, []), f"evens([1, 3]) should give [], but your function gave {show(got)}."


def test_evens_leaves_the_original_array_alone(js):
    program = js("numbers.js")
    got = program.eval("(() => { const a = [1, 2, 3, 4]; evens(a); return a; })()")
    assert same(got, [1, 2, 3, 4]), (
        f"After evens(a) with a = [1, 2, 3, 4], a became {show(got)}. Build a new array "
        "with push; do not change the array you were given."
    )
