"""Lending books: the library desk's program.

Every function is given an open connection to the library database, with
foreign key checks already switched on. Use ? placeholders for every value.
"""


def is_on_loan(connection, book_id):
    """True when the book has a loan that is not returned yet, else False."""
    row = connection.execute(
        "SELECT COUNT(*) FROM loans WHERE book_id = ? AND returned_on IS NULL",
        (book_id,),
    ).fetchone()
    return row[0] > 0


def lend(connection, book_id, member_id, day):
    """Lend a book to a member on day ('2026-11-02'); save it and return the new loan's id.

    Raise a ValueError when the book is already out on loan.
    """
    if is_on_loan(connection, book_id):
        raise ValueError(f"Book {book_id} is already out on loan.")
    cursor = connection.execute(
        "INSERT INTO loans (book_id, member_id, loaned_on) VALUES (?, ?, ?)",
        (book_id, member_id, day),
    )
    connection.commit()
    return cursor.lastrowid


def give_back(connection, book_id, day):
    """Record that the book came back on day, and save it.

    Raise a ValueError when the book is not out on loan.
    """
    if not is_on_loan(connection, book_id):
        raise ValueError(f"Book {book_id} is not out on loan.")
    connection.execute(
        "UPDATE loans SET returned_on = ? WHERE book_id = ? AND returned_on IS NULL",
        (day, book_id),
    )
    connection.commit()


def member_report(connection):
    """A list of (name, number of loans) for every member, even those with none,
    most loans first, and members with the same number sorted by name."""
    rows = connection.execute(
        "SELECT members.name, COUNT(loans.id) AS borrowed "
        "FROM members "
        "LEFT JOIN loans ON loans.member_id = members.id "
        "GROUP BY members.id "
        "ORDER BY borrowed DESC, members.name"
    ).fetchall()
    return rows
