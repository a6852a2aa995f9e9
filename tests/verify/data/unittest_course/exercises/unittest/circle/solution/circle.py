import math


def area(radius):
    return math.pi * radius**2


def parse_radius(text):
    try:
        return float(text)
    except ValueError:
        return None
