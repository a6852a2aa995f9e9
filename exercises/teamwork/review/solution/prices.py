"""Prices at the garden's plant sale."""

PRICES = {
    "tomato": 1.50,
    "bean": 0.80,
    "courgette": 1.20,
}
MEMBER_DISCOUNT = 10  # per cent


def price_of(plant):
    """The price of one plant, by its name."""
    return PRICES[plant]


def with_discount(amount, percent):
    """amount with percent per cent taken off: with_discount(20.00, 10) gives 18.0."""
    return amount * (100 - percent) / 100


def total(basket, member=False):
    """The price of a basket: a dict of plant name -> how many.

    Members get MEMBER_DISCOUNT per cent off when they buy 10 plants or more.
    """
    amount = 0
    plants = 0
    for plant, count in basket.items():
        amount = amount + price_of(plant) * count
        plants = plants + count
    if member and plants >= 10:
        amount = with_discount(amount, MEMBER_DISCOUNT)
    return round(amount, 2)
