"""Checks for debug-print: every way of typing a name counts for that person; no prints left."""

from tutor.checks import CheckFailure


def holds(condition):
    """Kept out of the assert, so a failure shows only its own sentence."""
    return condition


def votes(files):
    return files.python_module("votes")


def ana_votes(got):
    """What the result says about Ana, in words, whatever count_votes returned."""
    if not isinstance(got, dict):
        return f"it gives {got!r}, not a dict"
    return f"it gives Ana {got.get('Ana', 0)} votes"


def test_count_votes_counts_the_course_file(files, capsys):
    got = votes(files).count_votes(str(files.path / "votes.txt"))
    capsys.readouterr()
    expected = {"Ana": 5, "Bo": 4, "Cy": 1}
    assert holds(got == expected), (
        f"count_votes(\"votes.txt\") should give {expected!r}, but "
        f"{ana_votes(got)}. Print each name inside "
        "the loop with print(repr(name)) and run python3 votes.py: look at what the loop "
        "really sees."
    )


def test_count_votes_counts_another_file(files, tmp_path, capsys):
    first = votes(files).count_votes(str(files.path / "votes.txt"))
    if first != {"Ana": 5, "Bo": 4, "Cy": 1}:
        capsys.readouterr()
        raise CheckFailure(
            "Make count_votes right for votes.txt first: print what the loop sees there. "
            "This check then tries it on another file."
        )
    other = tmp_path / "other.txt"
    other.write_text("bo\n\nCY\n  cy  \nBo\n\n", encoding="utf-8")
    got = votes(files).count_votes(str(other))
    capsys.readouterr()
    expected = {"Bo": 2, "Cy": 2}
    assert holds(got == expected), (
        f"For a file with the lines 'bo', '', 'CY', '  cy  ', 'Bo' and '', count_votes gives "
        f"{got!r}, but it should give {expected!r}: one name for each person, written with a "
        "capital first letter, and no empty names."
    )


def test_the_winner_is_ana(files, capsys):
    got = votes(files).winner(str(files.path / "votes.txt"))
    capsys.readouterr()
    assert holds(got == "Ana"), f"winner(\"votes.txt\") gives {got!r}, but Ana has the most votes."


def test_no_debugging_prints_are_left(files, capsys):
    votes(files).winner(str(files.path / "votes.txt"))
    printed = capsys.readouterr().out
    if printed:
        first = printed.strip().splitlines()[0] if printed.strip() else repr(printed)
        raise CheckFailure(
            f"count_votes or winner still prints ({first} ...). Once you have found the bug, "
            "remove the print lines you added: a function that computes a value should only "
            "return it. (The print at the bottom, under if __name__, may stay.)"
        )
