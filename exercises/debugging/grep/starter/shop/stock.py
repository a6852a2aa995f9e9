"""How many of each item the shop has."""

STOCK = {"bread": 12, "milk": 30, "eggs": 60}


def take(item, count):
    """Take count of item out of stock; refuse if there are not enough."""
    if STOCK.get(item, 0) < count:
        raise ValueError(f"only {STOCK.get(item, 0)} {item} left")
    STOCK[item] = STOCK[item] - count
