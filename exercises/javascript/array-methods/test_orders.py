"""Checks for orders.js: map, filter, reduce and chaining them."""

import json


def show(value):
    """A value as JavaScript writes it (undefined and null both arrive as None)."""
    return "undefined" if value is None else json.dumps(value)


def same(got, expected):
    """got == expected, kept out of the assert so the message stays in JavaScript's words."""
    return got == expected


TEA = {"item": "tea", "price": 2.5, "quantity": 2}
CAKE = {"item": "cake", "price": 4, "quantity": 1}
SOUP = {"item": "soup", "price": 6, "quantity": 3}
ORDERS = [TEA, CAKE, SOUP]


def nothing_note(got):
    return " undefined means the function has no `return` line yet." if got is None else ""


def test_line_totals_multiplies_price_by_quantity(js):
    program = js("orders.js")
    got = program.call("lineTotals", ORDERS)
    assert same(got, [5, 4, 18]), (
        f"lineTotals of tea (2.5 x 2), cake (4 x 1) and soup (6 x 3) should give [5, 4, 18], "
        f"but your function gave {show(got)}." + nothing_note(got)
        + " Return orders.map(...) with an arrow function that gives order.price * "
        "order.quantity."
    )


def test_line_totals_of_no_orders_is_empty(js):
    program = js("orders.js")
    got = program.call("lineTotals", [])
    assert same(got, []), f"lineTotals([]) should give [], but your function gave {show(got)}."


def test_big_orders_keeps_orders_worth_at_least_the_minimum(js):
    program = js("orders.js")
    got = program.call("bigOrders", ORDERS, 5)
    assert same(got, [TEA, SOUP]), (
        "bigOrders(orders, 5) should keep the tea (worth 5) and the soup (worth 18), whole "
        f"and in order, but your function gave {show(got)}." + nothing_note(got)
        + " Use orders.filter(...) with `>=` so an order worth exactly 5 is kept."
    )


def test_big_orders_leaves_the_original_array_alone(js):
    program = js("orders.js")
    got = program.eval(
        "(() => { const a = [{item: 'x', price: 1, quantity: 1}]; bigOrders(a, 10);"
        " return a.length; })()"
    )
    assert same(got, 1), (
        "bigOrders changed the array it was given. filter builds a new array; return it "
        "instead of removing orders from the old one."
    )


def test_grand_total_adds_up_every_order(js):
    program = js("orders.js")
    got = program.call("grandTotal", ORDERS)
    assert same(got, 27), (
        f"grandTotal of the tea, cake and soup should give 27 (5 + 4 + 18), but your "
        f"function gave {show(got)}." + nothing_note(got)
        + " Use orders.reduce((sum, order) => sum + ..., 0)."
    )


def test_grand_total_of_no_orders_is_0(js):
    program = js("orders.js")
    got = program.call("grandTotal", [])
    assert same(got, 0), (
        f"grandTotal([]) should give 0, but your function gave {show(got)}. Give reduce a "
        "starting value: the 0 after the arrow function."
    )


def test_summary_lists_quantity_and_item(js):
    program = js("orders.js")
    got = program.call("summary", ORDERS)
    expected = "2 x tea, 1 x cake, 3 x soup"
    assert same(got, expected), (
        f"summary of the three orders should give {show(expected)}, but your function gave "
        f"{show(got)}." + nothing_note(got)
        + ' Map each order to a string like `${order.quantity} x ${order.item}`, then '
        'join them with ", ".'
    )
