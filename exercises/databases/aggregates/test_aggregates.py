"""Checks for the three aggregate files. Each runs on a fresh copy of library.sql."""

from tutor.checks import assert_rows


def test_totals_counts_the_books_and_adds_up_their_pages(sql_db):
    db = sql_db(seed="starter/library.sql")
    rows = db.run_file("totals.sql")
    assert_rows(rows, [(12, 4342)], what="Your query in totals.sql")


def test_genres_gives_each_genre_with_its_count_and_average_pages(sql_db):
    db = sql_db(seed="starter/library.sql")
    rows = db.run_file("genres.sql")
    assert_rows(
        rows,
        [("memoir", 3, 315.0), ("novel", 9, 377.44444444444446)],
        what="Your query in genres.sql",
    )


def test_busy_authors_gives_only_authors_with_two_or_more_books(sql_db):
    db = sql_db(seed="starter/library.sql")
    rows = db.run_file("busy_authors.sql")
    assert_rows(rows, [(1, 2), (2, 2), (3, 2), (6, 2)], what="Your query in busy_authors.sql")
