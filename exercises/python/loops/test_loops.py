"""Checks for loops.py: for loops, range, print and while."""


def function(files, name):
    """The learner's function `name` from loops.py, or a clear failure."""
    loops = files.python_module("loops")
    found = getattr(loops, name, None)
    assert callable(found), (
        f"loops.py should have a function called {name}, but it does not. "
        f"Check the spelling on the `def {name}(...)` line."
    )
    return found


def test_sum_to_4_is_10(files):
    sum_to = function(files, "sum_to")
    got = sum_to(4)
    assert got == 10, (
        f"sum_to(4) should give 10 (1 + 2 + 3 + 4), but your function gave {got!r}. "
        "If you got 6, your range stops one number early: range(1, n + 1) includes n."
    )


def test_sum_to_works_for_other_numbers(files):
    sum_to = function(files, "sum_to")
    for n, expected in [(1, 1), (10, 55), (100, 5050), (0, 0)]:
        got = sum_to(n)
        assert got == expected, (
            f"sum_to({n}) should give {expected}, but your function gave {got!r}. "
            "Use the parameter n in your range, not a fixed number."
        )


def test_countdown_from_3_prints_3_2_1_go(files, capsys):
    countdown = function(files, "countdown")
    countdown(3)
    lines = capsys.readouterr().out.split()
    assert lines == ["3", "2", "1", "Go!"], (
        f"countdown(3) should print 3, 2, 1 and Go! on four lines, but it printed {lines!r}. "
        "Use print inside a for loop over range(start, 0, -1), then print Go! after the loop "
        "(not indented under it)."
    )


def test_countdown_starts_from_the_number_given(files, capsys):
    countdown = function(files, "countdown")
    countdown(5)
    lines = capsys.readouterr().out.split()
    assert lines == ["5", "4", "3", "2", "1", "Go!"], (
        f"countdown(5) should print 5 4 3 2 1 Go!, but it printed {lines!r}. "
        "Start the range at the parameter start."
    )


def test_a_plant_needs_3_days_to_reach_8(files):
    days_to_grow = function(files, "days_to_grow")
    got = days_to_grow(8)
    assert got == 3, (
        f"days_to_grow(8) should give 3 (1 -> 2 -> 4 -> 8), but your function gave {got!r}. "
        "Loop while the height is less than the target; inside, double the height and "
        "add 1 to days."
    )


def test_days_to_grow_when_the_target_is_between_doublings(files):
    days_to_grow = function(files, "days_to_grow")
    for target, expected in [(5, 3), (1, 0), (100, 7)]:
        got = days_to_grow(target)
        assert got == expected, (
            f"days_to_grow({target}) should give {expected}, but your function gave {got!r}. "
            "Stop as soon as the height is at least the target: `while height < target:`."
        )
