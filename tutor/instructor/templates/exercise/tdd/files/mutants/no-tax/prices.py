def price_with_tax(pence):
    """Bug: the tax is forgotten."""
    return pence
