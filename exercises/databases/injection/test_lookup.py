"""Checks for lookup.py: ordinary searches, and searches for text that a
pasted-together query would get wrong."""

import sqlite3


def library(files, exercise_dir):
    lookup = files.python_module("lookup")
    connection = sqlite3.connect(":memory:")
    connection.executescript((exercise_dir / "starter" / "library.sql").read_text("utf-8"))
    return lookup, connection


def call(function, connection, text):
    """Call the learner's function; an SQL error becomes a sentence."""
    try:
        return function(connection, text)
    except sqlite3.Error as error:
        raise AssertionError(
            f"{function.__name__}(connection, {text!r}) crashed with the SQL error '{error}'. "
            "The ' in the typed text ended the quoted text in your SQL, so the rest was read "
            "as SQL. Put a ? in the SQL where the value goes, and pass the value separately."
        ) from None


def test_find_member_finds_a_member_by_name(files, exercise_dir):
    lookup, connection = library(files, exercise_dir)
    got = call(lookup.find_member, connection, "Cy")
    assert got == [(3, "Cy", "A")], (
        f"find_member(connection, 'Cy') should give [(3, 'Cy', 'A')], but it gave {got!r}."
    )
    got = call(lookup.find_member, connection, "Zed")
    assert got == [], f"find_member for a name nobody has should give [], but it gave {got!r}."


def test_find_member_works_for_a_name_with_an_apostrophe(files, exercise_dir):
    lookup, connection = library(files, exercise_dir)
    connection.execute("INSERT INTO members (id, name, wing) VALUES (6, 'Shay O''Neil', 'C')")
    got = call(lookup.find_member, connection, "Shay O'Neil")
    assert got == [(6, "Shay O'Neil", "C")], (
        "find_member(connection, \"Shay O'Neil\") should give [(6, \"Shay O'Neil\", 'C')], but "
        f"it gave {got!r}."
    )


def test_find_member_gives_nothing_for_a_trick_name(files, exercise_dir):
    lookup, connection = library(files, exercise_dir)
    trick = "nobody' OR '1' = '1"
    got = call(lookup.find_member, connection, trick)
    assert got == [], (
        f"find_member(connection, {trick!r}) should give [] (nobody has that name), but it gave "
        f"{len(got)} rows: {got!r}. The typed text became part of your SQL, and its OR made the "
        "WHERE true for every member. Use a ? placeholder, so the text is only ever a name."
    )


def test_members_in_wing_finds_the_members_of_a_wing(files, exercise_dir):
    lookup, connection = library(files, exercise_dir)
    got = call(lookup.members_in_wing, connection, "B")
    assert got == ["Bo", "Eli"], (
        f"members_in_wing(connection, 'B') should give ['Bo', 'Eli'], but it gave {got!r}."
    )


def test_members_in_wing_gives_nothing_for_a_trick_wing(files, exercise_dir):
    lookup, connection = library(files, exercise_dir)
    trick = "Z' OR wing <> 'Z"
    got = call(lookup.members_in_wing, connection, trick)
    assert got == [], (
        f"members_in_wing(connection, {trick!r}) should give [] (there is no such wing), but it "
        f"gave {got!r}. The typed text changed your SQL. Use a ? placeholder and pass the wing "
        "separately: connection.execute(sql, (wing,))."
    )
