"""The model: users and their notes, kept in an SQLite database."""

import sqlite3

from passwords import hash_password

MIN_PASSWORD = 8


def connect(path):
    """Open the database in the file at path, making the tables if they are new."""
    connection = sqlite3.connect(path)
    connection.execute(
        "CREATE TABLE IF NOT EXISTS users ("
        " id INTEGER PRIMARY KEY,"
        " username TEXT NOT NULL UNIQUE,"
        " password_hash TEXT NOT NULL"
        ")"
    )
    connection.execute(
        "CREATE TABLE IF NOT EXISTS notes ("
        " id INTEGER PRIMARY KEY,"
        " owner_id INTEGER NOT NULL REFERENCES users(id),"
        " title TEXT NOT NULL"
        ")"
    )
    connection.commit()
    return connection


def add_user(connection, username, password):
    """Save a new user, with a hash of the password, and return the new id."""
    username = username.strip()
    if not username:
        raise ValueError("A user needs a username.")
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"A password needs at least {MIN_PASSWORD} characters.")
    try:
        cursor = connection.execute(
            "INSERT INTO users (username, password_hash) VALUES (?, ?)",
            (username, hash_password(password)),
        )
    except sqlite3.IntegrityError:
        raise ValueError("That username is taken.") from None
    connection.commit()
    return cursor.lastrowid


def find_user(connection, username):
    """The user with this username as (id, username, password_hash), or None."""
    return connection.execute(
        "SELECT id, username, password_hash FROM users WHERE username = ?",
        (username.strip(),),
    ).fetchone()


def user_by_id(connection, user_id):
    """The user with this id as (id, username), or None."""
    return connection.execute(
        "SELECT id, username FROM users WHERE id = ?", (user_id,)
    ).fetchone()


def add_note(connection, owner_id, title):
    """Save a note that belongs to the user owner_id, and return its id."""
    title = title.strip()
    if not title:
        raise ValueError("A note needs a title.")
    cursor = connection.execute(
        "INSERT INTO notes (owner_id, title) VALUES (?, ?)", (owner_id, title)
    )
    connection.commit()
    return cursor.lastrowid


def notes_of(connection, owner_id):
    """The notes of one user, as (id, title) tuples, newest first."""
    return connection.execute(
        "SELECT id, title FROM notes WHERE owner_id = ? ORDER BY id DESC", (owner_id,)
    ).fetchall()


def note_of(connection, note_id, owner_id):
    """The note with this id as (id, title), but only if owner_id owns it; else None."""
    return connection.execute(
        "SELECT id, title FROM notes WHERE id = ? AND owner_id = ?", (note_id, owner_id)
    ).fetchone()
