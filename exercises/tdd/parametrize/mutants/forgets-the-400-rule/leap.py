def is_leap_year(year):
    """Bug: no exception for years divisible by 400, so 2000 is not a leap year."""
    return year % 4 == 0 and year % 100 != 0
