"""Checks for water.py: comparisons and if / elif / else."""


def function(files, name):
    """The learner's function `name` from water.py, or a clear failure."""
    water = files.python_module("water")
    found = getattr(water, name, None)
    assert callable(found), (
        f"water.py should have a function called {name}, but it does not. "
        f"Check the spelling on the `def {name}(...)` line."
    )
    return found


def test_minus_5_is_freezing(files):
    is_freezing = function(files, "is_freezing")
    got = is_freezing(-5)
    assert got is True, (
        f"is_freezing(-5) should give True, but your function gave {got!r}. "
        "-5 is below 0: compare the temperature with 0 using `<`."
    )


def test_20_and_0_are_not_freezing(files):
    is_freezing = function(files, "is_freezing")
    for temperature in (20, 0):
        got = is_freezing(temperature)
        assert got is False, (
            f"is_freezing({temperature}) should give False, but your function gave {got!r}. "
            "Only temperatures below 0 are freezing; 0 itself is not below 0."
        )


def test_cold_water_is_ice(files):
    water_state = function(files, "water_state")
    for temperature in (-10, -1):
        got = water_state(temperature)
        assert got == "ice", (
            f"water_state({temperature}) should give 'ice', but your function gave {got!r}. "
            "Start with `if temperature < 0:`."
        )


def test_hot_water_is_steam(files):
    water_state = function(files, "water_state")
    for temperature in (150, 100):
        got = water_state(temperature)
        assert got == "steam", (
            f"water_state({temperature}) should give 'steam', but your function gave {got!r}. "
            "100 counts as steam too: use `>=` (100 or more), not `>`."
        )


def test_anything_between_is_water(files):
    water_state = function(files, "water_state")
    for temperature in (0, 20, 99):
        got = water_state(temperature)
        assert got == "water", (
            f"water_state({temperature}) should give 'water', but your function gave {got!r}. "
            "From 0 up to 99 it is water: check the comparisons in your if and elif lines."
        )
