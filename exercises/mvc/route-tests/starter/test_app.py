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


# TODO: add tests for the other routes: an address with no page, posting a
# notice (where does it send the browser? does the notice appear?), the
# order of the notices, a notice with no text, and text that looks like HTML.
