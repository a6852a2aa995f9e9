"""Checks for protected routes and owned notes, through Flask's own test client."""

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


def make_app(files, tmp_path):
    """make(), with a word on the crash a decorator without functools.wraps causes."""
    try:
        return make(files, tmp_path)
    except CheckFailure as failure:
        if "overwriting an existing endpoint function" not in str(failure):
            raise
        raise CheckFailure(
            f"{failure}. Every view function that login_required wraps is now called "
            "'wrapped', so Flask sees two routes with one name. In login_required, put "
            "@functools.wraps(view) on the line above def wrapped.", failure.file,
            failure.line) from None


def as_user(files, tmp_path, username):
    """A client logged in as a new user; all clients of one test share the database file."""
    client = make_app(files, tmp_path)
    sign_up(client, username, "open sesame")
    log_in(client, username, "open sesame")
    assert logged_in_as(client) == f"Logged in as {username}", "Logging in no longer works."
    return client


def add_note(client, title):
    return client.post("/notes", data={"title": title, "csrf_token": token(client, "/notes")})


def listed(client):
    soup = BeautifulSoup(said(client.get("/notes")), "html.parser")
    return [" ".join(li.get_text().split()) for li in soup.select("main li")]


def test_a_visitor_who_is_not_logged_in_is_sent_to_log_in(files, tmp_path):
    client = make_app(files, tmp_path)
    for method, path in (("GET", "/notes"), ("POST", "/notes"), ("GET", "/notes/1")):
        answer = client.request(method, path, data={"title": "sneaky"})
        assert answer.status_code == 303 and answer.location == "/login", (
            f"{method} {path} by a visitor who is not logged in should redirect to /login "
            f"(303), but it answered {answer.status} to {answer.location!r}. In login_required, "
            "return the redirect when g.user is None.")


def test_each_user_lists_only_their_own_notes(files, tmp_path):
    ana = as_user(files, tmp_path, "ana")
    bo = as_user(files, tmp_path, "bo")
    add_note(ana, "Ana's plan")
    add_note(bo, "Bo's list")
    assert listed(ana) == ["Ana's plan"], f"Ana's /notes should list only her note, not {listed(ana)!r}."
    assert listed(bo) == ["Bo's list"], f"Bo's /notes should list only his note, not {listed(bo)!r}."


def test_a_user_can_read_their_own_note(files, tmp_path):
    ana = as_user(files, tmp_path, "ana")
    add_note(ana, "Ana's plan")
    page = ana.get("/notes/1")
    assert page.status_code == 200 and "Ana's plan" in said(page).replace("&#39;", "'"), (
        f"Ana should see her own note at /notes/1, but it answered {page.status}. Look the note "
        "up with users_db.note_of(get_db(), note_id, g.user[0]) and render note.html.")


def test_a_user_cannot_read_another_users_note(files, tmp_path):
    ana = as_user(files, tmp_path, "ana")
    add_note(ana, "Ana's secret")
    bo = as_user(files, tmp_path, "bo")
    page = bo.get("/notes/1")
    assert "secret" not in said(page), (
        "Bo could read Ana's note at /notes/1. Find the note by its id and its owner, "
        "users_db.note_of(get_db(), note_id, g.user[0]), so someone else's note is not found.")
    assert page.status_code == 404, (
        f"Another user's note should answer 404, as if it did not exist, but it answered "
        f"{page.status}.")
