"""Checks for the notes app's script, static/notes.js, in the page the learner's app sends:
the two pure functions, how the page and the app deliver the script, and the browser part
(typing in the title, sending the form)."""

import json

import pytest

from tutor.checks import CheckFailure

JS = "static/notes.js"
BLANK = "Give your note a title."
TOO_LONG = "Keep the title to 80 characters or fewer."
TITLE = "#new-note input[name=title]"
SAVE = "#new-note button"
NOT_LOADED = (
    " Is the script loaded? page() in views.py needs <script src=\"/static/notes.js\" defer>"
    "</script>, and STATIC_TYPES in app.py needs notes.js (the checks 'The page loads the "
    "script' and 'The app sends the script' say which)."
)


@pytest.fixture
def client(files, wsgi_client, tmp_path):
    app = files.python_module("app").create_app(str(tmp_path / "notes.db"))
    return wsgi_client(app, name="your app")


@pytest.fixture
def page(browser, client):
    """The home page as your app sends it, with its script, in a browser."""
    return browser("/", fetch=client)


def call(page, function, *arguments):
    """What the page's own function gives for these arguments."""
    if page.evaluate("typeof MAX_TITLE") == "undefined":
        raise CheckFailure(
            f"The checks could not try {function}: the page your app sends did not run "
            f"{JS}." + NOT_LOADED,
            JS,
        )
    if page.evaluate(f"typeof {function}") != "function":
        raise CheckFailure(
            f"The page has no function called {function}. Write it in {JS}, as "
            f"function {function}(...) {{ ... }}.",
            JS,
        )
    shown = ", ".join(json.dumps(argument) for argument in arguments)
    return page.evaluate(f"{function}({shown})")


def test_the_page_loads_the_script(client):
    page = client.get("/").html
    scripts = [tag.get("src") for tag in page.select("script[src]")]
    assert "/static/notes.js" in scripts, (
        "The page should have <script src=\"/static/notes.js\" defer></script> in its <head>, "
        f"but its scripts are {scripts or 'none'}. Add it in page() in views.py."
    )


def test_the_app_sends_the_script(client, files):
    answer = client.get("/static/notes.js")
    answer.assert_status(200)
    kind = answer.headers.get("content-type", "(none)")
    assert kind.startswith("text/javascript"), (
        f"GET /static/notes.js should answer with Content-Type text/javascript, but it was "
        f"{kind!r}. Add \"notes.js\" to STATIC_TYPES with that type."
    )
    assert answer.body == (files.path / JS).read_bytes(), (
        "GET /static/notes.js should send the bytes of static/notes.js."
    )


def test_characters_left_counts_down_from_the_limit(page):
    for text, limit, expected in (("", 80, 80), ("hello", 80, 75), ("x" * 90, 80, -10),
                                  ("abc", 10, 7)):
        got = call(page, "charactersLeft", text, limit)
        assert got == expected, (
            f"charactersLeft({text[:12]!r}{'...' if len(text) > 12 else ''}, {limit}) should "
            f"give {expected}, but it gave {got!r}. Subtract text.length from limit."
        )


def test_title_problem_asks_for_a_title_when_it_is_blank(page):
    for title in ("", "   "):
        got = call(page, "titleProblem", title)
        assert got == BLANK, (
            f"titleProblem({title!r}) should give {BLANK!r}, but it gave {got!r}. Use "
            "title.trim() before you test whether it is empty."
        )


def test_title_problem_refuses_a_title_that_is_too_long(page):
    got = call(page, "titleProblem", "x" * 81)
    assert got == TOO_LONG, (
        f"titleProblem of an 81-character title should give {TOO_LONG!r}, but it gave {got!r}."
    )
    for title in ("x" * 80, "  Shopping  ", " " + "y" * 80 + " "):
        got = call(page, "titleProblem", title)
        assert got == "", (
            f"titleProblem({title[:12]!r}{'...' if len(title) > 12 else ''}) should give \"\" "
            f"(the title is fine: at most 80 characters without its outer spaces), but it gave "
            f"{got!r}."
        )


def test_typing_a_title_shows_how_many_characters_are_left(page):
    page.type(TITLE, "Milk")
    shown = page.text("#title-help")
    if shown == "76 characters left":
        return
    if shown == "":
        page.assert_listens(TITLE, "input")
        raise CheckFailure(
            "After typing 'Milk' in the title box, the help line (#title-help) should say "
            "'76 characters left', but it is still empty. In the input listener, set "
            "help.textContent." + NOT_LOADED,
            JS,
        )
    raise CheckFailure(
        "After typing 'Milk' in the title box, the help line (#title-help) should say "
        f"'76 characters left', but it says {shown!r}. Show charactersLeft(title.value, "
        "MAX_TITLE) followed by \" characters left\": read the value of the title box each time "
        "the listener runs, not once when the page loads.",
        JS,
    )


def test_a_blank_title_is_stopped_in_the_browser_with_the_problem(page):
    page.type(TITLE, "   ")
    page.click(SAVE)
    if page.reloaded:
        raise CheckFailure(
            "With a title of only spaces, clicking 'Save the note' sent the form to the server. "
            "The page should stop it: in the form's submit listener, when titleProblem(...) is "
            "not \"\", call event.preventDefault()." + NOT_LOADED,
            JS,
        )
    shown = page.text("#title-help")
    assert shown == BLANK, (
        "With a title of only spaces, clicking 'Save the note' should show "
        f"{BLANK!r} in the help line (#title-help), but it shows {shown!r}. Put the answer of "
        "titleProblem(...) in help.textContent."
    )


def test_a_good_title_is_sent_to_the_server(page):
    page.type(TITLE, "Shopping")
    page.click(SAVE)
    assert page.reloaded, (
        "With the title 'Shopping', clicking 'Save the note' should send the form to the "
        "server, but the page stopped it. Call event.preventDefault() only when "
        "titleProblem(...) gives a problem (when it is not \"\")."
    )
