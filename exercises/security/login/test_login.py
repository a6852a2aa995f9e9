"""Checks for log-in: POST /login and load_user, through Flask's own test client."""

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


def test_logging_in_remembers_the_user(files, tmp_path):
    client = make(files, tmp_path)
    sign_up(client, "ana", "open sesame")
    answer = log_in(client, "ana", "open sesame")
    assert answer.status_code == 303 and answer.location == "/", (
        f"Logging in with the right password should redirect to / (303), but it answered "
        f"{answer.status} to {answer.location!r}.")
    with client.client.session_transaction() as session:
        user_id = session.get("user_id")
    assert user_id == 1, (
        f"After logging in as the first user, session[\"user_id\"] should be 1, but it is "
        f"{user_id!r}. Put user[0] into session[\"user_id\"].")
    shown = logged_in_as(client)
    assert shown == "Logged in as ana", (
        f"After logging in, the menu should say 'Logged in as ana', but it shows {shown!r}. "
        "load_user should set g.user from the id in the session.")


def test_logging_in_starts_a_fresh_session(files, tmp_path):
    client = make(files, tmp_path)
    sign_up(client, "ana", "open sesame")
    with client.client.session_transaction() as session:
        session["left_over"] = "from before"
    log_in(client, "ana", "open sesame")
    with client.client.session_transaction() as session:
        kept = dict(session)
    assert "left_over" not in kept, (
        "Something put in the session before the log-in was still there after it. Call "
        "session.clear() before session[\"user_id\"] = ..., so a log-in starts a fresh session.")


def test_a_wrong_password_or_an_unknown_user_gets_the_same_400(files, tmp_path):
    client = make(files, tmp_path)
    sign_up(client, "ana", "open sesame")
    answers = {}
    for what, username, password in (("a wrong password", "ana", "open sesame!"),
                                     ("an unknown username", "bo", "open sesame")):
        answer = log_in(client, username, password)
        assert answer.status_code == 400, (
            f"Logging in with {what} should answer 400, but it answered {answer.status}.")
        assert "Wrong username or password." in said(answer), (
            f"Logging in with {what} should show 'Wrong username or password.' on the log-in "
            "page: render_template(\"login.html\", error=...).")
        answers[what] = said(answer)
        assert logged_in_as(client) is None, f"After {what}, nobody should be logged in."
    assert answers["a wrong password"] == answers["an unknown username"], (
        "A wrong password and an unknown username should get exactly the same page, so a "
        "stranger cannot find out which usernames exist.")


def test_a_cookie_the_app_did_not_sign_logs_nobody_in(files, tmp_path):
    client = make(files, tmp_path)
    sign_up(client, "ana", "open sesame")
    client.client.set_cookie("user_id", "1")
    client.client.set_cookie("session", "eyJ1c2VyX2lkIjoxfQ.made.up")
    shown = logged_in_as(client)
    assert shown is None, (
        f"A browser that made up its own cookies (user_id=1, and a session with a signature "
        f"that does not fit) is shown as {shown!r}. Only Flask's signed session may say who "
        "is logged in: read the id with session.get(\"user_id\"), never from request.cookies.")
