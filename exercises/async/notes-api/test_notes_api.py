"""Checks for the notes app's JSON API: app.py, with Flask's own test client.

The last check loads the page static/list.html in a real DOM, and its fetch is
answered by your own app (the browser fixture with fetch=wsgi_client(app)):
the page and your API, in one check.
"""

# ---- How these checks talk to your app: Flask's own test client. ----
import traceback
from pathlib import Path

from flask import Flask

from tutor.checks import CheckFailure


def _crash(error, request, doing="answering"):
    """A sentence for an error in the learner's code: which file and line."""
    frames = [
        f
        for f in traceback.extract_tb(error.__traceback__)
        if "site-packages" not in f.filename
        and "/tutor/" not in f.filename
        and not Path(f.filename).name.startswith("test_")
    ]
    place = ""
    file = line = None
    if frames:
        file, line = Path(frames[-1].filename).name, frames[-1].lineno
        place = f" ({file} line {line})"
    return CheckFailure(
        f"Your app crashed while {doing} {request}{place}: {type(error).__name__}: {error}",
        file,
        line,
    )


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
            f"{_what(found)}. Make one with app = Flask(__name__), as in the lesson."
        )
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


# ---- end of the helper ----


def make(files, tmp_path, notes=()):
    """Your app from create_app, with these (title, body) notes saved first, oldest first."""
    notes_db = files.python_module("notes_db")
    tmp_path.mkdir(parents=True, exist_ok=True)
    db_path = tmp_path / "notes.db"
    connection = notes_db.connect(db_path)
    for title, body in notes:
        notes_db.add_note(connection, title, body)
    connection.close()
    module = files.python_module("app")
    factory = getattr(module, "create_app", None)
    if not callable(factory):
        raise CheckFailure(
            "app.py has no function called create_app. Keep the line def create_app(db_path): "
            "and make it return the Flask app.",
            "app.py",
        )
    return flask_app(factory(db_path), "what create_app(db_path) in app.py returns")


def json_of(response, request):
    data = response.get_json(silent=True)
    if data is None:
        raise CheckFailure(
            f"{request} should answer with JSON, but the answer is not JSON (its Content-Type "
            f"is {response.content_type!r}, and it starts {said(response)[:60]!r}). Return "
            "jsonify(...) from the view function.",
            "app.py",
        )
    return data


NOTES = (("Buy stamps", "Six"), ("Call the dentist", "Before Friday"))
EXPECTED = [
    {"id": 2, "title": "Call the dentist", "body": "Before Friday"},
    {"id": 1, "title": "Buy stamps", "body": "Six"},
]


def a_row_not_a_dict(got, what):
    """Fail with the likely cause when a note came out as a JSON array (a row tuple)."""
    if isinstance(got, list) and got and isinstance(got[0], (int, str)):
        raise CheckFailure(
            f"{what} came out as the JSON array {got!r}: that is the database row, a tuple, "
            "so a program must guess which value is which. Turn each row into a dict with the "
            'keys "id", "title" and "body" before jsonify.',
            "app.py",
        )


def test_the_api_lists_every_note_newest_first(files, tmp_path):
    client = Client(make(files, tmp_path))
    response = client.get("/api/notes")
    assert response.status_code == 200, (
        f"GET /api/notes should answer 200, but it answered {response.status}. Add a route "
        "for /api/notes to create_app, beside the others."
    )
    got = json_of(response, "GET /api/notes")
    assert got == [], f"With no notes, GET /api/notes should answer [], but it answered {got!r}."
    client = Client(make(files, tmp_path / "two", NOTES))
    got = json_of(client.get("/api/notes"), "GET /api/notes")
    if isinstance(got, list) and got:
        a_row_not_a_dict(got[0], "Each note")
    assert got == EXPECTED, (
        f"With two notes saved, GET /api/notes should answer {EXPECTED!r} (newest first, each "
        f"a dict with id, title and body), but it answered {got!r}."
    )


def test_one_note_by_its_id(files, tmp_path):
    client = Client(make(files, tmp_path, NOTES))
    response = client.get("/api/notes/1")
    assert response.status_code == 200, (
        f"GET /api/notes/1 should answer 200, but it answered {response.status}. Add a route "
        'with the id in the address: "/api/notes/<int:note_id>".'
    )
    got = json_of(response, "GET /api/notes/1")
    a_row_not_a_dict(got, "The note")
    assert got == EXPECTED[1], (
        f"GET /api/notes/1 should answer {EXPECTED[1]!r}, but it gave {got!r}."
    )
    got = json_of(client.get("/api/notes/2"), "GET /api/notes/2")
    assert got == EXPECTED[0], (
        f"GET /api/notes/2 should answer {EXPECTED[0]!r}, but it gave {got!r}."
    )


def test_a_missing_note_answers_404_in_json(files, tmp_path):
    client = Client(make(files, tmp_path, NOTES))
    response = client.get("/api/notes/9")
    assert response.status_code == 404, (
        f"GET /api/notes/9, with no note 9, should answer 404, but it answered "
        f"{response.status}. When notes_db.get_note gives None, answer 404."
    )
    if response.get_json(silent=True) is None:
        raise CheckFailure(
            "GET /api/notes/9 answered 404 with an HTML page, which a program cannot read. "
            "abort(404) makes that page; in an API, return the pair "
            'jsonify(error="There is no note 9."), 404 instead.',
            "app.py",
        )
    got = response.get_json()
    expected = {"error": "There is no note 9."}
    assert got == expected, (
        f"GET /api/notes/9 should answer {expected!r}, but it answered {got!r}. Put the id "
        "from the address into the message."
    )


def test_the_list_page_draws_your_notes_from_your_api(files, tmp_path, browser, wsgi_client):
    app = make(files, tmp_path, NOTES)
    page = browser("static/list.html", fetch=wsgi_client(app))
    shown = page.all("#notes li")
    expected = ["Call the dentist: Before Friday", "Buy stamps: Six"]
    assert shown == expected, (
        f"static/list.html fetches /api/notes from your app and draws it. With two notes "
        f"saved, it should list {expected!r}, but it lists {shown!r}, and says "
        f"{page.text('#status')!r}. Make the checks above pass first: the page needs a list "
        "of dicts with title and body."
    )
