"""Checks for books.py, app.py and templates/home.html, through Flask's own test client."""

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


from flask import Blueprint


def make_app(files):
    module = files.python_module("app")
    factory = getattr(module, "create_app", None)
    if not callable(factory):
        raise CheckFailure(
            "app.py has no function called create_app. Write one that starts with the line "
            "def create_app(): and returns the app it makes, as in the lesson.", "app.py")
    return flask_app(factory(), "what create_app() in app.py returns")


def test_books_py_has_a_blueprint_called_books(files):
    module = files.python_module("books")
    bp = getattr(module, "bp", None)
    assert isinstance(bp, Blueprint), (
        f"books.py should have a blueprint called bp, but bp is "
        f"{type(bp).__name__ if bp is not None else 'missing'}. Write "
        "bp = Blueprint(\"books\", __name__), with Blueprint imported from flask.")
    assert bp.name == "books", (
        f"The blueprint in books.py should be named 'books', but it is named {bp.name!r}. "
        "The first argument of Blueprint(...) is its name.")


def test_create_app_makes_a_new_app_each_time(files):
    first, second = make_app(files), make_app(files)
    assert first is not second, (
        "create_app() gave the same app twice. Make the app inside the function, with "
        "app = Flask(__name__), so that each call makes a new one.")
    assert "books" in first.blueprints, (
        f"The app from create_app() should have the blueprint 'books' registered, but it has "
        f"{sorted(first.blueprints) or 'none'}. Call app.register_blueprint(books.bp, "
        "url_prefix=\"/books\") inside create_app.")


def test_the_book_pages_are_under_books(files):
    client = Client(make_app(files))
    shelf = client.get("/books/")
    assert shelf.status_code == 200, (
        f"GET /books/ should show the shelf, but it answered {shelf.status}. Register the "
        "blueprint with url_prefix=\"/books\", and give the shelf the route \"/\" in books.py.")
    for title in ("Dune", "Beloved", "Matilda"):
        assert title in said(shelf), f"The shelf at /books/ should list {title}."
    book = client.get("/books/2")
    assert book.status_code == 200 and "Beloved" in said(book), (
        f"GET /books/2 should show the book Beloved, but it answered {book.status}. In "
        "books.py, the route of book is \"/<int:number>\".")
    missing = client.get("/books/9")
    assert missing.status_code == 404, (
        f"GET /books/9 should answer 404 Not Found (there are 3 books), but it answered "
        f"{missing.status}. Keep the abort(404) in book.")


def test_the_home_page_links_to_the_shelf(files):
    client = Client(make_app(files))
    home = client.get("/")
    assert home.status_code == 200, (
        f"GET / should show the home page, but it answered {home.status}. Keep the home route "
        "inside create_app.")
    assert 'href="/books/"' in said(home), (
        "The home page should link to /books/, built with url_for. Inside a blueprint, the "
        "endpoint has the blueprint's name in front: look at the url_for in "
        "templates/home.html.")
    # A server can put the whole app under a folder of its address, here /library/:
    # only a link built with url_for follows it there.
    moved = said(client.get("/", base_url="http://localhost/library/"))
    assert 'href="/library/books/"' in moved, (
        "When the app runs under another address, such as http://localhost/library/, the "
        "shelf is at /library/books/, and url_for('books.shelf') gives that, but the home "
        "page's link does not follow. Write the link in templates/home.html with "
        "{{ url_for(...) }} and the blueprint's endpoint, not as an address typed by hand.")
