"""Checks for library.py: each check builds the library in a new database file,
then calls your functions with a connection to it."""

import sqlite3


def library_file(exercise_dir, tmp_path):
    """A fresh library database file, built from library.sql."""
    path = tmp_path / "library.db"
    with sqlite3.connect(path) as connection:
        connection.executescript((exercise_dir / "starter" / "library.sql").read_text("utf-8"))
    connection.close()
    return path


def connect(files, exercise_dir, tmp_path):
    library = files.python_module("library")
    return library, library.open_library(str(library_file(exercise_dir, tmp_path)))


def test_count_books_gives_the_number_of_books(files, exercise_dir, tmp_path):
    library, connection = connect(files, exercise_dir, tmp_path)
    got = library.count_books(connection)
    assert got == 12, (
        f"count_books should give 12 (the library has 12 books), but it gave {got!r}. "
        "Run SELECT COUNT(*) FROM books, take the one row with .fetchone(), and return "
        "the value at [0] of it."
    )
    connection.execute("DELETE FROM loans")
    connection.execute("DELETE FROM books WHERE id > 10")
    got = library.count_books(connection)
    assert got == 10, (
        f"With 2 books removed, count_books should give 10, but it gave {got!r}. Count the rows "
        "with SQL every time, instead of returning a fixed number."
    )


def test_titles_by_gives_an_authors_titles_a_to_z(files, exercise_dir, tmp_path):
    library, connection = connect(files, exercise_dir, tmp_path)
    got = library.titles_by(connection, "Charles Dickens")
    assert got == ["Great Expectations", "Oliver Twist"], (
        "titles_by(connection, 'Charles Dickens') should give "
        f"['Great Expectations', 'Oliver Twist'], but it gave {got!r}. It should be a list "
        "of titles (text), not of rows, sorted with ORDER BY."
    )
    got = library.titles_by(connection, "Maya Angelou")
    assert got == ["I Know Why the Caged Bird Sings"], (
        "titles_by(connection, 'Maya Angelou') should give ['I Know Why the Caged Bird Sings'], "
        f"but it gave {got!r}. Use the author_name parameter with a ? placeholder."
    )
    got = library.titles_by(connection, "Nobody Known")
    assert got == [], (
        f"titles_by for an author who is not in the library should give [], but it gave {got!r}."
    )


def test_titles_by_works_for_a_name_with_an_apostrophe(files, exercise_dir, tmp_path):
    library, connection = connect(files, exercise_dir, tmp_path)
    connection.execute(
        "INSERT INTO authors (id, name, country) VALUES (9, 'Flann O''Brien', 'Ireland')"
    )
    connection.execute(
        "INSERT INTO books (title, author_id, year, pages, genre) "
        "VALUES ('The Third Policeman', 9, 1967, 200, 'novel')"
    )
    try:
        got = library.titles_by(connection, "Flann O'Brien")
    except sqlite3.Error as error:
        raise AssertionError(
            "titles_by(connection, \"Flann O'Brien\") crashed with the SQL error "
            f"'{error}'. The ' in the name ended the quoted text in your SQL. Put a ? where the "
            "name goes and pass the name separately: connection.execute(sql, (author_name,))."
        ) from None
    assert got == ["The Third Policeman"], (
        "titles_by(connection, \"Flann O'Brien\") should give ['The Third Policeman'], but it "
        f"gave {got!r}."
    )


def test_add_member_saves_the_member_and_gives_its_id(files, exercise_dir, tmp_path):
    library, connection = connect(files, exercise_dir, tmp_path)
    new_id = library.add_member(connection, "Fay", "C")
    assert new_id == 6, (
        f"add_member(connection, 'Fay', 'C') should give the new member's id, 6, but it gave "
        f"{new_id!r}. After the INSERT, the cursor's .lastrowid is the new row's id."
    )
    path = tmp_path / "library.db"
    with sqlite3.connect(path) as other:
        rows = other.execute("SELECT id, name, wing FROM members WHERE id = 6").fetchall()
    other.close()
    assert rows == [(6, "Fay", "C")], (
        "After add_member(connection, 'Fay', 'C'), another program that opens the database "
        f"should see the row (6, 'Fay', 'C'), but it sees {rows!r}. "
        + ("Call connection.commit() after the INSERT, or the change is never saved."
           if not rows else "Check the order of the columns and the values.")
    )
