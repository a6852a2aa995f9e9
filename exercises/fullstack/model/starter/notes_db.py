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
    # TODO: CREATE TABLE IF NOT EXISTS notes, with the columns id, title and body.


def add_note(connection, title, body=""):
    """Save a new note and return its id. A bad title raises a ValueError."""
    # TODO
    return None


def all_notes(connection):
    """Every note as an (id, title, body) tuple, newest first."""
    # TODO
    return []


def delete_note(connection, note_id):
    """Delete the note with this id: True if there was one, False if not."""
    # TODO
    return False
