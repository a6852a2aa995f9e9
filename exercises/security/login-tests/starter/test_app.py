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


# TODO: more tests. What should happen with a wrong password? With a username
# nobody signed up with? After logging out? When someone who is not logged in
# asks for /notes?
