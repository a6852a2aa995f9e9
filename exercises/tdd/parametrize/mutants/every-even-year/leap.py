def is_leap_year(year):
    """Bug: % 2 instead of % 4, so 2022 is called a leap year."""
    if year % 400 == 0:
        return True
    if year % 100 == 0:
        return False
    return year % 2 == 0
