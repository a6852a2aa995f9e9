"""Adding up the sales."""


def totals(sales):
    """How many of each item were sold: a dict of item -> count."""
    by_item = {}
    for sale in sales:
        name = sale["name"]
        by_item[name] = by_item.get(name, 0) + sale["count"]
    return by_item


def best_seller(sales):
    """The item that sold the most."""
    by_item = totals(sales)
    best = None
    for item in by_item:
        if best is None or by_item[item] > by_item[best]:
            best = item
    return best
