"""Checks for app.py: requests sent to your Flask app with Flask's own test client."""

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


def client(files):
    module = files.python_module("app")
    return Client(flask_app(getattr(module, "app", None), "app.py (a variable called app)"))


def texts(response, tag):
    soup = BeautifulSoup(said(response), "html.parser")
    return [" ".join(found.get_text().split()) for found in soup.find_all(tag)]


def test_the_home_page_says_the_library(files):
    home = client(files).get("/")
    assert home.status_code == 200, (
        f"GET / should answer 200 OK, but your app answered {home.status}.")
    assert texts(home, "h1") == ["The library"], (
        f"GET / should show one <h1> saying 'The library', but the headings are "
        f"{texts(home, 'h1')!r}. Look at what home() returns in app.py.")


def test_the_hours_page_gives_the_opening_hours(files):
    page = client(files).get("/hours")
    assert page.status_code == 200, (
        f"GET /hours should answer 200 OK, but your app answered {page.status}. "
        "Add a view function with @app.route(\"/hours\") on the line above it.")
    assert "Open from 9 to 5." in texts(page, "p"), (
        f"GET /hours should show a <p> saying 'Open from 9 to 5.', but the paragraphs are "
        f"{texts(page, 'p')!r}.")


def test_each_book_number_has_a_page(files):
    app = client(files)
    for number in (7, 42):
        page = app.get(f"/books/{number}")
        assert page.status_code == 200, (
            f"GET /books/{number} should answer 200 OK, but your app answered {page.status}. "
            "Add a route with a variable part: @app.route(\"/books/<int:number>\").")
        assert f"Book number {number}." in texts(page, "p"), (
            f"GET /books/{number} should show a <p> saying 'Book number {number}.', but the "
            f"paragraphs are {texts(page, 'p')!r}. Use the number Flask passes to your "
            "function.")


def test_a_book_address_without_a_number_answers_404(files):
    page = client(files).get("/books/dune")
    assert page.status_code == 404, (
        f"GET /books/dune should answer 404 Not Found (dune is not a number), but your app "
        f"answered {page.status}. Write the variable part as <int:number>, so that only "
        "numbers fit.")
