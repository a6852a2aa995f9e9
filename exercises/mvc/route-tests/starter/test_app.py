"""My tests for the noticeboard's routes.

All the tests in this file share one board: a notice posted in one test is
still there in the next. So look for your own notices, not for an exact list.
"""

from app import app


def test_home_page_answers_200(wsgi_client):
    client = wsgi_client(app)
    response = client.get("/")
    assert response.status == 200


# TODO: add tests for the other routes: an address with no page, posting a
# notice (where does it send the browser? does the notice appear?), the
# order of the notices, a notice with no text, and text that looks like HTML.
