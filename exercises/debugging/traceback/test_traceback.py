"""Checks for debug-traceback: where the program stopped, what stopped it, and the fix."""

import re

from tutor.checks import CheckFailure


def holds(condition):
    """Kept out of the assert, so a failure shows only its own sentence."""
    return condition


def answer_lines(files):
    lines = [line.strip() for line in files.lines("answer.txt") if line.strip()]
    if not lines:
        raise CheckFailure(
            "answer.txt is empty. Run python3 report.py, read the traceback from the bottom "
            "up, and write the file and line where the program stopped (like sales.py:10) on "
            "the first line.",
            "answer.txt",
            1,
        )
    return lines


def test_answer_says_where_the_program_stopped(files):
    first = answer_lines(files)[0]
    found = re.search(r"([\w.-]+\.py)\D*?(\d+)", first)
    if not found:
        raise CheckFailure(
            f"The first line of answer.txt says {first!r}; write a file name and a line "
            "number, like sales.py:10.",
            "answer.txt",
            1,
        )
    name, line = found.group(1), int(found.group(2))
    if name == "report.py":
        raise CheckFailure(
            f"answer.txt names report.py line {line}. report.py is at the top of the "
            "traceback: it is where the program started. Read from the bottom: the last "
            "File line before the error names where it stopped.",
            "answer.txt",
            1,
        )
    assert holds(name == "stats.py" and line == 8), (
        f"answer.txt says {name} line {line}, but the last File line of the traceback names "
        "another place. Copy the file and the line number from the File line just above the "
        "error's name."
    )


def test_answer_names_the_error(files):
    lines = answer_lines(files)
    assert holds(len(lines) >= 2 and "KeyError" in lines[1]), (
        "The second line of answer.txt should be the name of the error that stopped the "
        "program: the word before the colon on the traceback's very last line."
    )


def test_the_report_finds_the_best_seller(files):
    sales = files.python_module("sales").load_sales(str(files.path / "sales.csv"))
    stats = files.python_module("stats")
    try:
        got = stats.totals(sales)
    except Exception:  # the learner reads the traceback themselves, in the shell
        raise CheckFailure(
            "The report still stops with an error. Run python3 report.py and "
            "read the traceback from the bottom up: the last File line says where to look."
        ) from None
    expected = {"tea": 8, "cake": 3, "coffee": 4}
    assert holds(got == expected), (
        f"totals() gives {got!r} for sales.csv, but it should give {expected!r}. The key "
        "that totals reads must be the key that load_sales writes."
    )
    best = stats.best_seller(sales)
    assert holds(best == "tea"), (
        f"best_seller() gives {best!r}, but tea sold the most (8)."
    )
