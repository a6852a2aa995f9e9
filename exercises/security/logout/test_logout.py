"""Checks for log-out: POST /logout, through Flask's own test client."""

# ---- How these checks talk to your app: Flask's own test client. ----
import traceback
from pathlib import Path

from flask import Flask

from tutor.checks import CheckFailure


def _crash(error, request, doing="answering"):
    """A sentence for an error in the learner's code: which file and line."""
    frames = [f for f in traceback.extract_tb(error.__traceback__)
              if "site-packages" not in f.filename and "/tutor/" not in f.filename
              and not Path(f.filename).name.startswith("test_")]
    place = ""
    file = line = None
    if frames:
        file, line = Path(frames[-1].filename).name, frames[-1].lineno
        place = f" ({file} line {line})"
    return CheckFailure(
        f"Your app crashed while {doing} {request}{place}: "
        f"{type(error).__name__}: {error}", file, line)


class Client:
    """Flask's test client, with crashes told as sentences. Keeps cookies, like a browser."""

    def __init__(self, app):
        app.testing = True  # errors reach the checks instead of becoming a bare 500 page
        self.flask = app
        self.client = app.test_client()

    def request(self, method, path, **kwargs):
        try:
            return self.client.open(path, method=method, **kwargs)
        except CheckFailure:
            raise
        except Exception as error:
            raise _crash(error, f"{method} {path}") from None

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)

    def post(self, path, **kwargs):
        return self.request("POST", path, **kwargs)


def flask_app(found, where):
    """`found` must be a Flask app; `where` says where the checks looked for it."""
    if not isinstance(found, Flask):
        raise CheckFailure(
            f"The checks looked for a Flask app in {where}, but found "
            f"{_what(found)}. Make one with app = Flask(__name__), as in the lesson.")
    return found


def _what(found):
    if found is None:
        return "nothing"
    if callable(found):
        return "a plain function (a WSGI app written by hand?), not a Flask app"
    return f"a {type(found).__name__}"


def said(response):
    """The text of a response, for messages."""
    return response.get_data(as_text=True)


# ---- Signing up and logging in, as a browser would (with the form's CSRF token if any). ----
import re

from bs4 import BeautifulSoup


def make(files, tmp_path, name="notes.db"):
    """A fresh app from the learner's create_app, with its own database file."""
    module = files.python_module("app")
    factory = getattr(module, "create_app", None)
    if not callable(factory):
        raise CheckFailure("app.py has no function called create_app(db_path).", "app.py")
    try:
        app = factory(tmp_path / name)
    except Exception as error:
        raise _crash(error, "create_app(db_path)", "running") from None
    return Client(flask_app(app, "what create_app(db_path) returns"))


def token(client, path):
    """The hidden csrf_token of the form on the page at path, or "" when there is none."""
    found = re.search(r'name="csrf_token" value="([^"]*)"', said(client.get(path)))
    return found.group(1) if found else ""


def sign_up(client, username, password):
    return client.post("/signup", data={"username": username, "password": password,
                                        "csrf_token": token(client, "/signup")})


def log_in(client, username, password):
    return client.post("/login", data={"username": username, "password": password,
                                       "csrf_token": token(client, "/login")})


def logged_in_as(client):
    """The text of <span id="user"> on the home page ("Logged in as ana"), or None."""
    span = BeautifulSoup(said(client.get("/")), "html.parser").find(id="user")
    return " ".join(span.get_text().split()) if span else None
# ---- end of the helper ----


def logged_in_client(files, tmp_path):
    client = make(files, tmp_path)
    sign_up(client, "ana", "open sesame")
    log_in(client, "ana", "open sesame")
    assert logged_in_as(client) == "Logged in as ana", "Logging in no longer works."
    return client


def test_logging_out_forgets_the_user(files, tmp_path):
    client = logged_in_client(files, tmp_path)
    answer = client.post("/logout", data={"csrf_token": token(client, "/")})
    assert answer.status_code == 303 and answer.location == "/", (
        f"POST /logout should redirect to / (303), but it answered {answer.status} to "
        f"{answer.location!r}. Add a route for /logout with methods=[\"POST\"].")
    assert logged_in_as(client) is None, (
        f"After POST /logout, nobody should be logged in, but the menu says "
        f"{logged_in_as(client)!r}. Call session.clear() in logout.")
    with client.client.session_transaction() as session:
        left = dict(session)
    assert "user_id" not in left, f"After logging out, the session still holds {left!r}."


def test_a_get_does_not_log_anyone_out(files, tmp_path):
    client = logged_in_client(files, tmp_path)
    answer = client.get("/logout")
    assert answer.status_code == 405, (
        f"GET /logout should answer 405 Method Not Allowed, but it answered {answer.status}. "
        "Give the route methods=[\"POST\"] only, so that a link or a picture on another page "
        "cannot log anyone out.")
    assert logged_in_as(client) == "Logged in as ana", "A GET /logout should log nobody out."
