"""Checks for the notes app in Flask: app.py and templates/notes.html, with Flask's own test client."""

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
# ---- end of the helper ----


from bs4 import BeautifulSoup
from flask import template_rendered


def make(files, tmp_path):
    module = files.python_module("app")
    factory = getattr(module, "create_app", None)
    if not callable(factory):
        raise CheckFailure(
            "app.py has no function called create_app. Keep the line def create_app(db_path): "
            "and make it return a Flask app.", "app.py")
    return Client(flask_app(factory(tmp_path / "notes.db"),
                            "what create_app(db_path) in app.py returns"))


def soup_of(response):
    return BeautifulSoup(said(response), "html.parser")


def cards(response):
    found = []
    for article in soup_of(response).select("article.note"):
        title, body = article.find("h2"), article.find("p")
        found.append((title.get_text(strip=True) if title else None,
                      body.get_text(strip=True) if body else None))
    return found


def test_create_app_makes_a_flask_app(files, tmp_path):
    client = make(files, tmp_path)
    home = client.get("/")
    assert home.status_code == 200, f"GET / should answer 200, but it answered {home.status}."


def test_the_home_page_comes_from_the_notes_template(files, tmp_path):
    client = make(files, tmp_path)
    used = []

    def record(sender, template, context, **extra):
        used.append(template.name)

    with template_rendered.connected_to(record, client.flask):
        home = client.get("/")
    assert "notes.html" in used, (
        f"GET / should answer with render_template(\"notes.html\", ...), but it rendered "
        f"{', '.join(used) or 'no template'}. Move the HTML of views.py into "
        "templates/notes.html.")
    assert "No notes yet." in said(home), "With no notes, the page should say 'No notes yet.'"
    form = soup_of(home).select_one("form#new-note")
    assert form is not None and form.get("method", "").lower() == "post" and \
        form.get("action") == "/notes", (
            "The page should keep the form for a new note: <form id=\"new-note\" "
            "method=\"post\" action=\"/notes\">, with the fields title and body.")
    names = sorted(field.get("name") for field in form.select("input, textarea"))
    assert names == ["body", "title"], (
        f"The new-note form should have the fields title and body, but it has {names!r}.")


def test_posted_notes_are_shown_newest_first(files, tmp_path):
    client = make(files, tmp_path)
    posted = client.post("/notes", data={"title": "Shopping", "body": "Bread, tea"})
    assert posted.status_code == 303 and posted.location == "/", (
        f"POST /notes with a good note should redirect to / with 303, but it answered "
        f"{posted.status} to {posted.location!r}. Return redirect(url_for(\"home\"), code=303).")
    client.post("/notes", data={"title": "Letters", "body": "Write to Mum"})
    got = cards(client.get("/"))
    expected = [("Letters", "Write to Mum"), ("Shopping", "Bread, tea")]
    assert got == expected, (
        f"After posting two notes, the page should show the cards {expected!r} (newest first), "
        f"each an <article class=\"note\"> with the title in <h2> and the body in <p>, but it "
        f"shows {got!r}. Look at the {{% for %}} in templates/notes.html.")


def test_a_notes_title_and_body_are_escaped(files, tmp_path):
    client = make(files, tmp_path)
    client.post("/notes", data={"title": "<b>Hi</b>", "body": "<script>x()</script>"})
    page = said(client.get("/"))
    assert "<b>Hi</b>" not in page and "<script>x()</script>" not in page, (
        "A note's title and body should be shown as text, but HTML typed into a note became "
        "real tags on the page. Write {{ title }} and {{ body }} with no |safe, in a template "
        "whose name ends with .html.")


def test_a_note_without_a_title_gets_400_and_the_reason(files, tmp_path):
    client = make(files, tmp_path)
    refused = client.post("/notes", data={"title": "  ", "body": "lost"})
    assert refused.status_code == 400, (
        f"POST /notes with a blank title should answer 400, but it answered {refused.status}. "
        "Catch the model's ValueError, and return the message page and 400 as a pair.")
    assert "A note needs a title." in said(refused), (
        "The 400 page should show the model's reason, 'A note needs a title.': pass "
        "message=str(error) to message.html.")


def test_the_delete_button_deletes_that_note(files, tmp_path):
    client = make(files, tmp_path)
    client.post("/notes", data={"title": "Keep", "body": ""})
    client.post("/notes", data={"title": "Bin", "body": ""})
    page = soup_of(client.get("/"))
    actions = [form.get("action") for form in page.select("article.note form")]
    assert actions == ["/notes/2/delete", "/notes/1/delete"], (
        f"Each card should have a form that posts to /notes/ID/delete, but the cards' forms "
        f"post to {actions!r}. Build the address with url_for(\"delete\", note_id=id).")
    deleted = client.post("/notes/2/delete")
    assert deleted.status_code == 303 and deleted.location == "/", (
        f"POST /notes/2/delete should delete the note and redirect to /, but it answered "
        f"{deleted.status}.")
    assert [title for title, _ in cards(client.get("/"))] == ["Keep"], (
        "After deleting the note Bin, only Keep should be left.")


def test_deleting_needs_a_post_and_a_note_that_is_there(files, tmp_path):
    client = make(files, tmp_path)
    missing = client.post("/notes/99/delete")
    assert missing.status_code == 404, (
        f"POST /notes/99/delete, with no such note, should answer 404, but it answered "
        f"{missing.status}. When notes_db.delete_note gives False, call abort(404).")
    client.post("/notes", data={"title": "Safe", "body": ""})
    by_get = client.get("/notes/1/delete")
    assert by_get.status_code == 405, (
        f"GET /notes/1/delete should answer 405 Method Not Allowed (deleting needs a POST), "
        f"but it answered {by_get.status}. Give the route methods=[\"POST\"] only.")


def test_the_stylesheet_and_script_are_linked_and_sent(files, tmp_path):
    client = make(files, tmp_path)
    page = soup_of(client.get("/"))
    links = [link.get("href") for link in page.select("head link[rel=stylesheet]")]
    scripts = [script.get("src") for script in page.select("head script")]
    assert "/static/style.css" in links and "/static/notes.js" in scripts, (
        f"The page's <head> should link /static/style.css and load /static/notes.js, but it "
        f"links {links!r} and loads {scripts!r}. Use url_for('static', filename='style.css').")
    css = client.get("/static/style.css")
    assert css.status_code == 200 and css.mimetype == "text/css", (
        f"GET /static/style.css should send the stylesheet, but it answered {css.status}. "
        "Flask sends the files of the static folder beside app.py on its own.")
    secret = client.get("/static/../notes_db.py")
    assert secret.status_code == 404, (
        f"GET /static/../notes_db.py should answer 404, but it answered {secret.status}.")
