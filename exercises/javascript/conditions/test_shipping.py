"""Checks for shipping.js: comparisons, if / else if / else, && and ||."""

import json


def show(value):
    """A value as JavaScript writes it (undefined and null both arrive as None)."""
    return "undefined" if value is None else json.dumps(value)


def same(got, expected):
    """got == expected, kept out of the assert so the message stays in JavaScript's words."""
    return got == expected


def test_light_parcels_cost_5(js):
    program = js("shipping.js")
    for weight in (0.5, 1):
        got = program.call("shippingCost", weight)
        assert same(got, 5), (
            f"shippingCost({weight}) should give 5, but your function gave {show(got)}. "
            "Up to 1 kg includes 1 itself: use `weight <= 1`."
        )


def test_middle_parcels_cost_9(js):
    program = js("shipping.js")
    for weight in (1.5, 3, 5):
        got = program.call("shippingCost", weight)
        assert same(got, 9), (
            f"shippingCost({weight}) should give 9, but your function gave {show(got)}. "
            "After the first `if`, add `else if (weight <= 5)`."
        )


def test_heavy_parcels_cost_15(js):
    program = js("shipping.js")
    for weight in (5.5, 20):
        got = program.call("shippingCost", weight)
        assert same(got, 15), (
            f"shippingCost({weight}) should give 15, but your function gave {show(got)}. "
            "Anything heavier than 5 kg is left for the final `else`."
        )


def test_big_orders_ship_free(js):
    program = js("shipping.js")
    for total in (50, 80):
        got = program.call("freeShipping", total, False)
        assert got is True, (
            f"freeShipping({total}, false) should give true, but your function gave {show(got)}. "
            "An order of 50 or more ships free: `total >= 50`."
        )


def test_members_ship_free(js):
    program = js("shipping.js")
    got = program.call("freeShipping", 10, True)
    assert got is True, (
        f"freeShipping(10, true) should give true, but your function gave {show(got)}. "
        "Members always ship free: join the two questions with || (or)."
    )


def test_small_orders_from_non_members_pay(js):
    program = js("shipping.js")
    for total in (10, 49.99):
        got = program.call("freeShipping", total, False)
        assert got is False, (
            f"freeShipping({total}, false) should give false, but your function gave {show(got)}. "
            "Return a boolean: the comparison itself is true or false."
        )
