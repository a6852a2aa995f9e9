"""Checks for tips.js: functions, parameters, return and arrow functions."""

import json


def show(value):
    """A value as JavaScript writes it (undefined and null both arrive as None)."""
    return "undefined" if value is None else json.dumps(value)


def same(got, expected):
    """got == expected, kept out of the assert so the message stays in JavaScript's words."""
    return got == expected


def explain(call, expected, got):
    message = f"{call} should give {show(expected)}, but your function gave {show(got)}."
    if got is None:
        message += (" Nothing came back (undefined): the function needs a `return` line.")
    return message


def test_tip_is_the_percent_of_the_bill(js):
    program = js("tips.js")
    for bill, percent, expected in [(40, 10, 4), (50, 20, 10), (12, 15, 1.8)]:
        got = program.call("tip", bill, percent)
        assert same(got, expected), explain(f"tip({bill}, {percent})", expected, got) + (
            " A percent of a bill is bill * percent / 100."
        )


def test_with_tip_adds_the_tip_to_the_bill(js):
    program = js("tips.js")
    for bill, percent, expected in [(40, 10, 44), (50, 20, 60)]:
        got = program.call("withTip", bill, percent)
        assert same(got, expected), explain(f"withTip({bill}, {percent})", expected, got) + (
            " Return the bill plus tip(bill, percent)."
        )


def test_with_tip_uses_the_tip_function(js):
    program = js("tips.js")
    replaced = program.eval(
        "(() => { try { tip = function () { return 1000; }; return true; }"
        " catch (e) { return false; } })()"
    )
    if not replaced:  # tip was made with const: it cannot be swapped, so trust the other checks
        return
    got = program.call("withTip", 40, 10)
    assert same(got, 1040), (
        "withTip should call your tip function to work out the tip, rather than doing the "
        "sum again. Write `bill + tip(bill, percent)` inside withTip."
    )


def test_split_bill_shares_the_total(js):
    program = js("tips.js")
    kind = program.eval("typeof splitBill")
    assert same(kind, "function"), (
        f"tips.js should make splitBill, an arrow function, but splitBill is {kind}. "
        "Write `const splitBill = (total, people) => ...;` at the bottom of the file."
    )
    for total, people, expected in [(60, 3, 20), (10, 4, 2.5)]:
        got = program.call("splitBill", total, people)
        assert same(got, expected), explain(f"splitBill({total}, {people})", expected, got) + (
            " Divide the total by the number of people."
        )
