"""The model: notes kept in an SQLite database."""

import sqlite3


def connect(path):
    """Open the database in the file at path, making the table if it is new."""
    connection = sqlite3.connect(path)
    connection.execute(
        "CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL)"
    )
    connection.commit()
    return connection


def all_notes(connection):
    return connection.execute("SELECT id, title FROM notes ORDER BY id").fetchall()


def add_note(connection, title):
    """Save a note and return its id."""
    with connection:
        cursor = connection.execute("INSERT INTO notes (title) VALUES (?)", (title,))
    return cursor.lastrowid


def delete_note(connection, note_id):
    """Delete the note; True if there was one to delete, False if not."""
    with connection:
        cursor = connection.execute("DELETE FROM notes WHERE id = ?", (note_id,))
    return cursor.rowcount == 1
