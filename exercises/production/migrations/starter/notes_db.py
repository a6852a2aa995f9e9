"""The notes app's database. Its tables are made, and later changed, by migrations."""

import sqlite3

# The history of the schema, oldest first. Each migration runs once on each database,
# and the database remembers how many have run (PRAGMA user_version).
# Never change a migration after it has run somewhere: add a new one at the end.
MIGRATIONS = [
    # 1: the first tables
    """
    CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        username TEXT NOT NULL UNIQUE
    );
    CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        owner_id INTEGER NOT NULL REFERENCES users(id),
        title TEXT NOT NULL
    );
    """,
    # 2: notes can be pinned
    # TODO: a migration that gives notes a column called pinned
]


def migrate(connection):
    """Run, in order, every migration this database has not had yet."""
    done = connection.execute("PRAGMA user_version").fetchone()[0]
    for number, script in enumerate(MIGRATIONS, start=1):
        if number > done:
            connection.executescript(script)
            # PRAGMA takes no ? placeholder. number is our own whole number, never typed text.
            connection.execute(f"PRAGMA user_version = {number}")
    connection.commit()


def connect(path):
    """Open the database in the file at path, and bring its tables up to date."""
    connection = sqlite3.connect(path)
    migrate(connection)
    return connection


def add_user(connection, username):
    cursor = connection.execute("INSERT INTO users (username) VALUES (?)", (username,))
    connection.commit()
    return cursor.lastrowid


def add_note(connection, owner_id, title):
    cursor = connection.execute(
        "INSERT INTO notes (owner_id, title) VALUES (?, ?)", (owner_id, title)
    )
    connection.commit()
    return cursor.lastrowid


def pin_note(connection, note_id):
    """Pin the note with this id, so it comes first in its owner's list."""
    # TODO


def notes_of(connection, owner_id):
    """The owner's notes as (id, title, pinned) tuples: pinned notes first, then oldest first."""
    return connection.execute(
        "SELECT id, title FROM notes WHERE owner_id = ? ORDER BY id", (owner_id,)
    ).fetchall()  # TODO: the pinned column too, and pinned notes first
