"""My tests for the noticeboard's routes.

All the tests in this file share one board: a notice posted in one test is
still there in the next. So look for your own notices, not for an exact list.
"""

from app import app


def test_home_page_answers_200(wsgi_client):
    client = wsgi_client(app)
    response = client.get("/")
    assert response.status == 200


def test_an_address_with_no_page_answers_404(wsgi_client):
    client = wsgi_client(app)
    assert client.get("/nowhere").status == 404


def test_posting_a_notice_sends_the_browser_home(wsgi_client):
    client = wsgi_client(app)
    response = client.post("/add", data={"author": "Ana", "text": "Chess on Friday"})
    assert response.status == 303
    assert response.location == "/"


def test_a_posted_notice_appears_on_the_home_page(wsgi_client):
    client = wsgi_client(app)
    client.post("/add", data={"author": "Bo", "text": "Lost: a blue pen"})
    assert "Lost: a blue pen" in client.get("/").text


def test_the_newest_notice_comes_first(wsgi_client):
    client = wsgi_client(app)
    client.post("/add", data={"author": "Cy", "text": "apples first"})
    client.post("/add", data={"author": "Cy", "text": "bananas second"})
    page = client.get("/").text
    assert page.index("bananas second") < page.index("apples first")


def test_a_notice_with_no_text_is_refused(wsgi_client):
    client = wsgi_client(app)
    response = client.post("/add", data={"author": "Dee", "text": ""})
    assert response.status == 400


def test_html_in_a_notice_is_shown_as_text(wsgi_client):
    client = wsgi_client(app)
    client.post("/add", data={"author": "Eli", "text": "<b>bold</b>"})
    page = client.get("/").text
    assert "<b>bold</b>" not in page
    assert "&lt;b&gt;bold&lt;/b&gt;" in page
