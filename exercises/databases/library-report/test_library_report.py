"""Checks for the library report, two queries written from empty files. Each runs on a
fresh copy of library.sql."""

from tutor.checks import assert_rows


def test_by_country_counts_books_and_pages_per_country(sql_db):
    db = sql_db(seed="starter/library.sql")
    rows = db.run_file("by_country.sql")
    assert_rows(
        rows,
        [("UK", 5, 2245), ("USA", 4, 1311), ("Nigeria", 2, 369)],
        what="Your query in by_country.sql",
    )


def test_by_country_puts_the_most_books_first(sql_db):
    db = sql_db(seed="starter/library.sql")
    rows = db.run_file("by_country.sql")
    assert_rows(
        rows,
        [("UK", 5, 2245), ("USA", 4, 1311), ("Nigeria", 2, 369)],
        ordered=True,
        what="Your query in by_country.sql",
    )


def test_never_borrowed_lists_the_books_nobody_has_borrowed(sql_db):
    db = sql_db(seed="starter/library.sql")
    rows = db.run_file("never_borrowed.sql")
    assert_rows(
        rows,
        [
            ("A Man of the People",),
            ("Emma",),
            ("Great Expectations",),
            ("Life on the Mississippi",),
            ("Narrative of the Life of Frederick Douglass",),
            ("One Hundred Years of Solitude",),
        ],
        ordered=True,
        what="Your query in never_borrowed.sql",
    )
