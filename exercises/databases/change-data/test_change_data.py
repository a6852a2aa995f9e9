"""Checks for INSERT, UPDATE and DELETE: each file runs on a fresh copy of library.sql,
then the checks look at the table it changed."""

from tutor.checks import CheckFailure, assert_rows

LOANS_AFTER_RETURN = [
    (1, "2026-09-15"),
    (2, None),
    (3, "2026-09-20"),
    (4, "2026-10-20"),
    (5, "2026-09-30"),
    (6, None),
    (7, None),
]


def test_add_book_adds_persuasion_by_jane_austen(sql_db):
    db = sql_db(seed="starter/library.sql")
    db.run_file("add_book.sql")
    found = db.query(
        "SELECT title, author_id, year, pages, genre FROM books WHERE title = 'Persuasion'"
    )
    assert found, (
        "After add_book.sql, the books table has no row whose title is 'Persuasion'. "
        "Check the spelling and the capital P, and that the title is in single quotes."
    )
    assert_rows(found, [("Persuasion", 1, 1817, 249, "novel")],
                what="After add_book.sql, the Persuasion row")
    (count,) = db.query("SELECT COUNT(*) FROM books")[0]
    assert count == 13, (
        f"After add_book.sql, the books table should have 13 rows (12 plus Persuasion), but it "
        f"has {count}. add_book.sql should hold one INSERT that adds one row."
    )


def test_return_book_sets_the_date_on_loan_4_only(sql_db):
    db = sql_db(seed="starter/library.sql")
    db.run_file("return_book.sql")
    rows = db.query("SELECT id, returned_on FROM loans ORDER BY id")
    pairs = zip(rows, LOANS_AFTER_RETURN, strict=False)
    changed = [row[0] for row, before in pairs if row != before]
    if len(changed) > 1:
        others = ", ".join(str(number) for number in changed if number != 4)
        raise CheckFailure(
            f"After return_book.sql, the loans with id {others} changed too, but only loan 4 "
            "should. An UPDATE changes every row unless a WHERE chooses some: add WHERE id = 4.",
            "return_book.sql",
        )
    assert_rows(rows, LOANS_AFTER_RETURN, ordered=True,
                what="After return_book.sql, the loans table (id, returned_on)")


def test_remove_member_removes_eli_only(sql_db):
    db = sql_db(seed="starter/library.sql")
    db.run_file("remove_member.sql")
    rows = db.query("SELECT id, name FROM members")
    if not rows:
        raise CheckFailure(
            "After remove_member.sql, the members table is empty: every member was removed. "
            "A DELETE removes every row unless a WHERE chooses some: add WHERE id = 5.",
            "remove_member.sql",
        )
    assert_rows(rows, [(1, "Ana"), (2, "Bo"), (3, "Cy"), (4, "Dee")],
                what="After remove_member.sql, the members table")
