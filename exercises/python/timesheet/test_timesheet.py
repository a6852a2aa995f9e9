"""Checks for timesheet.py, written from nothing: read a timesheet and add up the hours.

Each file test uses its own empty folder (pytest's tmp_path): your own files are
never touched.
"""

import pytest


def function(files, name, parameters):
    return files.python_function("timesheet", name, parameters)


def test_parse_line_splits_name_and_hours(files):
    parse_line = function(files, "parse_line", "line")
    for line, expected in (("Ana, 4.5", ("Ana", 4.5)), ("Bo,3", ("Bo", 3.0)),
                           ("  Cy Lee ,  2.25 ", ("Cy Lee", 2.25))):
        got = parse_line(line)
        assert got == expected, (
            f"parse_line({line!r}) should give {expected!r}: the name without the spaces "
            f"around it, and the hours as a number (a float). It gave {got!r}."
        )


def test_parse_line_refuses_a_line_without_a_comma(files):
    parse_line = function(files, "parse_line", "line")
    with pytest.raises(ValueError) as raised:
        parse_line("Ana 4.5")
        pytest.fail(
            "parse_line('Ana 4.5') should raise a ValueError, because there is no comma "
            "between the name and the hours, but it gave back a value. Check for the comma "
            "first and raise ValueError(...)."
        )
    assert "Ana 4.5" in str(raised.value), (
        f"The ValueError of parse_line('Ana 4.5') says {str(raised.value)!r}. Put the line "
        "itself in the message, so a person can find it in the file."
    )


def test_parse_line_refuses_hours_that_are_not_a_number(files):
    parse_line = function(files, "parse_line", "line")
    try:
        parse_line("Ana, four")
    except ValueError:
        return
    raise AssertionError(
        "parse_line('Ana, four') should raise a ValueError, because 'four' is not a number, "
        "but it gave back a value. float('four') raises one for you: let it happen."
    )


def test_total_hours_adds_up_each_person(files):
    total_hours = function(files, "total_hours", "lines")
    lines = ["Ana, 4", "Bo, 3.5", "Ana, 2.5", "", "Bo, 1"]
    got = total_hours(lines)
    assert got == {"Ana": 6.5, "Bo": 4.5}, (
        f"total_hours({lines!r}) should give {{'Ana': 6.5, 'Bo': 4.5}}, but it gave {got!r}. "
        "Keep a dictionary of totals: add each line's hours to its person's total, and "
        "skip the blank lines."
    )
    assert total_hours([]) == {}, "total_hours([]) should give an empty dictionary, {}."


def test_load_totals_reads_a_file(files, tmp_path):
    load_totals = function(files, "load_totals", "path")
    path = tmp_path / "week.txt"
    path.write_text("Dee, 7\nEli, 2\n\nDee, 1.5\n", encoding="utf-8")
    got = load_totals(str(path))
    assert got == {"Dee": 8.5, "Eli": 2.0}, (
        f"For a file holding the lines 'Dee, 7', 'Eli, 2', '' and 'Dee, 1.5', load_totals "
        f"should give {{'Dee': 8.5, 'Eli': 2.0}}, but it gave {got!r}. Open the file with "
        "a with block, read its lines, and hand them to total_hours."
    )
