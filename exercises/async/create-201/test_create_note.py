"""Checks for POST /api/notes in the notes app: app.py, with Flask's own test client.

The last check loads the page static/list.html in a real DOM, and its fetch is
answered by your own app (the browser fixture with fetch=wsgi_client(app)):
the page's form saves a note through your API.
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


NOT_A_NOTE = "Send the note as a JSON object, with a title and a body as text."


def make(files, tmp_path):
    """Your app from create_app, on a new, empty database."""
    module = files.python_module("app")
    factory = getattr(module, "create_app", None)
    if not callable(factory):
        raise CheckFailure(
            "app.py has no function called create_app. Keep the line def create_app(db_path): "
            "and make it return the Flask app.",
            "app.py",
        )
    return flask_app(factory(tmp_path / "notes.db"), "what create_app(db_path) in app.py returns")


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


def post_note(api, body, what):
    """POST /api/notes; a crash on the model's ValueError says what to catch."""
    try:
        return api.post("/api/notes", **body)
    except CheckFailure as crash:
        if "ValueError" in str(crash):
            raise CheckFailure(
                f"{crash} The model refuses a note by raising ValueError; POST /api/notes with "
                f"{what} should answer 400 instead. Catch it with try/except ValueError, and "
                "answer with its message.",
                crash.file,
                crash.line,
            ) from None
        raise


def titles(api):
    return [note.get("title") for note in json_of(api.get("/api/notes"), "GET /api/notes")]


def test_posting_a_note_answers_201_with_the_new_note(files, tmp_path):
    api = Client(make(files, tmp_path))
    first = post_note(api, {"json": {"title": "  Buy bread ", "body": "Brown"}}, "a good note")
    assert first.status_code == 201, (
        f"POST /api/notes with a good note should answer 201 Created, but it answered "
        f'{first.status}. Add a route for /api/notes with methods=["POST"], and return '
        "the note with 201."
    )
    expected = {"id": 1, "title": "Buy bread", "body": "Brown"}
    got = json_of(first, "POST /api/notes")
    assert got == expected, (
        f'POST /api/notes with {{"title": "  Buy bread ", "body": "Brown"}} should '
        f"answer with the new note as it was saved, {expected!r}, but it answered {got!r}. "
        "Read the saved note back with notes_db.get_note and send it as a dict."
    )
    second = json_of(post_note(api, {"json": {"title": "Call Sam"}}, "no body"), "POST /api/notes")
    assert second == {"id": 2, "title": "Call Sam", "body": ""}, (
        f"A note posted with a title and no body should be saved with an empty body, as "
        f'{{"id": 2, "title": "Call Sam", "body": ""}}, but it came back as {second!r}.'
    )
    listed = titles(api)
    assert listed == ["Call Sam", "Buy bread"], (
        f"After two posts, GET /api/notes should list ['Call Sam', 'Buy bread'], but it lists "
        f"{listed!r}."
    )


def test_the_answer_says_where_the_new_note_lives(files, tmp_path):
    api = Client(make(files, tmp_path))
    post_note(api, {"json": {"title": "First"}}, "a good note")
    created = post_note(api, {"json": {"title": "Second"}}, "a good note")
    location = created.headers.get("Location", "")
    assert location.endswith("/api/notes/2"), (
        f"The 201 answer for the second note should have the header Location: /api/notes/2, "
        f"the address of the new note, but its Location is {location or 'missing'!r}. Return "
        'a third value with the headers: jsonify(note), 201, {"Location": ...}, and build '
        "the address with url_for."
    )
    got = json_of(api.get(location), f"GET {location}")
    assert got.get("title") == "Second", (
        f"GET {location} (the Location of the new note) should answer the note 'Second', but "
        f"it answered {got!r}."
    )


def test_a_note_the_model_refuses_answers_400_with_its_reason(files, tmp_path):
    api = Client(make(files, tmp_path))
    for what, body, reason in (
        ("a blank title", {"title": "   ", "body": "lost"}, "A note needs a title."),
        ("no title at all", {"body": "lost"}, "A note needs a title."),
        (
            "a title of 100 characters",
            {"title": "x" * 100},
            "A title can be at most 80 characters long.",
        ),
    ):
        response = post_note(api, {"json": body}, what)
        assert response.status_code == 400, (
            f"POST /api/notes with {what} should answer 400, but it answered {response.status}."
        )
        got = json_of(response, f"POST /api/notes with {what}")
        assert got == {"error": reason}, (
            f'POST /api/notes with {what} should answer {{"error": "{reason}"}} (the '
            f"model's own message), but it answered {got!r}. Send str(error) of the "
            "ValueError you caught."
        )
    assert titles(api) == [], "Refused notes should not be saved, but GET /api/notes lists some."


def test_a_body_that_is_not_a_note_answers_400(files, tmp_path):
    api = Client(make(files, tmp_path))
    for what, body in (
        ("a body that is not JSON", {"data": "title=Buy bread"}),
        ("a JSON list instead of an object", {"json": ["Buy bread"]}),
        ("a title that is a number, not text", {"json": {"title": 5}}),
        ("a body that is a list, not text", {"json": {"title": "Shopping", "body": ["tea"]}}),
    ):
        response = post_note(api, body, what)
        assert response.status_code == 400, (
            f"POST /api/notes with {what} should answer 400, but it answered {response.status}. "
            "Check what request.get_json(silent=True) gave before you use it: a dict, whose "
            "title and body are strings (isinstance)."
        )
        got = json_of(response, f"POST /api/notes with {what}")
        assert got == {"error": NOT_A_NOTE}, (
            f'POST /api/notes with {what} should answer {{"error": "{NOT_A_NOTE}"}}, but it '
            f"answered {got!r}."
        )
    assert titles(api) == [], "Refused notes should not be saved, but GET /api/notes lists some."


def test_the_page_saves_a_note_through_your_api(files, tmp_path, browser, wsgi_client):
    page = browser("static/list.html", fetch=wsgi_client(make(files, tmp_path)))
    page.type("#title", "Buy bread")
    page.click("#new-note button[type=submit]")
    listed = page.all("#notes li")
    assert listed == ["Buy bread"], (
        f"static/list.html sends its form to your POST /api/notes. After typing 'Buy bread' "
        f"and pressing Save, it should list ['Buy bread'], but it lists {listed!r} and says "
        f"{page.text('#form-error')!r}. Make the checks above pass first."
    )
    page.type("#title", "   ")
    page.click("#new-note button[type=submit]")
    shown = page.text("#form-error")
    assert shown == "A note needs a title.", (
        f"After pressing Save with a blank title, the page should show your API's reason, "
        f"'A note needs a title.', next to the form, but it shows {shown!r}."
    )
