"""Checks for notes_db.py, the model. Each check opens a new, empty database
file with your connect(), then uses your functions on it."""

import sqlite3

import pytest


@pytest.fixture
def notes(files, tmp_path):
    """(your notes_db module, a connection from your connect(), the database file)."""
    notes_db = files.python_module("notes_db")
    path = tmp_path / "notes.db"
    connection = notes_db.connect(str(path))
    yield notes_db, connection, path
    connection.close()


def saved(path, sql):
    """What another program sees in the file: only committed changes."""
    other = sqlite3.connect(path)
    try:
        return other.execute(sql).fetchall()
    except sqlite3.OperationalError as error:
        raise AssertionError(
            f"The checks could not read the notes table ({error}). Finish create_table "
            "first: it is step 1."
        ) from None
    finally:
        other.close()


def columns(path):
    other = sqlite3.connect(path)
    try:
        return {row[1]: row for row in other.execute("PRAGMA table_info(notes)")}
    finally:
        other.close()


def test_connect_makes_a_notes_table(notes):
    notes_db, connection, path = notes
    found = columns(path)
    assert found, (
        "After connect(), the database has no table called notes. In create_table, run "
        "CREATE TABLE IF NOT EXISTS notes (...) and then connection.commit()."
    )
    assert set(found) == {"id", "title", "body"}, (
        f"The notes table should have the columns id, title and body, but it has "
        f"{', '.join(found)}."
    )
    assert found["id"][5] == 1 and found["id"][2].upper() == "INTEGER", (
        "The id column should be INTEGER PRIMARY KEY, so the database numbers the notes."
    )
    assert found["title"][3] == 1, "The title column should be NOT NULL."
    notes_db.connect(str(path)).close()  # a second connect must not fail


def test_add_note_saves_a_note_and_gives_its_id(notes):
    notes_db, connection, path = notes
    first = notes_db.add_note(connection, "Shopping", "Tea and soap")
    second = notes_db.add_note(connection, "Letters", "Write to Mum")
    assert (first, second) == (1, 2), (
        f"The first two notes should get the ids 1 and 2, but add_note gave {first!r} and "
        f"{second!r}. Return the cursor's .lastrowid after the INSERT."
    )
    rows = saved(path, "SELECT id, title, body FROM notes ORDER BY id")
    assert rows == [(1, "Shopping", "Tea and soap"), (2, "Letters", "Write to Mum")], (
        "After two add_note calls, another program should see the rows (1, 'Shopping', 'Tea "
        f"and soap') and (2, 'Letters', 'Write to Mum'), but it sees {rows!r}. "
        + ("Call connection.commit() after the INSERT." if not rows else
           "Check the columns and the ? placeholders of the INSERT.")
    )


def test_add_note_removes_spaces_and_allows_an_empty_body(notes):
    notes_db, connection, path = notes
    notes_db.add_note(connection, "  Visits  ", "  Sunday at 2  ")
    notes_db.add_note(connection, "Just a title")
    rows = saved(path, "SELECT title, body FROM notes ORDER BY id")
    assert rows == [("Visits", "Sunday at 2"), ("Just a title", "")], (
        "add_note should strip the spaces at both ends of the title and body, and a note "
        "with no body should be saved with the body '' (empty). The saved rows are "
        f"{rows!r}."
    )


def test_add_note_keeps_quotes_and_sql_in_a_note_as_plain_text(notes):
    notes_db, connection, path = notes
    body = 'She said "see you soon"'
    titles = ["Ana's list", "x'); DELETE FROM notes; --"]
    for title in titles:
        try:
            notes_db.add_note(connection, title, body)
        except (sqlite3.Error, sqlite3.Warning) as error:
            raise AssertionError(
                f"add_note(connection, {title!r}, {body!r}) stopped with "
                f"{type(error).__name__}: {error}. A quote in the note ended the quoted text "
                "in your SQL early, so SQLite read the rest as SQL. Do not put the values "
                "into the SQL text yourself: write ? where each value goes and pass the "
                "values in a tuple, execute(\"... VALUES (?, ?)\", (title, body))."
            ) from None
    rows = saved(path, "SELECT title, body FROM notes ORDER BY id")
    expected = [(title, body) for title in titles]
    assert rows == expected, (
        f"Notes whose title holds a quote or some SQL should be saved exactly as typed:\n  "
        f"{expected!r}\nbut the saved rows are\n  {rows!r}\nUse ? placeholders for the "
        "title and the body, so SQLite never reads them as SQL."
    )


def test_add_note_refuses_a_title_that_is_empty_or_too_long(notes):
    notes_db, connection, path = notes
    for title, why in (("", "it is empty"), ("   ", "it is only spaces"),
                       ("x" * 81, "it is 81 characters long, and 80 is the most")):
        try:
            notes_db.add_note(connection, title, "body")
        except ValueError:
            continue
        raise AssertionError(
            f"add_note(connection, {title[:12]!r}{'...' if len(title) > 12 else ''}, 'body') "
            f"should raise a ValueError, because {why}, but it did not. Check the title after "
            ".strip(), before the INSERT."
        )
    notes_db.add_note(connection, "x" * 80)
    rows = saved(path, "SELECT COUNT(*) FROM notes")
    assert rows == [(1,)], (
        "Only the 80-character title should have been saved, but the notes table has "
        f"{rows[0][0]} rows. Raise the ValueError before the INSERT."
    )


def test_all_notes_gives_every_note_newest_first(notes):
    notes_db, connection, _ = notes
    assert notes_db.all_notes(connection) == [], "With no notes, all_notes should give []."
    for title in ("one", "two", "three"):
        notes_db.add_note(connection, title, title + " body")
    got = [tuple(row) for row in notes_db.all_notes(connection)]
    expected = [(3, "three", "three body"), (2, "two", "two body"), (1, "one", "one body")]
    assert got == expected, (
        f"After adding 'one', 'two' and 'three', all_notes should give\n  {expected!r}\nbut "
        f"it gave\n  {got!r}\nSelect id, title and body, newest (the biggest id) first."
    )


def test_delete_note_deletes_one_note_and_says_if_it_did(notes):
    notes_db, connection, path = notes
    for title in ("one", "two", "three"):
        notes_db.add_note(connection, title)
    answer = notes_db.delete_note(connection, 2)
    rows = saved(path, "SELECT id FROM notes ORDER BY id")
    assert rows == [(1,), (3,)], (
        f"After delete_note(connection, 2), the saved notes should be 1 and 3, but they are "
        f"{[r[0] for r in rows]!r}. DELETE ... WHERE id = ?, then commit."
    )
    assert answer is True, f"delete_note of a note that exists should give True, not {answer!r}."
    answer = notes_db.delete_note(connection, 2)
    assert answer is False, (
        f"delete_note of a note that is not there (2, deleted already) should give False, but "
        f"it gave {answer!r}. The cursor's .rowcount says how many rows the DELETE removed."
    )
