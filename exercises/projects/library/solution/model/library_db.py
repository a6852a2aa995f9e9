"""The model: the community centre's books, kept in an SQLite database."""

import sqlite3


def connect(path):
    """Open the database in the file at path, making the table if it is new."""
    connection = sqlite3.connect(path)
    connection.execute(
        "CREATE TABLE IF NOT EXISTS books ("
        " id INTEGER PRIMARY KEY,"
        " title TEXT NOT NULL,"
        " author TEXT NOT NULL,"
        " borrower TEXT"
        ")"
    )
    connection.commit()
    return connection


def add_book(connection, title, author):
    """Put a new book on the shelf and return its id."""
    title = title.strip()
    author = author.strip()
    if not title:
        raise ValueError("A book needs a title.")
    if not author:
        raise ValueError("A book needs an author.")
    cursor = connection.execute("INSERT INTO books (title, author) VALUES (?, ?)", (title, author))
    connection.commit()
    return cursor.lastrowid


def all_books(connection):
    """Every book as a dictionary, in the order of their titles."""
    rows = connection.execute(
        "SELECT id, title, author, borrower FROM books ORDER BY title"
    ).fetchall()
    return [
        {"id": id, "title": title, "author": author, "borrower": borrower}
        for id, title, author, borrower in rows
    ]


def one_book(connection, book_id):
    """The book with this id, as a dictionary. LookupError when there is none."""
    for book in all_books(connection):
        if book["id"] == book_id:
            return book
    raise LookupError("There is no such book.")


def lend(connection, book_id, borrower):
    """Write down who has taken the book."""
    book = one_book(connection, book_id)
    borrower = borrower.strip()
    if not borrower:
        raise ValueError("Say who borrows the book.")
    if book["borrower"] is not None:
        raise ValueError("That book is already lent out.")
    connection.execute("UPDATE books SET borrower = ? WHERE id = ?", (borrower, book_id))
    connection.commit()


def give_back(connection, book_id):
    """The book is back on the shelf."""
    book = one_book(connection, book_id)
    if book["borrower"] is None:
        raise ValueError("That book is on the shelf already.")
    connection.execute("UPDATE books SET borrower = NULL WHERE id = ?", (book_id,))
    connection.commit()
