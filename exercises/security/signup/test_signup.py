"""Checks for sign-up: users_db.add_user and POST /signup, with real database files."""

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


import sqlite3


def users(tmp_path):
    """Every row of the users table, or [] when the app has not made the table yet."""
    connection = sqlite3.connect(tmp_path / "notes.db")
    try:
        return connection.execute("SELECT id, username, password_hash FROM users").fetchall()
    except sqlite3.OperationalError:
        return []
    finally:
        connection.close()


def test_signing_up_saves_the_user_and_goes_to_log_in(files, tmp_path):
    client = make(files, tmp_path)
    answer = sign_up(client, "  ana ", "open sesame")
    assert answer.status_code == 303 and answer.location == "/login", (
        f"POST /signup with a good username and password should redirect to /login (303), but "
        f"it answered {answer.status} to {answer.location!r}. End signup with "
        "redirect(url_for(\"login\"), code=303).")
    saved = [(name) for _, name, _ in users(tmp_path)]
    assert saved == ["ana"], (
        f"After signing up as '  ana ', the users table should hold the username 'ana' (spaces "
        f"removed), but it holds {saved!r}. Look at add_user in users_db.py.")


def test_the_password_is_never_saved_as_typed(files, tmp_path):
    client = make(files, tmp_path)
    password = "open sesame 42"
    sign_up(client, "bo", password)
    rows = users(tmp_path)
    assert rows, "Signing up as bo saved no user: look at add_user in users_db.py."
    raw = (tmp_path / "notes.db").read_bytes()
    assert password.encode() not in raw, (
        f"The password {password!r} is in the database file as it was typed. Save only "
        "hash_password(password) in password_hash, never the password.")
    stored = rows[0][2]
    check_password = files.python_module("passwords").check_password
    assert isinstance(stored, str) and check_password(password, stored), (
        f"password_hash should be what hash_password(password) made, so that check_password "
        f"can check it at log-in, but it is {stored!r}.")


def test_a_bad_sign_up_gets_400_and_the_reason(files, tmp_path):
    client = make(files, tmp_path)
    sign_up(client, "cy", "long enough")
    for username, password, reason in (
        ("  ", "long enough", "A user needs a username."),
        ("dee", "short", "A password needs at least 8 characters."),
        ("cy", "another one", "That username is taken."),
    ):
        answer = sign_up(client, username, password)
        assert answer.status_code == 400, (
            f"Signing up as {username!r} with the password {password!r} should be refused "
            f"with 400, because: {reason} But it answered {answer.status}.")
        assert reason in said(answer), (
            f"The 400 page for {username!r} / {password!r} should show the reason {reason!r}. "
            "Raise ValueError with that sentence in add_user, and show it with "
            "render_template(\"signup.html\", error=str(error)).")
    assert [name for _, name, _ in users(tmp_path)] == ["cy"], (
        "Refused sign-ups should save nothing, and the taken name should not be saved twice.")
