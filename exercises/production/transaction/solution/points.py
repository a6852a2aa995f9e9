"""The workshop's points: each account holds points, and people give points to each other."""

import sqlite3


def connect(path):
    """Open the database in the file at path, making the table if it is new."""
    connection = sqlite3.connect(path)
    connection.execute(
        "CREATE TABLE IF NOT EXISTS accounts ("
        " id INTEGER PRIMARY KEY,"
        " name TEXT NOT NULL,"
        " points INTEGER NOT NULL CHECK (points >= 0)"
        ")"
    )
    connection.commit()
    return connection


def open_account(connection, name, points):
    """Make an account with some points to start with, and return its id."""
    cursor = connection.execute(
        "INSERT INTO accounts (name, points) VALUES (?, ?)", (name, points)
    )
    connection.commit()
    return cursor.lastrowid


def points_of(connection, account_id):
    """How many points the account holds, or None if there is no such account."""
    row = connection.execute(
        "SELECT points FROM accounts WHERE id = ?", (account_id,)
    ).fetchone()
    return None if row is None else row[0]


def give(connection, from_id, to_id, amount):
    """Move amount points from one account to another: all of it, or nothing at all."""
    if amount <= 0:
        raise ValueError("Give at least 1 point.")
    try:
        with connection:
            taken = connection.execute(
                "UPDATE accounts SET points = points - ? WHERE id = ?", (amount, from_id)
            )
            if taken.rowcount == 0:
                raise ValueError(f"There is no account {from_id}.")
            added = connection.execute(
                "UPDATE accounts SET points = points + ? WHERE id = ?", (amount, to_id)
            )
            if added.rowcount == 0:
                raise ValueError(f"There is no account {to_id}.")
    except sqlite3.IntegrityError:
        raise ValueError("Not enough points.") from None
