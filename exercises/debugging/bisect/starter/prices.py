"""Prices at the garden's cafe."""

MENU = {
    "tea": 1.20,
    "coffee": 1.80,
    "cake": 2.50,
}


def price(item):
    return MENU[item]


def bill(items):
    """The total for a list of item names, rounded to cents."""
    total = 0
    for item in items:
        total = total + price(item)
    return round(total, 2)
