"""Checks for ages.py: raising, catching and handling exceptions."""


def function(files, name):
    """The learner's function `name` from ages.py, or a clear failure."""
    ages = files.python_module("ages")
    found = getattr(ages, name, None)
    assert callable(found), (
        f"ages.py should have a function called {name}, but it does not. "
        f"Check the spelling on the `def {name}(...)` line."
    )
    return found


def test_parse_age_turns_text_into_a_number(files):
    parse_age = function(files, "parse_age")
    for text, expected in [("42", 42), (" 7 ", 7), ("0", 0), ("150", 150)]:
        got = parse_age(text)
        assert got == expected, (
            f"parse_age({text!r}) should give {expected}, but your function gave {got!r}. "
            "int(text) turns text into a whole number."
        )


def test_parse_age_refuses_text_that_is_not_a_number(files):
    parse_age = function(files, "parse_age")
    for text in ("forty", "", "4.5"):
        try:
            got = parse_age(text)
        except ValueError:
            continue
        raise AssertionError(
            f"parse_age({text!r}) should raise a ValueError, but it gave {got!r}."
        )


def test_parse_age_refuses_impossible_ages(files):
    parse_age = function(files, "parse_age")
    for text in ("-1", "151", "999"):
        try:
            got = parse_age(text)
        except ValueError:
            continue
        raise AssertionError(
            f"parse_age({text!r}) should raise a ValueError, because no one is {text.strip()} "
            f"years old, but it gave {got!r}. After int(), check the number and "
            "`raise ValueError(...)` when it is below 0 or above 150."
        )


def test_parse_age_error_says_what_was_wrong(files):
    parse_age = function(files, "parse_age")
    try:
        got = parse_age("200")
    except ValueError as error:
        message = str(error)
    else:
        raise AssertionError(
            f"parse_age('200') should raise a ValueError, but it gave {got!r}. "
            "No one is 200 years old."
        )
    assert "200" in message, (
        f"The ValueError for parse_age('200') says {message!r}. Its message should include "
        "the age, 200, so a person can see what was wrong: "
        "raise ValueError(f\"{age} is not a possible age\")."
    )


def test_age_or_none_gives_the_age(files):
    age_or_none = function(files, "age_or_none")
    got = age_or_none("33")
    assert got == 33, f"age_or_none('33') should give 33, but your function gave {got!r}."


def test_age_or_none_gives_none_instead_of_an_error(files):
    age_or_none = function(files, "age_or_none")
    for text in ("abc", "-5", "151"):
        try:
            got = age_or_none(text)
        except ValueError as error:
            raise AssertionError(
                f"age_or_none({text!r}) stopped with ValueError: {error}. It should catch "
                "the error and give None: put parse_age(text) inside try, and return None "
                "in `except ValueError:`."
            ) from None
        assert got is None, f"age_or_none({text!r}) should give None, but gave {got!r}."


def test_read_ages_reads_good_lines_and_skips_bad_ones(files, tmp_path):
    read_ages = function(files, "read_ages")
    path = tmp_path / "ages.txt"
    path.write_text("34\nunknown\n19\n-3\n\n61\n", encoding="utf-8")
    got = read_ages(str(path))
    assert got == [34, 19, 61], (
        "For a file with the lines 34, unknown, 19, -3, (empty) and 61, read_ages should "
        f"give [34, 19, 61], but your function gave {got!r}. Use age_or_none on each line "
        "and keep only the ages that are not None."
    )


def test_read_ages_of_a_missing_file_is_empty(files, tmp_path):
    read_ages = function(files, "read_ages")
    try:
        got = read_ages(str(tmp_path / "missing.txt"))
    except FileNotFoundError:
        raise AssertionError(
            "read_ages stopped with FileNotFoundError for a file that does not exist. "
            "Put the with-open block inside try, and return [] in `except FileNotFoundError:`."
        ) from None
    assert got == [], f"read_ages of a missing file should give [], but gave {got!r}."
