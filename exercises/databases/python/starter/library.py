"""The library's database, used from Python."""

import sqlite3


def open_library(path):
    """Open the library database in the file at path, with foreign key checks on."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def count_books(connection):
    """How many books the library has, as a whole number."""
    # TODO: run SELECT COUNT(*) FROM books and return the number it gives.
    return 0


def titles_by(connection, author_name):
    """The titles of every book by the author with this name, sorted A to Z, as a list."""
    # TODO: join books and authors, choose the author with a ? placeholder,
    # and return a list of titles.
    return []


def add_member(connection, name, wing):
    """Add a member to the members table, save it, and return the new member's id."""
    # TODO: INSERT with two ? placeholders, commit, and return the new row's id.
    return None
