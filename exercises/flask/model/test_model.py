"""Checks for books_db.py (the model) and app.py (the connection), with real database files."""

# ---- How these checks talk to your app: Flask's own test client. ----
import traceback
from pathlib import Path

from flask import Flask

from tutor.checks import CheckFailure


def _crash(error, request, doing="answering"):
    """A sentence for an error in the learner's code: which file and line."""
    frames = [f for f in traceback.extract_tb(error.__traceback__)
              if "site-packages" not in f.filename and "/tutor/" not in f.filename
              and not Path(f.filename).name.startswith("test_")]
    place = ""
    file = line = None
    if frames:
        file, line = Path(frames[-1].filename).name, frames[-1].lineno
        place = f" ({file} line {line})"
    return CheckFailure(
        f"Your app crashed while {doing} {request}{place}: "
        f"{type(error).__name__}: {error}", file, line)


class Client:
    """Flask's test client, with crashes told as sentences. Keeps cookies, like a browser."""

    def __init__(self, app):
        app.testing = True  # errors reach the checks instead of becoming a bare 500 page
        self.flask = app
        self.client = app.test_client()

    def request(self, method, path, **kwargs):
        try:
            return self.client.open(path, method=method, **kwargs)
        except CheckFailure:
            raise
        except Exception as error:
            raise _crash(error, f"{method} {path}") from None

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)

    def post(self, path, **kwargs):
        return self.request("POST", path, **kwargs)


def flask_app(found, where):
    """`found` must be a Flask app; `where` says where the checks looked for it."""
    if not isinstance(found, Flask):
        raise CheckFailure(
            f"The checks looked for a Flask app in {where}, but found "
            f"{_what(found)}. Make one with app = Flask(__name__), as in the lesson.")
    return found


def _what(found):
    if found is None:
        return "nothing"
    if callable(found):
        return "a plain function (a WSGI app written by hand?), not a Flask app"
    return f"a {type(found).__name__}"


def said(response):
    """The text of a response, for messages."""
    return response.get_data(as_text=True)
# ---- end of the helper ----


import sqlite3

import pytest


@pytest.fixture
def model(files, tmp_path):
    books_db = files.python_module("books_db")
    connection = books_db.connect(str(tmp_path / "books.db"))
    yield books_db, connection
    connection.close()


def test_add_book_saves_a_book_and_gives_its_id(model):
    books_db, connection = model
    new_id = books_db.add_book(connection, "  Dune ", " Frank Herbert  ")
    assert isinstance(new_id, int), (
        f"add_book should return the new book's id (a whole number), but it returned "
        f"{new_id!r}. Return the cursor's lastrowid.")
    rows = connection.execute("SELECT id, title, author FROM books").fetchall()
    assert rows == [(new_id, "Dune", "Frank Herbert")], (
        f"After add_book(connection, '  Dune ', ' Frank Herbert  '), the table should hold "
        f"{[(new_id, 'Dune', 'Frank Herbert')]!r} (spaces removed), but it holds {rows!r}.")


def test_add_book_keeps_quotes_and_sql_as_text(model):
    books_db, connection = model
    for title in ("O'Brien's \"Guide\"", "Dune'); DROP TABLE books; --"):
        try:
            books_db.add_book(connection, title, "Someone")
        except sqlite3.Error as error:
            raise CheckFailure(
                f"add_book stopped with an SQL error ({error}) for the title {title!r}: the "
                "title became part of the SQL. Use ? placeholders and pass the values "
                "separately: execute(\"INSERT ... VALUES (?, ?)\", (title, author)).",
                "books_db.py") from None
    titles = [row[0] for row in connection.execute("SELECT title FROM books ORDER BY id")]
    assert titles == ["O'Brien's \"Guide\"", "Dune'); DROP TABLE books; --"], (
        f"Titles with quotes and SQL in them should be saved exactly as typed, but the table "
        f"holds {titles!r}. Use ? placeholders.")


def test_add_book_refuses_an_empty_title(model):
    books_db, connection = model
    for title in ("", "   "):
        try:
            books_db.add_book(connection, title, "Someone")
        except ValueError as error:
            assert str(error) == "A book needs a title.", (
                f"add_book refused the title {title!r}, good, but its reason should be 'A book "
                f"needs a title.', and it is {str(error)!r}.")
        else:
            raise CheckFailure(
                f"add_book(connection, {title!r}, 'Someone') should raise ValueError(\"A book "
                "needs a title.\"), but it raised nothing. Check the title after strip(), "
                "before the INSERT.", "books_db.py")
    count = connection.execute("SELECT count(*) FROM books").fetchone()[0]
    assert count == 0, f"A refused book should not be saved, but the table has {count} rows."


def test_all_books_gives_the_newest_first(model):
    books_db, connection = model
    first = books_db.add_book(connection, "Beloved", "Toni Morrison")
    second = books_db.add_book(connection, "Matilda", "Roald Dahl")
    got = books_db.all_books(connection)
    expected = [(second, "Matilda", "Roald Dahl"), (first, "Beloved", "Toni Morrison")]
    assert [tuple(row) for row in got or []] == expected, (
        f"all_books should give {expected!r}, newest first, but it gave {got!r}. Use "
        "SELECT id, title, author FROM books ORDER BY id DESC, and .fetchall().")


def test_get_db_gives_one_connection_per_request_and_closes_it(files, tmp_path):
    module = files.python_module("app")
    app = flask_app(module.create_app(tmp_path / "books.db"), "what create_app returns")
    with app.app_context():
        first = module.get_db()
        assert isinstance(first, sqlite3.Connection), (
            f"get_db() should give an sqlite3 connection, but it gave {first!r}. Open it "
            "with books_db.connect(current_app.config[\"DATABASE\"]) and return it.")
        assert module.get_db() is first, (
            "get_db() opened a second connection in the same request. Keep the first in g "
            "(g.db = ...) and give that one back when it is there: if \"db\" not in g: ...")
    try:
        first.execute("SELECT 1")
    except sqlite3.ProgrammingError:
        return
    raise CheckFailure(
        "The connection was still open after the request ended. In close_db, take it out of "
        "g with g.pop(\"db\", None) and close() it; in create_app, register it with "
        "app.teardown_appcontext(close_db).", "app.py")


def test_the_app_keeps_books_in_its_database_file(files, tmp_path):
    module = files.python_module("app")
    path = tmp_path / "library.db"
    client = Client(flask_app(module.create_app(path), "what create_app returns"))
    posted = client.post("/books", data={"title": "Small Gods", "author": "Terry Pratchett"})
    assert posted.status_code == 303, (
        f"POST /books with a good book should redirect, but it answered {posted.status}.")
    later = Client(module.create_app(path))
    assert "Small Gods by Terry Pratchett" in said(later.get("/")), (
        "A book posted to one app should be on the home page of a new app made with the same "
        "database file: the books should be saved in the file. Check add_book's commit().")


def test_a_request_that_never_opens_the_database_ends_cleanly(files, tmp_path):
    module = files.python_module("app")
    app = flask_app(module.create_app(tmp_path / "books.db"), "what create_app returns")
    try:
        with app.app_context():
            pass  # like a request for a page that needs no database
    except Exception as error:
        crash = _crash(error, "a request that never called get_db()", "ending")
        raise CheckFailure(
            f"{crash}. A request that never asked for the database has no db in g. In "
            "close_db, take it out with g.pop(\"db\", None), and close it only when it is "
            "not None.", crash.file, crash.line) from None
    client = Client(app)
    missing = client.get("/no-such-page")
    assert missing.status_code == 404, (
        f"GET /no-such-page should answer 404, but it answered {missing.status}.")
