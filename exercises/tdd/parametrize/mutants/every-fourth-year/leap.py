def is_leap_year(year):
    """Bug: the century rule is missing, so 1900 is called a leap year."""
    return year % 4 == 0
