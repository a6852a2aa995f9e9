"""My tests for the reading list, with Flask's test client.

Each test gets its own app with its own new database file, from the fixture
client below, so no test sees another test's books.
"""

import pytest

from app import create_app


@pytest.fixture
def client(tmp_path):
    app = create_app(tmp_path / "test.db")
    return app.test_client()


def test_the_home_page_answers_200(client):
    response = client.get("/")
    assert response.status_code == 200


def test_posting_a_book_redirects_home_and_lists_it(client):
    response = client.post("/books", data={"title": "Dune", "author": "Frank Herbert"})
    assert response.status_code == 303
    assert response.headers["Location"] == "/"
    page = client.get("/").get_data(as_text=True)
    assert "Dune" in page


def test_the_newest_book_comes_first(client):
    client.post("/books", data={"title": "Apples", "author": "A"})
    client.post("/books", data={"title": "Bananas", "author": "B"})
    page = client.get("/").get_data(as_text=True)
    assert page.index("Bananas") < page.index("Apples")


def test_a_book_without_a_title_is_refused(client):
    response = client.post("/books", data={"title": "  ", "author": "Nobody"})
    assert response.status_code == 400
    assert "Nobody" not in client.get("/").get_data(as_text=True)


def test_a_title_that_looks_like_html_is_shown_as_text(client):
    client.post("/books", data={"title": "<b>Bold</b>", "author": "Eve"})
    page = client.get("/").get_data(as_text=True)
    assert "<b>Bold</b>" not in page
    assert "&lt;b&gt;Bold&lt;/b&gt;" in page


def test_a_book_has_its_own_page(client):
    client.post("/books", data={"title": "Matilda", "author": "Roald Dahl"})
    page = client.get("/books/1")
    assert page.status_code == 200
    assert "Roald Dahl" in page.get_data(as_text=True)


def test_a_book_that_does_not_exist_answers_404(client):
    assert client.get("/books/99").status_code == 404
