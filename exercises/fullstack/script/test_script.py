"""Checks for the notes app's script: the two pure functions in static/notes.js
(run without a browser), and how the page and the app deliver the script."""

import pytest

JS = "static/notes.js"
BLANK = "Give your note a title."
TOO_LONG = "Keep the title to 80 characters or fewer."


@pytest.fixture
def client(files, wsgi_client, tmp_path):
    app = files.python_module("app").create_app(str(tmp_path / "notes.db"))
    return wsgi_client(app, name="your app")


def test_characters_left_counts_down_from_the_limit(js):
    script = js(JS)
    for text, limit, expected in (("", 80, 80), ("hello", 80, 75), ("x" * 90, 80, -10),
                                  ("abc", 10, 7)):
        got = script.call("charactersLeft", text, limit)
        assert got == expected, (
            f"charactersLeft({text[:12]!r}{'...' if len(text) > 12 else ''}, {limit}) should "
            f"give {expected}, but it gave {got!r}. Subtract text.length from limit."
        )


def test_title_problem_asks_for_a_title_when_it_is_blank(js):
    script = js(JS)
    for title in ("", "   "):
        got = script.call("titleProblem", title)
        assert got == BLANK, (
            f"titleProblem({title!r}) should give {BLANK!r}, but it gave {got!r}. Use "
            "title.trim() before you test whether it is empty."
        )


def test_title_problem_refuses_a_title_that_is_too_long(js):
    script = js(JS)
    got = script.call("titleProblem", "x" * 81)
    assert got == TOO_LONG, (
        f"titleProblem of an 81-character title should give {TOO_LONG!r}, but it gave {got!r}."
    )
    for title in ("x" * 80, "  Shopping  ", " " + "y" * 80 + " "):
        got = script.call("titleProblem", title)
        assert got == "", (
            f"titleProblem({title[:12]!r}{'...' if len(title) > 12 else ''}) should give \"\" "
            f"(the title is fine: at most 80 characters without its outer spaces), but it gave "
            f"{got!r}."
        )


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
