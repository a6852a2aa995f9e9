def is_leap_year(year):
    """True when year is a leap year: a year with a 29 February."""
    if year % 400 == 0:
        return True
    if year % 100 == 0:
        return False
    return year % 4 == 0
