"""The library's database, used from Python."""

import sqlite3


def open_library(path):
    """Open the library database in the file at path, with foreign key checks on."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def count_books(connection):
    """How many books the library has, as a whole number."""
    row = connection.execute("SELECT COUNT(*) FROM books").fetchone()
    return row[0]


def titles_by(connection, author_name):
    """The titles of every book by the author with this name, sorted A to Z, as a list."""
    rows = connection.execute(
        "SELECT books.title FROM books "
        "JOIN authors ON books.author_id = authors.id "
        "WHERE authors.name = ? "
        "ORDER BY books.title",
        (author_name,),
    ).fetchall()
    return [row[0] for row in rows]


def add_member(connection, name, wing):
    """Add a member to the members table, save it, and return the new member's id."""
    cursor = connection.execute(
        "INSERT INTO members (name, wing) VALUES (?, ?)", (name, wing)
    )
    connection.commit()
    return cursor.lastrowid
