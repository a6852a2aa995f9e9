"""Checks for the CSRF token: csrf_token() and check_csrf(), through Flask's own test client."""

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


import hmac
import secrets
import sqlite3


def usernames(tmp_path):
    connection = sqlite3.connect(tmp_path / "notes.db")
    try:
        return [row[0] for row in connection.execute("SELECT username FROM users")]
    except sqlite3.OperationalError:
        return []
    finally:
        connection.close()


def test_each_browser_gets_its_own_token_in_every_form(files, tmp_path):
    first = make(files, tmp_path)
    on_signup, on_login = token(first, "/signup"), token(first, "/login")
    assert len(on_signup) >= 20, (
        f"The sign-up form's hidden csrf_token should hold a long random token, but it holds "
        f"{on_signup!r}. In csrf_token(), make one with secrets.token_urlsafe(32) and keep it in "
        "session[\"csrf_token\"].")
    assert on_signup == on_login, (
        "One browser should get the same token on every page, but the sign-up and log-in "
        "forms hold different ones. Make the token only when the session has none yet.")
    other = make(files, tmp_path)
    assert token(other, "/signup") != on_signup, (
        "Two browsers got the same token. Each session needs its own random token.")


def test_a_post_without_a_token_is_refused(files, tmp_path):
    client = make(files, tmp_path)
    token(client, "/signup")  # the session now has a token; this form does not send it
    for data in ({"username": "eve", "password": "open sesame"},
                 {"username": "eve", "password": "open sesame", "csrf_token": ""}):
        answer = client.post("/signup", data=data)
        assert answer.status_code == 400, (
            f"A POST /signup {'with an empty' if 'csrf_token' in data else 'without a'} "
            f"csrf_token should be refused with 400, but it answered {answer.status}. In "
            "check_csrf, abort(400) when the form's token is not the session's.")
    fresh = make(files, tmp_path, name="other.db")
    answer = fresh.post("/signup", data={"username": "eve", "password": "open sesame",
                                         "csrf_token": ""})
    assert answer.status_code == 400, (
        "A POST from a browser whose session has no token at all, with an empty csrf_token, "
        f"should be refused, but it answered {answer.status}. Check `not expected` too.")
    assert usernames(tmp_path) == [], "A refused POST /signup should save no user."


def test_a_token_from_another_session_is_refused(files, tmp_path):
    stranger = make(files, tmp_path)
    stolen = token(stranger, "/signup")
    ana = make(files, tmp_path)
    token(ana, "/signup")
    answer = ana.post("/signup", data={"username": "eve", "password": "open sesame",
                                       "csrf_token": stolen})
    assert answer.status_code == 400, (
        f"A POST carrying another session's token should be refused with 400, but it answered "
        f"{answer.status}. Compare the form's token with session[\"csrf_token\"].")


def test_a_post_with_the_right_token_works(files, tmp_path):
    client = make(files, tmp_path)
    answer = sign_up(client, "ana", "open sesame")
    assert answer.status_code == 303, (
        f"POST /signup with the form's own token should work (303), but it answered "
        f"{answer.status}.")
    answer = log_in(client, "ana", "open sesame")
    assert answer.status_code == 303 and logged_in_as(client) == "Logged in as ana", (
        "Logging in with the form's own token should work.")


def test_the_token_is_compared_with_compare_digest(files, tmp_path, monkeypatch):
    seen = []
    real = hmac.compare_digest

    def watched(a, b):
        seen.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", watched)
    monkeypatch.setattr(secrets, "compare_digest", watched)
    client = make(files, tmp_path)
    sign_up(client, "ana", "open sesame")
    assert seen, (
        "check_csrf compared the tokens without hmac.compare_digest. A token is a secret: "
        "compare it with hmac.compare_digest(sent, expected), never with ==.")
