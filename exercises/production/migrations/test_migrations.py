"""Checks for notes_db.py: a new database, and an old one made before your migration."""

import sqlite3

from tutor.checks import CheckFailure

# Migration 1 exactly as it ran on the databases that are already in use. The checks
# build an "old" database with it, whatever notes_db.py says now.
FIRST_MIGRATION = """
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE
);
CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    owner_id INTEGER NOT NULL REFERENCES users(id),
    title TEXT NOT NULL
);
"""

OLD_NOTES = [(1, 1, "Buy stamps"), (2, 2, "Call the library"), (3, 1, "Read chapter 4")]


def old_database(path):
    """A database from before migration 2: migration 1 ran, then people saved notes."""
    connection = sqlite3.connect(path)
    connection.executescript(FIRST_MIGRATION)
    connection.execute("PRAGMA user_version = 1")
    connection.executemany("INSERT INTO users (id, username) VALUES (?, ?)",
                           [(1, "ana"), (2, "bo")])
    connection.executemany("INSERT INTO notes (id, owner_id, title) VALUES (?, ?, ?)", OLD_NOTES)
    connection.commit()
    connection.close()


WHY = {
    "Cannot add a NOT NULL column with default value NULL": (
        " A NOT NULL column needs a DEFAULT, so that the rows already there get a value: "
        "ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0."),
    "duplicate column name": (
        " The column is added twice: by a migration that runs again, or by two migrations. "
        "Add it in one migration only, in the MIGRATIONS list, and nowhere else."),
    "already exists": (
        " Your migration makes a table that is already there. Change the table that is there "
        "with ALTER TABLE notes ADD COLUMN ..."),
    "NOT NULL constraint failed: notes.pinned": (
        " add_note does not give pinned a value, so the column needs a DEFAULT: "
        "ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0."),
}


def why(error):
    return next((text for key, text in WHY.items() if key in str(error)), "")


def call(function, *args):
    """Call one of your functions; an SQL error becomes a sentence."""
    try:
        return function(*args)
    except sqlite3.Error as error:
        shown = ", ".join(repr(arg) for arg in args[1:])
        raise CheckFailure(
            f"{function.__name__}(connection, {shown}) stopped with the SQL error "
            f"'{error}'.{why(error)}", "notes_db.py") from None


def connect(files, path, what):
    notes_db = files.python_module("notes_db")
    try:
        return notes_db, notes_db.connect(str(path))
    except sqlite3.Error as error:
        raise CheckFailure(
            f"connect() stopped with the SQL error '{error}' while it brought {what} up to "
            f"date.{why(error)}", "notes_db.py") from None


def columns(connection, table):
    return [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]


def version(connection):
    return connection.execute("PRAGMA user_version").fetchone()[0]


def test_a_new_database_gets_a_pinned_column(files, tmp_path):
    notes_db, connection = connect(files, tmp_path / "new.db", "a new, empty database")
    assert len(notes_db.MIGRATIONS) >= 2, (
        f"MIGRATIONS has {len(notes_db.MIGRATIONS)} migration(s). Add migration 2, a string "
        "of SQL, at the end of the list (after migration 1's string and its comma).")
    assert "pinned" in columns(connection, "notes"), (
        f"A new database should have a column called pinned in notes, but its columns are "
        f"{columns(connection, 'notes')}. Migration 2 should add it with ALTER TABLE ... "
        "ADD COLUMN.")
    owner = call(notes_db.add_user, connection, "cy")
    note = call(notes_db.add_note, connection, owner, "New note")
    pinned = connection.execute("SELECT pinned FROM notes WHERE id = ?", (note,)).fetchone()[0]
    assert pinned == 0, (
        f"A new note should have pinned = 0 (not pinned), but add_note's note has {pinned!r}. "
        "Give the column a DEFAULT of 0.")


def test_an_old_database_keeps_its_notes_and_gets_the_column(files, tmp_path):
    path = tmp_path / "old.db"
    old_database(path)
    _, connection = connect(files, path, "an old database, made before migration 2")
    if "pinned" not in columns(connection, "notes"):
        raise CheckFailure(
            "A database that already had migration 1 should get the pinned column when it "
            f"connects, but its notes columns are still {columns(connection, 'notes')}. "
            "Migration 1 never runs again on such a database, so changing migration 1 does not "
            "help it: leave migration 1 as it was, and add the column in migration 2.",
            "notes_db.py")
    rows = connection.execute("SELECT id, owner_id, title FROM notes ORDER BY id").fetchall()
    assert rows == OLD_NOTES, (
        f"The old database held the notes {OLD_NOTES}, but after your migration it holds "
        f"{rows}. A migration must keep the data that is there: never DROP a table in use; "
        "ALTER TABLE notes ADD COLUMN keeps every row.")
    pinned = [row[0] for row in connection.execute("SELECT pinned FROM notes ORDER BY id")]
    assert pinned == [0, 0, 0], (
        f"The old notes should get pinned = 0, but they have {pinned}. Give the new column "
        "DEFAULT 0: ADD COLUMN fills it in for the rows already there.")


def test_connecting_again_runs_each_migration_once(files, tmp_path):
    path = tmp_path / "notes.db"
    notes_db, first = connect(files, path, "a new, empty database")
    first.close()
    _, again = connect(files, path, "a database that was already up to date")
    assert columns(again, "notes").count("pinned") == 1, (
        f"After connecting twice, notes should have one pinned column, but its columns are "
        f"{columns(again, 'notes')}. Add the column in migration 2.")
    assert version(again) == len(notes_db.MIGRATIONS), (
        f"PRAGMA user_version should be {len(notes_db.MIGRATIONS)} (every migration has run), "
        f"but it is {version(again)}. migrate() counts the migrations: do not change it.")


def test_pin_note_puts_the_note_first(files, tmp_path):
    path = tmp_path / "notes.db"
    notes_db, connection = connect(files, path, "a new, empty database")
    ana = call(notes_db.add_user, connection, "ana")
    bo = call(notes_db.add_user, connection, "bo")
    first = call(notes_db.add_note, connection, ana, "Buy stamps")
    second = call(notes_db.add_note, connection, ana, "Call the library")
    third = call(notes_db.add_note, connection, ana, "Read chapter 4")
    other = call(notes_db.add_note, connection, bo, "Bo's note")
    call(notes_db.pin_note, connection, third)
    got = [tuple(row) for row in call(notes_db.notes_of, connection, ana) or []]
    expected = [(third, "Read chapter 4", 1), (first, "Buy stamps", 0),
                (second, "Call the library", 0)]
    assert got == expected, (
        f"After pin_note(connection, {third}), notes_of(connection, {ana}) should give "
        f"{expected} (the pinned note first, then the others oldest first), but it gave {got}. "
        "pin_note sets pinned to 1 for that id; notes_of selects id, title, pinned and sorts "
        "by pinned first.")
    with sqlite3.connect(path) as reader:
        saved = reader.execute("SELECT id, pinned FROM notes ORDER BY id").fetchall()
    reader.close()
    assert saved == [(first, 0), (second, 0), (third, 1), (other, 0)], (
        f"Another program should see only note {third} pinned, but it sees (id, pinned) = "
        f"{saved}. Change only the row WHERE id = ?, and commit() the change.")
