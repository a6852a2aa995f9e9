"""Checks for the notes app's style: the link in the page, the route that
sends static/style.css, and the rules in it."""

import pytest

from tutor.checks import CheckFailure

GENERIC_FAMILIES = {"serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui"}
CSS = "static/style.css"


@pytest.fixture
def client(files, wsgi_client, tmp_path):
    app = files.python_module("app").create_app(str(tmp_path / "notes.db"))
    return wsgi_client(app, name="your app")


def test_the_page_links_the_stylesheet(client):
    page = client.get("/").html
    links = page.select('head link[rel="stylesheet"]')
    hrefs = [link.get("href") for link in links]
    assert "/static/style.css" in hrefs, (
        "The page's <head> should have <link rel=\"stylesheet\" href=\"/static/style.css\">, "
        f"but its stylesheet links are {hrefs or 'none'}. Add the line in page() in views.py."
    )


def test_the_app_sends_the_stylesheet(client, files):
    answer = client.get("/static/style.css")
    answer.assert_status(200)
    kind = answer.headers.get("content-type", "(none)")
    assert kind.startswith("text/css"), (
        f"GET /static/style.css should answer with Content-Type text/css, but it was {kind!r}. "
        "Take it from STATIC_TYPES[name]."
    )
    assert answer.body == (files.path / CSS).read_bytes(), (
        "GET /static/style.css should send the bytes of the file static/style.css, but it sent "
        f"something else, starting {answer.text[:60]!r}. Use (STATIC / name).read_bytes()."
    )


def test_other_names_under_static_answer_404(client):
    for path in ("/static/secret.txt", "/static/../app.py", "/static/"):
        answer = client.get(path)
        assert answer.status == 404, (
            f"GET {path} should answer 404, but your app answered {answer.status_line}. Send "
            "only the names listed in STATIC_TYPES, so nobody can read the other files."
        )


def test_the_body_font_has_a_generic_fallback(stylesheet):
    declaration = stylesheet(CSS).rule("body").declaration("font-family")
    last = declaration.value.split(",")[-1].strip().strip("'\"").lower()
    if last not in GENERIC_FAMILIES:
        raise CheckFailure(
            f"{CSS} line {declaration.line}: the font-family list should end with a generic "
            f"family such as sans-serif or serif, but it ends with '{last}'.",
            CSS, declaration.line,
        )


def test_main_is_a_centred_column(stylesheet):
    rule = stylesheet(CSS).rule("main")
    assert rule.has("max-width"), (
        f"The main rule in {CSS} should have a max-width, so lines of text do not get too long."
    )
    parts = (rule.get("margin") or "").lower().split()
    # margin: a; a b; a b c; a b c d -> the right side, then the left side
    right, left = {1: (0, 0), 2: (1, 1), 3: (1, 1), 4: (1, 3)}.get(len(parts), (None, None))
    right = parts[right] if right is not None else None
    left = parts[left] if left is not None else None
    right = (rule.get("margin-right") or right or "").lower()
    left = (rule.get("margin-left") or left or "").lower()
    assert right == "auto" and left == "auto", (
        f"The main rule in {CSS} should have auto margins at the left and right, like "
        "margin: 0 auto;, so the column sits in the middle."
    )


def test_each_note_card_has_a_border_and_padding(stylesheet):
    rule = stylesheet(CSS).rule(".note")
    has_border = any(rule.has(p) for p in ("border", "border-top", "border-left"))
    assert has_border, (
        f"The .note rule in {CSS} should have a border, like border: 1px solid #ccc;."
    )
    has_padding = any(rule.has(p) for p in ("padding", "padding-top", "padding-left"))
    assert has_padding, f"The .note rule in {CSS} should have some padding, like padding: 12px;."


def test_the_stylesheet_has_no_mistakes(stylesheet):
    stylesheet(CSS).assert_valid()
