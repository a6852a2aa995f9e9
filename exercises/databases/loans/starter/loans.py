"""Lending books: the library desk's program.

Every function is given an open connection to the library database, with
foreign key checks already switched on. Use ? placeholders for every value.
"""


def is_on_loan(connection, book_id):
    """True when the book has a loan that is not returned yet, else False."""
    # TODO: look for a loan of this book whose returned_on IS NULL.
    return False


def lend(connection, book_id, member_id, day):
    """Lend a book to a member on day ('2026-11-02'); save it and return the new loan's id.

    Raise a ValueError when the book is already out on loan.
    """
    # TODO
    return None


def give_back(connection, book_id, day):
    """Record that the book came back on day, and save it.

    Raise a ValueError when the book is not out on loan.
    """
    # TODO


def member_report(connection):
    """A list of (name, number of loans) for every member, even those with none,
    most loans first, and members with the same number sorted by name."""
    # TODO: LEFT JOIN members with loans, GROUP BY the member, ORDER BY the count.
    return []
