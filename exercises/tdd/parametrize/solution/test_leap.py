import pytest

from leap import is_leap_year


@pytest.mark.parametrize("year", [2024, 1996, 2000, 1600])
def test_these_years_are_leap_years(year):
    assert is_leap_year(year) == True


@pytest.mark.parametrize("year", [2023, 2022, 2019, 1900, 2100, 1800])
def test_these_years_are_not_leap_years(year):
    assert is_leap_year(year) == False
