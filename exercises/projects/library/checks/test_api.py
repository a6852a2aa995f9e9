"""Milestone "api" (week 2): app.py answers JSON, with the right status for each case."""

import pytest

from tutor.checks import CheckFailure

NO_SUCH = {"error": "There is no such book."}


@pytest.fixture
def client(files, wsgi_client, tmp_path):
    module = files.python_module("app")
    if not callable(getattr(module, "create_app", None)):
        raise CheckFailure(
            "app.py has no function called create_app. Write def create_app(db_path): that "
            "makes the Flask app, keeps db_path in app.config, and returns the app.",
            "app.py",
        )
    return wsgi_client(module.create_app(str(tmp_path / "library.db")), name="app.py")


def add(client, title, author):
    answer = client.post("/api/books", json_body={"title": title, "author": author})
    answer.assert_status(201)
    return answer.json()


def test_the_list_of_books_starts_empty(client):
    answer = client.get("/api/books")
    answer.assert_status(200)
    assert answer.json() == [], (
        f"With a new database, GET /api/books should answer [], but it answered {answer.json()}."
    )


def test_a_new_book_answers_201_and_joins_the_list(client):
    book = add(client, "Small Island", "Andrea Levy")
    expected = {
        "id": book.get("id"),
        "title": "Small Island",
        "author": "Andrea Levy",
        "borrower": None,
    }
    assert isinstance(book.get("id"), int) and book == expected, (
        f"POST /api/books should answer with the new book, like {expected}, but it answered {book}."
    )
    listed = client.get("/api/books").json()
    assert listed == [book], f"After adding it, GET /api/books should give [{book}], not {listed}."


def test_a_book_without_a_title_answers_400(client):
    for body in ({"title": "", "author": "Andrea Levy"}, {"author": "Andrea Levy"}, None):
        answer = (
            client.post("/api/books", json_body=body)
            if body is not None
            else client.post("/api/books", data={"title": "form, not JSON"})
        )
        assert answer.status == 400 and answer.json() == {"error": "A book needs a title."}, (
            f"POST /api/books with {body if body is not None else 'a form (not JSON)'} should "
            f"answer 400 with {{'error': 'A book needs a title.'}}, but it answered "
            f"{answer.status} with {answer.text[:120]!r}."
        )
    assert client.get("/api/books").json() == [], "A refused book should not be saved."


def test_a_book_is_lent_and_returned(client):
    book = add(client, "Small Island", "Andrea Levy")
    answer = client.post(f"/api/books/{book['id']}/lend", json_body={"borrower": "Ana"})
    answer.assert_status(200)
    assert answer.json().get("borrower") == "Ana", (
        f"POST /api/books/{book['id']}/lend with {{'borrower': 'Ana'}} should answer with the "
        f"book, its borrower now 'Ana', but it answered {answer.json()}."
    )
    answer = client.post(f"/api/books/{book['id']}/return")
    answer.assert_status(200)
    assert answer.json().get("borrower") is None, (
        f"POST /api/books/{book['id']}/return should answer with the book back on the shelf "
        f"(borrower None), but it answered {answer.json()}."
    )


def test_what_cannot_be_done_is_refused_with_its_reason(client):
    book = add(client, "Small Island", "Andrea Levy")
    lend = f"/api/books/{book['id']}/lend"
    cases = [
        ("/api/books/999/lend", {"borrower": "Ana"}, 404, NO_SUCH),
        ("/api/books/999/return", None, 404, NO_SUCH),
        (lend, {"borrower": " "}, 400, {"error": "Say who borrows the book."}),
        (
            f"/api/books/{book['id']}/return",
            None,
            400,
            {"error": "That book is on the shelf already."},
        ),
        (lend, {"borrower": "Ana"}, 200, None),
        (lend, {"borrower": "Bo"}, 400, {"error": "That book is already lent out."}),
    ]
    for path, body, status, expected in cases:
        answer = client.post(path, json_body=body)
        said = f"POST {path}" + (f" with {body}" if body else "")
        assert answer.status == status, (
            f"{said} should answer {status}, but your app answered {answer.status}."
        )
        if expected is not None:
            assert answer.json() == expected, (
                f"{said} should answer {expected}, but it answered {answer.text[:120]!r}."
            )


def test_the_books_are_kept_in_the_database_file(files, wsgi_client, tmp_path):
    module = files.python_module("app")
    path = str(tmp_path / "kept.db")
    add(wsgi_client(module.create_app(path), name="app.py"), "Small Island", "Andrea Levy")
    again = wsgi_client(module.create_app(path), name="app.py")
    titles = [book["title"] for book in again.get("/api/books").json()]
    assert titles == ["Small Island"], (
        f"A book added, then the app started again on the same database file, should still be "
        f"there, but GET /api/books gave {titles}. Keep the books in the database, through "
        "library_db, not in a Python list."
    )
