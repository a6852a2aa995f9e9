"""What it costs to post a parcel, by its weight in whole kilograms."""


def shipping_cost(weight):
    """The price in pounds of posting a parcel of `weight` kilograms.

    Up to and including 2 kg: 3.50. Over 2, up to and including 10 kg: 7.00.
    Over 10 kg: 7.00, plus 0.50 for each kilogram over 10.
    A weight of 0 or less raises ValueError.
    """
    if weight <= 2:
        return 3.50
    if weight <= 10:
        return 7.00
    return 7.00 + 0.50 * (weight - 10)
