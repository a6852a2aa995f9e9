"""Checks for receipt.js: variables, arithmetic, joining text and console.log."""

import json


def show(value):
    """A value as JavaScript writes it (undefined and null both arrive as None)."""
    return "undefined" if value is None else json.dumps(value)


def same(got, expected):
    """got == expected, kept out of the assert so the message stays in JavaScript's words."""
    return got == expected


def value_of(program, name):
    """The value of the learner's top-level variable `name`, or a clear failure."""
    kind = program.eval(f"typeof {name}")
    assert kind != "undefined", (
        f"receipt.js should make a variable called {name}, but there is none yet. "
        f"Write a line like `const {name} = ...;` (capital letters count)."
    )
    return program.eval(name)


def test_total_is_price_per_cup_times_cups(js):
    program = js("receipt.js")
    total = value_of(program, "total")
    assert same(total, 6), (
        f"total should be 6 (pricePerCup 3 times cups 2), but it is {show(total)}. "
        "Multiply the two variables with `*`; use their names, not the numbers."
    )


def test_message_says_total_and_the_amount(js):
    program = js("receipt.js")
    message = value_of(program, "message")
    assert same(message, "Total: 6"), (
        f'message should be the text "Total: 6", but it is {show(message)}. '
        "Join the text \"Total: \" (with the space) and total using `+`."
    )


def test_the_program_logs_the_message(js):
    program = js("receipt.js")
    logged = program.console
    assert "Total: 6" in logged, (
        'Running receipt.js should show the line "Total: 6" with console.log, but it '
        f"showed {show(logged) if logged else 'nothing'}. "
        "Add `console.log(message);` after the line that makes message."
    )
