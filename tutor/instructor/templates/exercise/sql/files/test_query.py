"""Placeholder checks: replace them with checks of your own exercise."""

from tutor.checks import assert_rows


def test_query_gives_the_adult_members(sql_db):
    db = sql_db(seed="seed.sql")
    rows = db.run_file("query.sql")
    assert_rows(rows, [("Ana", 31), ("Cy", 45)], what="Your query in query.sql")
