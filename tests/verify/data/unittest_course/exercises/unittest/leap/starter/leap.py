def leap_year(year):
    # TODO: True when the year is a leap year.
    pass
