"""Checks for app.py and templates/shelf.html, through Flask's own test client."""

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


def load(files):
    module = files.python_module("app")
    app = flask_app(getattr(module, "app", None), "app.py (a variable called app)")
    return module, Client(app)


def items(response):
    soup = BeautifulSoup(said(response), "html.parser")
    return [" ".join(li.get_text().split()) for li in soup.select("ul li")]


def test_the_home_page_uses_the_shelf_template(files):
    module, client = load(files)
    used = []

    def record(sender, template, context, **extra):
        used.append(template.name)

    with template_rendered.connected_to(record, client.flask):
        home = client.get("/")
    assert home.status_code == 200, f"GET / should answer 200 OK, but it answered {home.status}."
    assert "shelf.html" in used, (
        f"GET / should answer with render_template(\"shelf.html\", books=BOOKS), but it rendered "
        f"{'no template' if not used else 'only ' + ', '.join(used)}. Look at shelf() in app.py, "
        "and import render_template from flask.")


def test_each_book_is_a_list_item(files):
    module, client = load(files)
    got = items(client.get("/"))
    expected = [f"{book['title']} by {book['author']}" for book in module.BOOKS]
    assert got == expected, (
        f"The page should list {expected!r}, one <li> each inside a <ul>, but it lists {got!r}. "
        "Look at the {% for %} in templates/shelf.html, and check that app.py passes "
        "books=BOOKS.")


def test_an_empty_shelf_says_so(files):
    module, client = load(files)
    module.BOOKS.clear()
    response = client.get("/")
    soup = BeautifulSoup(said(response), "html.parser")
    paragraphs = [" ".join(p.get_text().split()) for p in soup.find_all("p")]
    assert "No books yet." in paragraphs, (
        f"With no books, the page should show <p>No books yet.</p>, but its paragraphs are "
        f"{paragraphs!r}. Use {{% if books %}} ... {{% else %}} ... {{% endif %}} in "
        "templates/shelf.html.")
    assert not soup.select("li"), "With no books, the page should have no list items."


def test_a_title_holding_html_is_shown_as_text(files):
    module, client = load(files)
    title = "<script>alert(1)</script>"
    module.BOOKS.append({"title": title, "author": "Eve"})
    response = client.get("/")
    assert title not in said(response), (
        f"A book called {title} became a real <script> tag on the page: its title was not "
        "escaped. Write {{ book.title }} with no |safe after it, and keep the template's name "
        "ending in .html, so Jinja escapes it.")
    assert f"{title} by Eve" in items(response), (
        f"A book called {title} should be listed as text, '{title} by Eve', but the list is "
        f"{items(response)!r}.")
