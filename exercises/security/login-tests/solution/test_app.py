"""My tests for the log-in of the notes app.

The fixture client gives each test a fresh app with an empty database. The
helpers below fill in the forms as a browser would, with the form's CSRF token.
"""

import re

import pytest

from app import create_app


@pytest.fixture
def client(tmp_path):
    return create_app(tmp_path / "test.db").test_client()


def csrf(client, path):
    """The hidden csrf_token of the form on the page at path."""
    page = client.get(path).get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def sign_up(client, username, password):
    data = {"username": username, "password": password, "csrf_token": csrf(client, "/signup")}
    return client.post("/signup", data=data)


def log_in(client, username, password):
    data = {"username": username, "password": password, "csrf_token": csrf(client, "/login")}
    return client.post("/login", data=data)


def log_out(client):
    """Press the Log out button (it is on every page while someone is logged in)."""
    return client.post("/logout", data={"csrf_token": csrf(client, "/")})


def home_page(client):
    return client.get("/").get_data(as_text=True)


def test_the_right_password_logs_in(client):
    sign_up(client, "ana", "open sesame")
    response = log_in(client, "ana", "open sesame")
    assert response.status_code == 303
    assert "Logged in as ana" in home_page(client)



def test_a_wrong_password_is_refused(client):
    sign_up(client, "ana", "open sesame")
    response = log_in(client, "ana", "open sesame!")
    assert response.status_code == 400
    assert "Logged in as" not in home_page(client)


def test_an_unknown_user_gets_the_same_answer_as_a_wrong_password(client):
    sign_up(client, "ana", "open sesame")
    wrong_password = log_in(client, "ana", "not it at all")
    unknown_user = log_in(client, "nobody", "open sesame")
    assert unknown_user.status_code == 400
    assert unknown_user.get_data(as_text=True) == wrong_password.get_data(as_text=True)


def test_logging_out_forgets_the_user(client):
    sign_up(client, "ana", "open sesame")
    log_in(client, "ana", "open sesame")
    response = log_out(client)
    assert response.status_code == 303
    assert "Logged in as" not in home_page(client)


def test_notes_need_a_log_in(client):
    response = client.get("/notes")
    assert response.status_code == 303
    assert response.headers["Location"] == "/login"
