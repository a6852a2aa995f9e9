"""Checks for indexes.sql: the notes app's queries should find their rows through an index.

Each check builds the tables from notes.sql in a new database, runs your indexes.sql,
then asks SQLite how it would run each query (EXPLAIN QUERY PLAN), as show_plans.py does.
"""

import pytest

from tutor.checks import CheckFailure

# The same queries as queries.sql: the checks use this copy, so changing that file does not help.
NOTES_PAGE = "SELECT id, title, created FROM notes WHERE owner_id = 2 ORDER BY created DESC"
LOG_IN = "SELECT id FROM users WHERE username = 'bo'"
THIS_WEEK = "SELECT id, owner_id, title FROM notes WHERE created >= '2026-03-01'"
QUERIES = {"query 1 (the notes page)": NOTES_PAGE, "query 2 (the log-in)": LOG_IN,
           "query 3 (the this-week page)": THIS_WEEK}


def everything(db):
    """The tables and their rows: indexes should change neither."""
    names = [name for (name,) in db.query(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {name: db.query(f'SELECT * FROM "{name}" ORDER BY rowid') for name in names}


@pytest.fixture
def db(sql_db):
    db = sql_db(seed="starter/notes.sql")
    db.before = everything(db)
    db.run_file("indexes.sql")
    return db


def plan(db, query):
    return [row[3] for row in db.query("EXPLAIN QUERY PLAN " + query)]


def learners_indexes(db):
    """(name, table, sql) of each index indexes.sql made (the ones SQLite makes have no sql)."""
    return db.query("SELECT name, tbl_name, sql FROM sqlite_master "
                    "WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")


def columns_of(db, index):
    return [row[2] for row in db.query(f'PRAGMA index_info("{index}")')]


def uses_an_index(db, query, table, what, where_column):
    steps = plan(db, query)
    if not any(step.startswith(f"SEARCH {table}") for step in steps):
        made = [sql for _, _, sql in learners_indexes(db)] or ["none yet"]
        raise CheckFailure(
            f"SQLite would run {what} by reading every row of {table} ({'; '.join(steps)}), "
            f"so it gets slower with every note people save. The query picks its rows by "
            f"{where_column} (look at its WHERE): it needs an index whose first column is that "
            f"one. Your indexes: {'; '.join(made)}. Run python show_plans.py to see the plans.",
            "indexes.sql")


def test_the_notes_page_finds_its_notes_through_an_index(db):
    uses_an_index(db, NOTES_PAGE, "notes", "query 1 (the notes page)", "owner_id")


def test_the_this_week_page_finds_its_notes_through_an_index(db):
    uses_an_index(db, THIS_WEEK, "notes", "query 3 (the this-week page)", "created")


def test_every_index_you_made_is_used_by_a_query(db):
    plans = {what: " ".join(plan(db, query)) for what, query in QUERIES.items()}
    for name, table, sql in learners_indexes(db):
        if any(f"INDEX {name} " in text for text in plans.values()):
            continue
        columns = columns_of(db, name)
        twins = [other for (other,) in db.query(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND name != ?",
            (table, name)) if columns_of(db, other)[:1] == columns[:1]]
        if twins and twins[0].startswith("sqlite_autoindex"):
            why = (f" {table}.{columns[0]} is UNIQUE, and a UNIQUE rule already comes with an "
                   "index of its own: query 2 uses that one. Remove yours.")
        elif twins:
            why = (f" The index {twins[0]} also starts with {columns[0]}, and SQLite uses only "
                   "one of them. Keep one.")
        else:
            why = (" No query picks its rows by the first column of this index, so SQLite never "
                   "uses it.")
        raise CheckFailure(
            f"Your index {name} ({sql}) is used by none of the app's three queries.{why} An "
            "index is not free: it takes room in the file, and every INSERT, UPDATE and DELETE "
            "must change it too. Make only the indexes a query needs.", "indexes.sql")


def test_indexes_sql_only_makes_indexes(db):
    after = everything(db)
    assert after == db.before, (
        "indexes.sql should only make indexes (CREATE INDEX ...), but after it ran the tables "
        f"or their rows are different: tables before {sorted(db.before)}, after {sorted(after)}. "
        "Remove every statement that is not a CREATE INDEX.")
    assert learners_indexes(db), "indexes.sql made no index. Write CREATE INDEX statements."
