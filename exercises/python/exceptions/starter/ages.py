# Turning text typed by people into ages, safely.


def parse_age(text):
    # TODO: turn text like "42" or " 7 " into the whole number 42 or 7.
    # Raise a ValueError when it is not a whole number, or when the
    # number is below 0 or above 150.
    return int(text)


def age_or_none(text):
    # TODO: give back parse_age(text), or None when parse_age raises
    # a ValueError.
    return parse_age(text)


def read_ages(path):
    # TODO: return a list of the ages in the file, one per line. Skip
    # lines that are not good ages. If the file does not exist, return [].
    return []
