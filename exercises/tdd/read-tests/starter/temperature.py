def to_fahrenheit(celsius):
    # TODO: read test_temperature.py to see what this must give back.
    return 0


def describe(celsius):
    # TODO: read test_temperature.py to find the four words, and where each one starts.
    return ""
