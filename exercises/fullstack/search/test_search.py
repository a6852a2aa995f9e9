"""Checks for search.py, written from nothing: search_notes on a notes database made by
the checks, with the table of the notes app."""

import sqlite3

import pytest

NOTES = [
    ("Shopping", "Tea, soap and stamps"),
    ("Letters", "Write to Mum about the visit"),
    ("Visit", "Sunday at 2"),
    ("Ana's list", "Books to ask the library for"),
    ("Stamps", ""),
]


@pytest.fixture
def search(files, tmp_path):
    """(the learner's search_notes, an open connection to a database holding NOTES)."""
    search_notes = files.python_function("search", "search_notes", "connection, word")
    connection = sqlite3.connect(tmp_path / "notes.db")
    connection.execute(
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL, "
        "body TEXT NOT NULL DEFAULT '')"
    )
    connection.executemany("INSERT INTO notes (title, body) VALUES (?, ?)", NOTES)
    connection.commit()
    yield search_notes, connection
    connection.close()


def found(search, word):
    search_notes, connection = search
    return [tuple(row) for row in search_notes(connection, word)]


def test_a_word_in_a_title_is_found(search):
    got = found(search, "Letters")
    assert got == [(2, "Letters", "Write to Mum about the visit")], (
        "search_notes(connection, 'Letters') should give the one note titled Letters, as "
        f"(id, title, body): [(2, 'Letters', 'Write to Mum about the visit')]. It gave {got!r}."
    )


def test_a_word_in_the_title_or_the_body_is_found_newest_first(search):
    got = found(search, "stamps")
    expected = [(5, "Stamps", ""), (1, "Shopping", "Tea, soap and stamps")]
    assert got == expected, (
        f"search_notes(connection, 'stamps') should give the notes with 'stamps' in the title "
        f"or the body, in any capitals, newest (the biggest id) first:\n  {expected!r}\nIt "
        f"gave\n  {got!r}"
    )


def test_part_of_a_word_is_found(search):
    got = [row[0] for row in found(search, "visit")]
    assert got == [3, 2], (
        "search_notes(connection, 'visit') should find the note titled Visit and the one "
        f"whose body says 'the visit', ids [3, 2], but it found the ids {got!r}."
    )


def test_a_word_with_a_quote_is_searched_as_text(search):
    try:
        got = found(search, "Ana's")
    except (sqlite3.Error, sqlite3.Warning) as error:
        raise AssertionError(
            f"search_notes(connection, \"Ana's\") stopped with {type(error).__name__}: "
            f"{error}. The quote in the word ended the quoted text in your SQL. Pass the "
            "pattern as a value with a ? placeholder instead of putting it into the SQL text."
        ) from None
    assert [row[0] for row in got] == [4], (
        f"search_notes(connection, \"Ana's\") should find the note \"Ana's list\" (id 4), but "
        f"it gave {got!r}."
    )


def test_a_blank_word_finds_nothing(search):
    for word in ("", "   "):
        got = found(search, word)
        assert got == [], (
            f"search_notes(connection, {word!r}) should give [], because there is nothing to "
            f"look for, but it gave {len(got)} note(s). Strip the word and check it first."
        )
