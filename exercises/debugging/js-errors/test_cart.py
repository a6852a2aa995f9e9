"""Checks for debug-js-errors: cart.js loads, and its three functions run without an error."""


def holds(condition):
    """Kept out of the assert, so a failure shows only its own sentence."""
    return condition


CART = (
    '{owner: {name: "Ana"}, items: [{name: "tea", price: 2, count: 3}, '
    '{name: "cake", price: 3, count: 1}]}'
)


def test_cart_js_loads_and_says_it_is_ready(js):
    program = js("cart.js")
    assert holds("cart.js is ready" in program.console), (
        "cart.js loads, but it does not show the line \"cart.js is ready\" any more. Keep the "
        "console.log line at the end of the file, with its brackets closed."
    )


def test_cart_total_adds_up_the_items(js):
    got = js("cart.js").eval(f"cartTotal({CART})", doing="calling cartTotal(cart)")
    assert holds(got == 9), (
        f"cartTotal(cart) gives {got} for 3 tea at 2 and 1 cake at 3, but it should give 9. "
        "Return the total that the loop adds up."
    )


def test_thank_you_names_the_owner(js):
    got = js("cart.js").eval(f"thankYou({CART})", doing="calling thankYou(cart)")
    assert holds(got == "Thank you, Ana!"), (
        f"thankYou(cart) gives {got!r}, but it should give 'Thank you, Ana!' for a cart whose "
        "owner is Ana. The comment at the top of cart.js shows what a cart holds."
    )


def test_receipt_title_is_in_capitals(js):
    got = js("cart.js").eval(f"receiptTitle({CART})", doing="calling receiptTitle(cart)")
    assert holds(got == "ANA'S RECEIPT"), (
        f"receiptTitle(cart) gives {got!r}, but it should give \"ANA'S RECEIPT\"."
    )
