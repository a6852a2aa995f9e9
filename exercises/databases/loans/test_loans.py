"""Checks for loans.py: each check builds the library in a new database file
and gives your functions a connection to it, with foreign keys switched on."""

import sqlite3

import pytest


@pytest.fixture
def desk(files, exercise_dir, tmp_path):
    """(your loans module, an open connection, the database file)."""
    loans = files.python_module("loans")
    path = tmp_path / "library.db"
    connection = sqlite3.connect(path)
    connection.executescript((exercise_dir / "starter" / "library.sql").read_text("utf-8"))
    connection.execute("PRAGMA foreign_keys = ON")
    yield loans, connection, path
    connection.close()


def saved_rows(path, sql, params=()):
    """What another program sees in the database file: only committed changes."""
    other = sqlite3.connect(path)
    try:
        return other.execute(sql, params).fetchall()
    finally:
        other.close()


def test_is_on_loan_knows_which_books_are_out(desk):
    loans, connection, _ = desk
    for book_id, expected, why in (
        (9, True, "book 9 is out: loan 2 has no returned_on"),
        (3, False, "book 3 came back: loan 3 has a returned_on date"),
        (2, False, "book 2 was never lent"),
        (1, True, "book 1 was lent twice; the second loan (6) is not returned yet"),
    ):
        got = loans.is_on_loan(connection, book_id)
        assert got is expected, (
            f"is_on_loan(connection, {book_id}) should give {expected} ({why}), but it gave "
            f"{got!r}. Look for loans of the book WHERE returned_on IS NULL, and return True "
            "or False."
        )


def test_lend_records_a_new_loan_and_saves_it(desk):
    loans, connection, path = desk
    new_id = loans.lend(connection, 2, 5, "2026-11-02")
    assert new_id == 8, (
        f"lend(connection, 2, 5, '2026-11-02') should give the new loan's id, 8, but it gave "
        f"{new_id!r}. Return the cursor's .lastrowid after the INSERT."
    )
    rows = saved_rows(path, "SELECT book_id, member_id, loaned_on, returned_on FROM loans "
                            "WHERE id = 8")
    assert rows == [(2, 5, "2026-11-02", None)], (
        "After lend(connection, 2, 5, '2026-11-02'), the saved loans table should have the row "
        f"(2, 5, '2026-11-02', None) for loan 8, but it has {rows!r}. "
        + ("Call connection.commit() after the INSERT." if not rows else
           "Check the order of the columns and the values in the INSERT.")
    )


def test_lend_refuses_a_book_that_is_already_out(desk):
    loans, connection, path = desk
    with pytest.raises(ValueError):
        loans.lend(connection, 7, 5, "2026-11-02")
        raise AssertionError(
            "lend(connection, 7, 5, ...) should raise a ValueError, because book 7 "
            "(Frankenstein) is already out on loan to Cy, but it did not. Use is_on_loan first."
        )
    count = saved_rows(path, "SELECT COUNT(*) FROM loans")[0][0]
    assert count == 7, (
        f"After a refused lend, the loans table should still have 7 rows, but it has {count}. "
        "Raise the ValueError before the INSERT."
    )


def test_lend_refuses_a_member_who_does_not_exist(desk):
    loans, connection, path = desk
    with pytest.raises((sqlite3.IntegrityError, ValueError)):
        loans.lend(connection, 2, 99, "2026-11-02")
        raise AssertionError(
            "lend(connection, 2, 99, ...) should fail, because there is no member 99, but it "
            "gave no error. The foreign key on loans.member_id refuses such a row, as long as "
            "your INSERT puts member_id in its own column."
        )
    count = saved_rows(path, "SELECT COUNT(*) FROM loans")[0][0]
    assert count == 7, f"A refused loan should not be saved, but the loans table has {count} rows."


def test_give_back_records_the_return_date(desk):
    loans, connection, path = desk
    loans.give_back(connection, 7, "2026-11-03")
    rows = saved_rows(path, "SELECT id, returned_on FROM loans ORDER BY id")
    expected = [(1, "2026-09-15"), (2, None), (3, "2026-09-20"), (4, "2026-11-03"),
                (5, "2026-09-30"), (6, None), (7, None)]
    assert rows == expected, (
        "After give_back(connection, 7, '2026-11-03'), loan 4 (book 7's open loan) should have "
        "returned_on '2026-11-03' and no other loan should change. The saved loans (id, "
        f"returned_on) are:\n  {rows!r}\nUpdate only the loan WHERE book_id = ? AND "
        "returned_on IS NULL, then commit."
    )


def test_give_back_refuses_a_book_that_is_not_out(desk):
    loans, connection, _ = desk
    with pytest.raises(ValueError):
        loans.give_back(connection, 2, "2026-11-03")
        raise AssertionError(
            "give_back(connection, 2, ...) should raise a ValueError, because book 2 is not out "
            "on loan, but it did not."
        )


def test_member_report_counts_every_members_loans(desk):
    loans, connection, _ = desk
    got = loans.member_report(connection)
    expected = [("Ana", 2), ("Bo", 2), ("Dee", 2), ("Cy", 1), ("Eli", 0)]
    got_list = [tuple(row) for row in got] if isinstance(got, list) else got
    if got_list == [row for row in expected if row[1]]:
        raise AssertionError(
            "member_report leaves out Eli, who has no loans. A JOIN drops rows with no partner; "
            "use LEFT JOIN loans, and count loans.id instead of *, so Eli counts 0."
        )
    assert got_list == expected, (
        f"member_report(connection) should give\n  {expected!r}\nbut it gave\n  {got_list!r}\n"
        "Most loans first (ORDER BY the count DESC), then by name."
    )
