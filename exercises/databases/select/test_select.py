"""Checks for the three SELECT files. Each runs on a fresh copy of library.sql."""

from tutor.checks import assert_rows

ALL_BOOKS = [
    ("Pride and Prejudice", 1813),
    ("Emma", 1815),
    ("Oliver Twist", 1838),
    ("Great Expectations", 1861),
    ("Adventures of Huckleberry Finn", 1884),
    ("Life on the Mississippi", 1883),
    ("Frankenstein", 1818),
    ("Narrative of the Life of Frederick Douglass", 1845),
    ("Things Fall Apart", 1958),
    ("I Know Why the Caged Bird Sings", 1969),
    ("One Hundred Years of Solitude", 1967),
    ("A Man of the People", 1966),
]


def test_titles_gives_every_book_with_its_year(sql_db):
    db = sql_db(seed="starter/library.sql")
    rows = db.run_file("titles.sql")
    assert_rows(rows, ALL_BOOKS, what="Your query in titles.sql")


def test_short_books_gives_the_books_under_300_pages(sql_db):
    db = sql_db(seed="starter/library.sql")
    rows = db.run_file("short_books.sql")
    assert_rows(
        rows,
        [
            ("Frankenstein", 280),
            ("Narrative of the Life of Frederick Douglass", 160),
            ("Things Fall Apart", 209),
            ("I Know Why the Caged Bird Sings", 289),
            ("A Man of the People", 160),
        ],
        what="Your query in short_books.sql",
    )


def test_newest_first_gives_the_novels_newest_first(sql_db):
    db = sql_db(seed="starter/library.sql")
    rows = db.run_file("newest_first.sql")
    assert_rows(
        rows,
        [
            ("One Hundred Years of Solitude", 1967),
            ("A Man of the People", 1966),
            ("Things Fall Apart", 1958),
            ("Adventures of Huckleberry Finn", 1884),
            ("Great Expectations", 1861),
            ("Oliver Twist", 1838),
            ("Frankenstein", 1818),
            ("Emma", 1815),
            ("Pride and Prejudice", 1813),
        ],
        ordered=True,
        what="Your query in newest_first.sql",
    )
