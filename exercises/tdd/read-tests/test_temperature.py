"""Tests for temperature.py. Read them: they say exactly what each function must do.

Each test imports the function inside itself, so that a mistake in
temperature.py shows up as a failing test with a line number.
"""

# --- to_fahrenheit(celsius): degrees Celsius to degrees Fahrenheit ------------


def test_water_freezes_at_32_fahrenheit():
    from temperature import to_fahrenheit

    got = to_fahrenheit(0)
    assert got == 32, f"to_fahrenheit(0) should give 32, but it gave {got!r}."


def test_water_boils_at_212_fahrenheit():
    from temperature import to_fahrenheit

    got = to_fahrenheit(100)
    assert got == 212, (
        f"to_fahrenheit(100) should give 212, but it gave {got!r}. "
        "The rule: multiply by 9, divide by 5, then add 32."
    )


def test_a_warm_day_of_20_is_68_fahrenheit():
    from temperature import to_fahrenheit

    got = to_fahrenheit(20)
    assert got == 68, f"to_fahrenheit(20) should give 68, but it gave {got!r}."


def test_minus_40_is_the_same_in_both_scales():
    from temperature import to_fahrenheit

    got = to_fahrenheit(-40)
    assert got == -40, f"to_fahrenheit(-40) should give -40, but it gave {got!r}."


# --- describe(celsius): one word for how the temperature feels ----------------


def test_below_zero_is_freezing():
    from temperature import describe

    got = describe(-5)
    assert got == "freezing", f"describe(-5) should give 'freezing', but it gave {got!r}."


def test_exactly_zero_is_freezing_too():
    from temperature import describe

    got = describe(0)
    assert got == "freezing", (
        f"describe(0) should give 'freezing', but it gave {got!r}. "
        "0 itself counts as freezing: compare with <=, not <."
    )


def test_between_1_and_14_is_cold():
    from temperature import describe

    for celsius in (1, 10, 14):
        got = describe(celsius)
        assert got == "cold", f"describe({celsius}) should give 'cold', but it gave {got!r}."


def test_from_15_to_24_is_mild():
    from temperature import describe

    for celsius in (15, 20, 24):
        got = describe(celsius)
        assert got == "mild", f"describe({celsius}) should give 'mild', but it gave {got!r}."


def test_25_and_above_is_hot():
    from temperature import describe

    for celsius in (25, 30, 40):
        got = describe(celsius)
        assert got == "hot", f"describe({celsius}) should give 'hot', but it gave {got!r}."
