def price_with_tax(pence):
    """The price with 20% tax added, in whole pence."""
    return pence * 120 // 100
