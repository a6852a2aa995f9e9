"""My tests for the notes app. Each test gets its own empty database."""

from app import create_app


def make_client(wsgi_client, tmp_path):
    return wsgi_client(create_app(tmp_path / "notes.db"))


def test_home_page_answers_200(wsgi_client, tmp_path):
    client = make_client(wsgi_client, tmp_path)
    assert client.get("/").status == 200


# TODO: a test for each thing a person can do with the app: save a note and
# see it (title and body), the order of the notes, a note without a title,
# deleting a note, and a title with HTML in it.
