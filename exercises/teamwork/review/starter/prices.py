"""Prices at the garden's plant sale."""

PRICES = {
    "tomato": 1.50,
    "bean": 0.80,
    "courgette": 1.20,
}


def price_of(plant):
    """The price of one plant, by its name."""
    return PRICES[plant]


def total(basket):
    """The price of a basket: a dict of plant name -> how many."""
    amount = 0
    for plant, count in basket.items():
        amount = amount + price_of(plant) * count
    return round(amount, 2)
