"""Hidden checks: the learner's is_leap_year is right, and their tests use parametrize."""

import calendar


def test_is_leap_year_is_right_for_every_year_from_1600_to_2400(files):
    is_leap_year = files.python_function("leap", "is_leap_year")
    for year in range(1600, 2401):
        expected = calendar.isleap(year)
        got = is_leap_year(year)
        assert got == expected, (
            f"is_leap_year({year}) should give {expected}, but your function gave {got!r}. "
            f"Add {year} to the right parametrized test in test_leap.py, then change leap.py "
            "until it passes."
        )


def test_your_tests_use_parametrize(files):
    source = files.read("test_leap.py")
    assert "@pytest.mark.parametrize" in source, (
        "test_leap.py has no @pytest.mark.parametrize line yet. This exercise is about "
        "parametrize: write the years as a list in @pytest.mark.parametrize(\"year\", [...]) "
        "on the line above a test, as in the lesson."
    )
