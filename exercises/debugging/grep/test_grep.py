"""Checks for cli-grep: every "recieve" spelt right, and where send_reminder is defined."""

import re

from tutor.checks import CheckFailure

FILES = ["orders.py", "checkout.py", "mail.py", "stock.py", "README.md", "notes.txt"]



def holds(condition):
    """Kept out of the assert, so a failure shows only its own sentence."""
    return condition

def test_no_file_says_recieve_any_more(workspace):
    left = 0
    for name in FILES:
        path = workspace / "shop" / name
        if path.is_file():
            left += path.read_text(encoding="utf-8").lower().count("recieve")
    assert holds(left == 0), (
        f"The misspelt word recieve is still in your files {left} time"
        + ("s" if left > 1 else "")
        + ". From the exercise folder, run grep -rn recieve shop to see every file and line "
        "where it is, and fix each one."
    )


def test_only_the_spelling_changed(workspace, exercise_dir):
    for name in FILES:
        path = workspace / "shop" / name
        if not path.is_file():
            raise CheckFailure(
                f"shop/{name} is missing. Only fix the spelling in this exercise: start again "
                "with tutor reset cli-grep if a file was moved or deleted."
            )
        expected = (exercise_dir / "solution" / "shop" / name).read_text(encoding="utf-8")
        got = path.read_text(encoding="utf-8").replace("recieve", "receive")
        if got.split() != expected.split():
            theirs, ours = got.splitlines(), expected.splitlines()
            line = next(
                (n for n, (a, b) in enumerate(zip(theirs, ours), start=1) if a.split() != b.split()),
                min(len(theirs), len(ours)) + 1,
            )
            raise CheckFailure(
                f"shop/{name} line {line} has changed in another way than the spelling of "
                "receive. Change only that word; tutor reset cli-grep starts again if needed.",
                f"shop/{name}",
                line,
            )


def test_answer_names_the_file_and_line_of_send_reminder(files):
    lines = [line.strip() for line in files.lines("answer.txt") if line.strip()]
    if not lines:
        raise CheckFailure(
            "answer.txt is empty. Write where send_reminder is defined, as grep -n shows it: "
            "the file, a colon, the line number (like shop/stock.py:7).",
            "answer.txt",
            1,
        )
    found = re.match(r"^(?:\./)?(?:shop/)?([\w.-]+):(\d+)", lines[0].replace("\\", "/"))
    if not found:
        raise CheckFailure(
            f"answer.txt says {lines[0]!r}, but it should be a file and a line number with a "
            "colon between them, like shop/stock.py:7.",
            "answer.txt",
            1,
        )
    name, line = found.group(1), int(found.group(2))
    assert holds(name == "mail.py"), (
        f"answer.txt names {name}, but send_reminder is not defined there. Search for the line "
        "that defines it: grep -rn \"def send_reminder\" shop"
    )
    assert holds(line == 14), (
        f"answer.txt says line {line} of mail.py, but the def line of send_reminder is on "
        "another line. grep -n prints the line number right after the file name."
    )
