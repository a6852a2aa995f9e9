"""The model: notes kept in an SQLite database."""

import sqlite3

MAX_TITLE = 80


def connect(path):
    """Open the notes database in the file at path, making the table if it is new."""
    connection = sqlite3.connect(path)
    create_table(connection)
    return connection


def create_table(connection):
    """Make the notes table, unless it is there already."""
    connection.execute(
        "CREATE TABLE IF NOT EXISTS notes ("
        " id INTEGER PRIMARY KEY,"
        " title TEXT NOT NULL,"
        " body TEXT NOT NULL DEFAULT ''"
        ")"
    )
    connection.commit()


def add_note(connection, title, body=""):
    """Save a new note and return its id. A bad title raises a ValueError."""
    title = title.strip()
    body = body.strip()
    if not title:
        raise ValueError("A note needs a title.")
    if len(title) > MAX_TITLE:
        raise ValueError(f"A title can be at most {MAX_TITLE} characters long.")
    cursor = connection.execute(
        "INSERT INTO notes (title, body) VALUES (?, ?)", (title, body)
    )
    connection.commit()
    return cursor.lastrowid


def all_notes(connection):
    """Every note as an (id, title, body) tuple, newest first."""
    return connection.execute(
        "SELECT id, title, body FROM notes ORDER BY id DESC"
    ).fetchall()


def delete_note(connection, note_id):
    """Delete the note with this id: True if there was one, False if not."""
    cursor = connection.execute("DELETE FROM notes WHERE id = ?", (note_id,))
    connection.commit()
    return cursor.rowcount == 1
