"""The model: the library's books, kept in an SQLite database."""

import sqlite3


def connect(path):
    """Open the database in the file at path, making the table if it is new."""
    connection = sqlite3.connect(path)
    connection.execute(
        "CREATE TABLE IF NOT EXISTS books ("
        " id INTEGER PRIMARY KEY,"
        " title TEXT NOT NULL,"
        " author TEXT NOT NULL"
        ")"
    )
    connection.commit()
    return connection


def add_book(connection, title, author):
    """Save a new book and return its id. An empty title raises a ValueError."""
    title = title.strip()
    author = author.strip()
    if not title:
        raise ValueError("A book needs a title.")
    cursor = connection.execute(
        "INSERT INTO books (title, author) VALUES (?, ?)", (title, author)
    )
    connection.commit()
    return cursor.lastrowid


def all_books(connection):
    """Every book as an (id, title, author) tuple, newest first."""
    return connection.execute(
        "SELECT id, title, author FROM books ORDER BY id DESC"
    ).fetchall()
