# Turning text typed by people into ages, safely.


def parse_age(text):
    try:
        age = int(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a whole number") from None
    if age < 0 or age > 150:
        raise ValueError(f"{age} is not a possible age")
    return age


def age_or_none(text):
    try:
        return parse_age(text)
    except ValueError:
        return None


def read_ages(path):
    ages = []
    try:
        with open(path, encoding="utf-8") as file:
            for line in file:
                age = age_or_none(line)
                if age is not None:
                    ages.append(age)
    except FileNotFoundError:
        return []
    return ages
