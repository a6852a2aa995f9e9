"""Checks for loops.js: for loops, console.log in a loop, while and %."""

import json


def show(value):
    """A value as JavaScript writes it (undefined and null both arrive as None)."""
    return "undefined" if value is None else json.dumps(value)


def same(got, expected):
    """got == expected, kept out of the assert so the message stays in JavaScript's words."""
    return got == expected


def test_factorial_of_4_is_24(js):
    program = js("loops.js")
    got = program.call("factorial", 4)
    assert same(got, 24), (
        f"factorial(4) should give 24 (1 * 2 * 3 * 4), but your function gave {show(got)}. "
        "If you got 6, your loop stops one number early: use `i <= n`, not `i < n`."
    )


def test_factorial_works_for_other_numbers(js):
    program = js("loops.js")
    for n, expected in [(1, 1), (5, 120), (10, 3628800), (0, 1)]:
        got = program.call("factorial", n)
        assert same(got, expected), (
            f"factorial({n}) should give {expected}, but your function gave {show(got)}. "
            "Loop from 1 up to n and multiply result by each number."
        )


def test_print_table_logs_ten_lines(js):
    program = js("loops.js")
    program.clear_console()
    program.call("printTable", 3)
    lines = program.console
    assert same(len(lines), 10), (
        f"printTable(3) should log 10 lines, but it logged {len(lines)}: {show(lines)}. "
        "Loop i from 1 to 10 and call console.log once each time round."
    )


def test_print_table_lines_show_the_sums(js):
    program = js("loops.js")
    program.clear_console()
    program.call("printTable", 7)
    lines = [" ".join(line.split()) for line in program.console]
    for i in (1, 2, 10):
        expected = f"7 x {i} = {7 * i}"
        assert expected in lines, (
            f'printTable(7) should log the line "{expected}", but it logged {show(lines)}. '
            'Join n, " x ", i, " = " and n * i with +.'
        )


def test_steps_to_one_from_6_is_8(js):
    program = js("loops.js", time_limit=1.0)
    got = program.call("stepsToOne", 6)
    assert same(got, 8), (
        f"stepsToOne(6) should give 8 (6, 3, 10, 5, 16, 8, 4, 2, 1), but your function gave "
        f"{show(got)}. Use `while (n !== 1)`, and `n % 2 === 0` to ask whether n is even."
    )


def test_steps_to_one_for_other_numbers(js):
    program = js("loops.js", time_limit=1.0)
    for n, expected in [(1, 0), (2, 1), (3, 7), (27, 111)]:
        got = program.call("stepsToOne", n)
        assert same(got, expected), (
            f"stepsToOne({n}) should give {expected}, but your function gave {show(got)}. "
            "Count one step for every change of n, and none when n starts at 1."
        )
