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


def add_note(connection, title):
    cursor = connection.execute("INSERT INTO notes (title) VALUES (?)", (title,))
    connection.commit()
    return cursor.lastrowid


def latest(connection, how_many):
    """The newest notes as (id, title) tuples, at most how_many of them."""
    return connection.execute(
        "SELECT id, title FROM notes ORDER BY id DESC LIMIT ?", (how_many,)
    ).fetchall()
