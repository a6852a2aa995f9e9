import math


def area(radius):
    # TODO: the area of a circle with this radius.
    pass


def parse_radius(text):
    # TODO: the number in the text, or None when it is not a number.
    return float(text)
