def is_leap_year(year):
    """True when year is a leap year: a year with a 29 February."""
    # TODO: write your parametrized tests in test_leap.py first, then the code here.
    return False
