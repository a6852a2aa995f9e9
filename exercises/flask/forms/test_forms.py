"""Checks for app.py: a posted form, sent with Flask's own test client."""

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


def load(files):
    module = files.python_module("app")
    return module, Client(flask_app(getattr(module, "app", None), "app.py (a variable called app)"))


def items(response):
    soup = BeautifulSoup(said(response), "html.parser")
    return [" ".join(li.get_text().split()) for li in soup.select("ul li")]


def test_posting_a_title_saves_it_and_redirects_home(files):
    module, client = load(files)
    posted = client.post("/wanted", data={"title": "  The Hobbit  "})
    assert posted.status_code != 404, (
        "POST /wanted answered 404 Not Found: there is no route for /wanted yet. Add one with "
        "@app.route(\"/wanted\", methods=[\"POST\"]).")
    assert posted.status_code == 303, (
        f"POST /wanted should redirect with 303 See Other, but it answered {posted.status}. "
        "Return redirect(url_for(\"home\"), code=303).")
    assert posted.location == "/", (
        f"POST /wanted should send the browser to the home page, /, but its Location header is "
        f"{posted.location!r}. Build the address with url_for(\"home\").")
    assert module.WANTED == ["The Hobbit"], (
        f"After posting the title '  The Hobbit  ', WANTED should be ['The Hobbit'] (spaces "
        f"removed), but it is {module.WANTED!r}. Use .strip() on the title.")
    assert items(client.get("/")) == ["The Hobbit"], "The home page should now list The Hobbit."


def test_the_redirect_address_is_built_with_url_for(files):
    module, client = load(files)
    # A server can put the whole app under a folder of its address, here /library/:
    # then the home page is /library/, and only url_for("home") knows it.
    posted = client.post("/wanted", data={"title": "Emma"}, base_url="http://localhost/library/")
    assert posted.status_code == 303, (
        f"POST /wanted should redirect with 303 See Other, but it answered {posted.status}. "
        "Write the route first: the check about saving the request says what it needs.")
    assert posted.location == "/library/", (
        "When the app runs under another address, such as http://localhost/library/, its home "
        "page is /library/, and url_for(\"home\") gives that. But POST /wanted sent the browser "
        f"to {posted.location!r}, an address written by hand. Build it with url_for(\"home\").")


def test_an_empty_title_gets_400_and_is_not_saved(files):
    module, client = load(files)
    for title in ("", "   "):
        refused = client.post("/wanted", data={"title": title})
        assert refused.status_code == 400, (
            f"POST /wanted with the title {title!r} should answer 400 Bad Request, but it "
            f"answered {refused.status}. Check the title after .strip(), and return the page "
            "and 400 as a pair.")
        assert "A request needs a title." in said(refused), (
            "The 400 page should say 'A request needs a title.': render message.html with "
            "message=\"A request needs a title.\".")
    assert module.WANTED == [], (
        f"An empty title should not be saved, but WANTED is {module.WANTED!r}. Return the 400 "
        "answer before the append.")


def test_get_wanted_is_not_allowed(files):
    module, client = load(files)
    answer = client.get("/wanted")
    assert answer.status_code == 405, (
        f"GET /wanted should answer 405 Method Not Allowed, but it answered {answer.status}. "
        "Give the route methods=[\"POST\"] and no other method.")
