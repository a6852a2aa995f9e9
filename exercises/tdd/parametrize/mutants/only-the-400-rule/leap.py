def is_leap_year(year):
    """Bug: only years divisible by 400 are leap years, so 2024 is not."""
    return year % 400 == 0
