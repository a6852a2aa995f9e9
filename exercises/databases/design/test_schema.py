"""Checks for schema.sql: the tables it makes, and the rows they refuse.

Each check builds an empty database, switches on foreign key checking, runs
schema.sql, then tries to add rows, good and bad.
"""

import sqlite3

from tutor.checks import CheckFailure


def build(sql_db):
    db = sql_db()
    db.query("PRAGMA foreign_keys = ON")
    db.run_file("schema.sql")
    return db


def require_table(db, table, columns):
    if table not in db.tables():
        raise CheckFailure(
            f"schema.sql makes no table called {table}. The tables it makes: "
            f"{', '.join(db.tables()) or 'none'}. Start it with CREATE TABLE {table} (",
            "schema.sql",
        )
    got = db.column_names(table)
    if sorted(got) != sorted(columns):
        raise CheckFailure(
            f"The {table} table should have the columns {', '.join(columns)}, but it has "
            f"{', '.join(got)}. Check the spelling of each column name in schema.sql.",
            "schema.sql",
        )


def refused(db, sql, params=()):
    """True when the database refuses the statement because of a rule in the table."""
    try:
        db.query(sql, params)
    except sqlite3.IntegrityError:
        return True
    return False


def add_event(db, title="Poetry night", day="2026-11-02"):
    db.query("INSERT INTO events (title, day) VALUES (?, ?)", (title, day))
    return db.query("SELECT id FROM events WHERE title = ?", (title,))[0][0]


def test_events_has_an_id_title_and_day(sql_db):
    db = build(sql_db)
    require_table(db, "events", ["id", "title", "day"])


def test_events_id_is_a_primary_key_the_database_fills_in(sql_db):
    db = build(sql_db)
    require_table(db, "events", ["id", "title", "day"])
    first = add_event(db, "Poetry night")
    second = add_event(db, "Book swap")
    if not (isinstance(first, int) and isinstance(second, int) and first != second):
        raise CheckFailure(
            f"Two new events, added without an id, got the ids {first!r} and {second!r}. The "
            "database should number them for you: declare the column as id INTEGER PRIMARY KEY.",
            "schema.sql",
        )


def test_an_event_needs_a_title_and_a_day(sql_db):
    db = build(sql_db)
    require_table(db, "events", ["id", "title", "day"])
    for column, sql in (
        ("title", "INSERT INTO events (day) VALUES ('2026-11-02')"),
        ("day", "INSERT INTO events (title) VALUES ('Poetry night')"),
    ):
        if not refused(db, sql):
            raise CheckFailure(
                f"An event with no {column} was accepted, but every event needs one. Add "
                f"NOT NULL after the type of the {column} column.",
                "schema.sql",
            )


def test_two_events_cannot_have_the_same_title(sql_db):
    db = build(sql_db)
    require_table(db, "events", ["id", "title", "day"])
    add_event(db, "Poetry night", "2026-11-02")
    if not refused(db, "INSERT INTO events (title, day) VALUES ('Poetry night', '2026-12-07')"):
        raise CheckFailure(
            "A second event called 'Poetry night' was accepted, but titles should be different "
            "from each other. Add UNIQUE to the title column.",
            "schema.sql",
        )


def test_bookings_has_an_id_event_id_and_member(sql_db):
    db = build(sql_db)
    require_table(db, "bookings", ["id", "event_id", "member"])
    event = add_event(db)
    db.query("INSERT INTO bookings (event_id, member) VALUES (?, 'Ana')", (event,))
    (booking_id,) = db.query("SELECT id FROM bookings")[0]
    if not isinstance(booking_id, int):
        raise CheckFailure(
            f"A new booking, added without an id, got the id {booking_id!r}. Declare the "
            "column as id INTEGER PRIMARY KEY, as in events.",
            "schema.sql",
        )


def test_a_booking_needs_an_event_and_a_member(sql_db):
    db = build(sql_db)
    require_table(db, "bookings", ["id", "event_id", "member"])
    event = add_event(db)
    for column, sql, params in (
        ("member", "INSERT INTO bookings (event_id) VALUES (?)", (event,)),
        ("event_id", "INSERT INTO bookings (member) VALUES ('Ana')", ()),
    ):
        if not refused(db, sql, params):
            raise CheckFailure(
                f"A booking with no {column} was accepted, but every booking needs one. Add "
                f"NOT NULL to the {column} column.",
                "schema.sql",
            )


def test_a_booking_must_point_at_an_event_that_exists(sql_db):
    db = build(sql_db)
    require_table(db, "bookings", ["id", "event_id", "member"])
    add_event(db)
    if not refused(db, "INSERT INTO bookings (event_id, member) VALUES (99, 'Ana')"):
        raise CheckFailure(
            "A booking for event 99 was accepted, but there is no event 99. Make event_id a "
            "foreign key: write REFERENCES events(id) after its type.",
            "schema.sql",
        )
