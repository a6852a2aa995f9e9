import pytest

from leap import is_leap_year


def test_2024_is_a_leap_year():
    assert is_leap_year(2024) == True


# TODO: turn the test above into a parametrized test with several leap years,
#       then add a parametrized test for years that are not leap years.
