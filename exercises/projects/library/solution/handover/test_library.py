"""My tests for the library: the model with a real database file, and the API."""

import library_db
from app import create_app


def test_a_new_book_is_on_the_shelf(tmp_path):
    db = library_db.connect(tmp_path / "test.db")
    library_db.add_book(db, "Small Island", "Andrea Levy")
    assert library_db.all_books(db) == [
        {"id": 1, "title": "Small Island", "author": "Andrea Levy", "borrower": None}
    ]


def test_a_lent_book_cannot_be_lent_again(tmp_path):
    db = library_db.connect(tmp_path / "test.db")
    book_id = library_db.add_book(db, "Small Island", "Andrea Levy")
    library_db.lend(db, book_id, "Ana")
    try:
        library_db.lend(db, book_id, "Bo")
    except ValueError as error:
        assert str(error) == "That book is already lent out."
    else:
        raise AssertionError("lending a lent book should raise ValueError")


def test_the_api_adds_and_lists_books(tmp_path):
    client = create_app(tmp_path / "test.db").test_client()
    answer = client.post(
        "/api/books", json={"title": "Things Fall Apart", "author": "Chinua Achebe"}
    )
    assert answer.status_code == 201
    titles = [book["title"] for book in client.get("/api/books").get_json()]
    assert titles == ["Things Fall Apart"]


def test_the_api_refuses_a_book_without_a_title(tmp_path):
    client = create_app(tmp_path / "test.db").test_client()
    answer = client.post("/api/books", json={"title": " ", "author": "Nobody"})
    assert answer.status_code == 400
    assert answer.get_json() == {"error": "A book needs a title."}


def test_lending_a_book_that_does_not_exist_answers_404(tmp_path):
    client = create_app(tmp_path / "test.db").test_client()
    answer = client.post("/api/books/99/lend", json={"borrower": "Ana"})
    assert answer.status_code == 404
