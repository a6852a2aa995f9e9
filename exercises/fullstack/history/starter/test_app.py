"""My tests for the notes app. Each test gets its own empty database."""

from app import create_app


def make_client(wsgi_client, tmp_path):
    return wsgi_client(create_app(tmp_path / "notes.db"))


def test_home_page_answers_200(wsgi_client, tmp_path):
    client = make_client(wsgi_client, tmp_path)
    assert client.get("/").status == 200


def test_a_saved_note_appears_on_the_home_page(wsgi_client, tmp_path):
    client = make_client(wsgi_client, tmp_path)
    response = client.post("/notes", data={"title": "Shopping", "body": "Tea and soap"})
    assert response.status == 303
    page = client.get("/").text
    assert "Shopping" in page
    assert "Tea and soap" in page


def test_a_note_without_a_title_is_refused(wsgi_client, tmp_path):
    client = make_client(wsgi_client, tmp_path)
    response = client.post("/notes", data={"title": "  ", "body": "no title"})
    assert response.status == 400
    assert "no title" not in client.get("/").text


def test_the_newest_note_comes_first(wsgi_client, tmp_path):
    client = make_client(wsgi_client, tmp_path)
    client.post("/notes", data={"title": "apples first"})
    client.post("/notes", data={"title": "bananas second"})
    page = client.get("/").text
    assert page.index("bananas second") < page.index("apples first")


def test_deleting_a_note_removes_it(wsgi_client, tmp_path):
    client = make_client(wsgi_client, tmp_path)
    client.post("/notes", data={"title": "keep me"})
    client.post("/notes", data={"title": "delete me"})
    response = client.post("/notes/2/delete")
    assert response.status == 303
    page = client.get("/").text
    assert "delete me" not in page
    assert "keep me" in page


def test_html_in_a_title_is_shown_as_text(wsgi_client, tmp_path):
    client = make_client(wsgi_client, tmp_path)
    client.post("/notes", data={"title": "<b>bold</b>"})
    page = client.get("/").text
    assert "<b>bold</b>" not in page
    assert "&lt;b&gt;bold&lt;/b&gt;" in page
