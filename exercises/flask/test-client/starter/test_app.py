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


# TODO: add tests for the rest: posting a book (where does it send the
# browser? is the book listed?), the order of the books, a book with no
# title, a title that looks like HTML, and the page of one book.
