"""Checks for models.py: the Notice and Board classes, with no web page in sight."""

import pytest


def classes(files):
    models = files.python_module("models")
    found = []
    for name in ("Notice", "Board"):
        cls = getattr(models, name, None)
        assert isinstance(cls, type), (
            f"models.py should have a class called {name}, but it does not. Check the spelling "
            f"of the `class {name}:` line (capital letters count)."
        )
        found.append(cls)
    return found


def test_a_notice_keeps_its_author_and_text(files):
    Notice, _ = classes(files)
    notice = Notice("Ana", "Chess club meets on Friday.")
    author = getattr(notice, "author", "(nothing)")
    text = getattr(notice, "text", "(nothing)")
    assert (author, text) == ("Ana", "Chess club meets on Friday."), (
        "Notice('Ana', 'Chess club meets on Friday.') should have .author 'Ana' and .text "
        f"'Chess club meets on Friday.', but it has .author {author!r} and .text {text!r}. "
        "In __init__, keep each one on self: self.author = author."
    )


def test_a_notice_removes_spaces_around_its_author_and_text(files):
    Notice, _ = classes(files)
    notice = Notice("  Bo ", " Lost: a blue pen. \n")
    got = (getattr(notice, "author", None), getattr(notice, "text", None))
    assert got == ("Bo", "Lost: a blue pen."), (
        "Notice('  Bo ', ' Lost: a blue pen. \\n') should have .author 'Bo' and .text "
        f"'Lost: a blue pen.', but it has {got[0]!r} and {got[1]!r}. Use .strip() on both."
    )


@pytest.mark.parametrize(
    ("author", "text", "why"),
    [
        ("", "Hello", "it has no author"),
        ("   ", "Hello", "its author is only spaces"),
        ("Ana", "", "it has no text"),
        ("Ana", "  ", "its text is only spaces"),
        ("Ana", "x" * 201, "its text is 201 characters long, and 200 is the most"),
    ],
    ids=["no author", "author of spaces", "no text", "text of spaces", "text too long"],
)
def test_a_notice_refuses_bad_input(files, author, text, why):
    Notice, _ = classes(files)
    try:
        Notice(author, text)
    except ValueError:
        return
    raise AssertionError(
        f"Notice({author!r}, {text[:20]!r}{'...' if len(text) > 20 else ''}) should raise a "
        f"ValueError, because {why}, but it did not. Check after the .strip(), and raise "
        "ValueError(\"...\") with a sentence that says what is wrong."
    )


def test_a_notice_of_exactly_200_characters_is_allowed(files):
    Notice, _ = classes(files)
    try:
        Notice("Ana", "x" * 200)
    except ValueError:
        raise AssertionError(
            "Notice('Ana', <200 characters>) raised a ValueError, but 200 characters is "
            "allowed: only more than MAX_LENGTH is too long. Compare with >, not >=."
        ) from None


def test_board_add_keeps_the_notice_and_returns_it(files):
    Notice, Board = classes(files)
    board = Board()
    notice = board.add("Cy", "Football at 3.")
    assert isinstance(notice, Notice), (
        f"board.add('Cy', 'Football at 3.') should return the new Notice, but it returned "
        f"{notice!r}. Make it with Notice(author, text), append it, then return it."
    )
    assert board.notices == [notice], (
        "After one board.add, board.notices should hold that one notice, but it holds "
        f"{len(board.notices)} items. Append the notice to self.notices."
    )


def test_board_add_refuses_a_bad_notice(files):
    _, Board = classes(files)
    board = Board()
    with pytest.raises(ValueError):
        board.add("Cy", "   ")
        raise AssertionError(
            "board.add('Cy', '   ') should raise a ValueError (the text is empty), but it did "
            "not. Make the Notice first: its __init__ does the checking."
        )
    assert board.notices == [], "A refused notice should not be kept on the board."


def test_board_latest_gives_the_newest_first(files):
    _, Board = classes(files)
    board = Board()
    for text in ("first", "second", "third"):
        board.add("Dee", text)
    latest = board.latest()
    got = [getattr(n, "text", n) for n in latest]
    assert got == ["third", "second", "first"], (
        "After adding 'first', 'second' and 'third', board.latest() should give them as "
        f"['third', 'second', 'first'], but gave {got!r}."
    )
    assert [n.text for n in board.notices] == ["first", "second", "third"], (
        "board.latest() changed the order of board.notices. Return a new, reversed list: "
        "list(reversed(self.notices)), and leave self.notices as it is."
    )
