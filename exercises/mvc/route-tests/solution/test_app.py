"""My tests for the noticeboard's routes.

app.py keeps its notices in one variable, `board`. The `client` fixture gives
each test a new, empty board, so no test sees another test's notices.
"""

import pytest

import app as noticeboard
from models import Board


@pytest.fixture
def client(wsgi_client):
    """A client for the noticeboard, with a new, empty board for this test."""
    noticeboard.board = Board()
    return wsgi_client(noticeboard.app)


def test_home_page_answers_200(client):
    response = client.get("/")
    assert response.status == 200


def test_an_address_with_no_page_answers_404(client):
    assert client.get("/nowhere").status == 404


def test_posting_a_notice_sends_the_browser_home(client):
    response = client.post("/add", data={"author": "Ana", "text": "Chess on Friday"})
    assert response.status == 303
    assert response.location == "/"


def test_a_posted_notice_appears_on_the_home_page(client):
    client.post("/add", data={"author": "Bo", "text": "Lost: a blue pen"})
    assert "Lost: a blue pen" in client.get("/").text


def test_the_newest_notice_comes_first(client):
    client.post("/add", data={"author": "Cy", "text": "apples first"})
    client.post("/add", data={"author": "Cy", "text": "bananas second"})
    page = client.get("/").text
    assert page.index("bananas second") < page.index("apples first")


def test_a_notice_with_no_text_is_refused(client):
    response = client.post("/add", data={"author": "Dee", "text": ""})
    assert response.status == 400


def test_html_in_a_notice_is_shown_as_text(client):
    client.post("/add", data={"author": "Eli", "text": "<b>bold</b>"})
    page = client.get("/").text
    assert "<b>bold</b>" not in page
    assert "&lt;b&gt;bold&lt;/b&gt;" in page
