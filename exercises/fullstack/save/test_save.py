"""Checks for saving a note without reloading the page: the JSON API in app.py, and the
page's script sending the form to it with fetch, in the same check (the page your app
sends, its fetch answered by your app)."""

import pytest

from tutor.checks import CheckFailure

JS = "static/notes.js"
TITLE = "#new-note input[name=title]"
BODY = "#new-note textarea[name=body]"
SAVE = "#new-note button"
FULL = "The notebook is full."


@pytest.fixture
def app(files, tmp_path):
    return files.python_module("app").create_app(str(tmp_path / "notes.db"))


@pytest.fixture
def client(app, wsgi_client):
    return wsgi_client(app, name="your app")


def refusing(app):
    """Your app, except that POST /api/notes always answers 400 with a message of its own."""

    def wrapped(environ, start_response):
        if environ["REQUEST_METHOD"] == "POST" and environ["PATH_INFO"] == "/api/notes":
            start_response("400 Bad Request", [("Content-Type", "application/json")])
            return [b'{"error": "' + FULL.encode() + b'"}']
        return app(environ, start_response)

    return wrapped


def titles_on_the_home_page(client):
    return [h2.get_text() for h2 in client.get("/").html.select("article.note h2")]


def save_in_the_page(page, title, body=""):
    page.type(TITLE, title)
    if body:
        page.type(BODY, body)
    page.click(SAVE)
    if page.reloaded:
        raise CheckFailure(
            f"After typing the title {title!r} and clicking 'Save the note', the form was sent "
            "the old way, so the whole page would load again. In the form's submit listener, "
            "call event.preventDefault() first, every time, and send the note with fetch.",
            JS,
        )


def test_the_api_saves_a_note_and_answers_201_with_it(client):
    answer = client.post("/api/notes", json_body={"title": " Milk ", "body": "Two pints"})
    assert answer.status == 201, (
        "POST /api/notes with a good note should answer 201 Created, but your app answered "
        f"{answer.status_line}. Add the route to app() in app.py, and answer with "
        'send_json(start_response, "201 Created", ...).'
    )
    note = answer.json()
    expected = {"id": 1, "title": "Milk", "body": "Two pints"}
    assert note == expected, (
        f"POST /api/notes should answer with the saved note as JSON, {expected}, but it "
        f"answered {note}. Give back the id that add_note returns, and the title and body "
        "without their outer spaces."
    )
    assert titles_on_the_home_page(client) == ["Milk"], (
        "After POST /api/notes, the note should be saved and shown on the home page, but the "
        f"home page shows {titles_on_the_home_page(client) or 'no notes'}. Save it with "
        "notes_db.add_note."
    )


def test_the_api_refuses_a_blank_title_with_400_and_the_models_message(client):
    answer = client.post("/api/notes", json_body={"title": "   ", "body": "no title"})
    assert answer.status == 400, (
        "POST /api/notes with a blank title should answer 400 Bad Request, but your app "
        f"answered {answer.status_line}. Catch the model's ValueError around add_note."
    )
    expected = {"error": "A note needs a title."}
    assert answer.json() == expected, (
        f"POST /api/notes with a blank title should answer {expected}, but it answered "
        f'{answer.json()}. Put the message of the model\'s error, str(error), under "error".'
    )
    assert titles_on_the_home_page(client) == [], "A note with a blank title was saved."


def test_saving_in_the_page_shows_the_note_without_reloading(browser, client):
    page = browser("/", fetch=client)
    save_in_the_page(page, "Milk", "Two pints")
    posts = [r for r in page.requests if r["method"] == "POST"]
    if not posts:
        raise CheckFailure(
            "After clicking 'Save the note' with the title 'Milk', the page sent nothing to the "
            'server. In the submit listener, when titleProblem(...) gives "", call '
            'fetch("/api/notes", { method: "POST", ... }).',
            JS,
        )
    saved = titles_on_the_home_page(client)
    assert saved == ["Milk"], (
        f"The page sent {posts[0]['method']} {posts[0]['url']}, but the note 'Milk' was not "
        f"saved (the home page shows {saved or 'no notes'}). Send it to /api/notes as JSON: "
        'headers { "Content-Type": "application/json" } and body JSON.stringify({ title: '
        "..., body: ... })."
    )
    shown = page.all("article.note h2")
    assert shown[:1] == ["Milk"], (
        "The note 'Milk' was saved, but the page should now show it first in the list of "
        f'notes (an <article class="note"> with an <h2>), and its notes are {shown or "none"}.'
        " Make the article from the note in the server's answer, and put it right after the "
        "form with form.after(...)."
    )
    bodies = page.all("article.note p")
    assert bodies[:1] == ["Two pints"], (
        f"The new note's body should show as 'Two pints' in a <p> of its article, but the "
        f"page shows {bodies[:1] or 'no <p>'}."
    )
    assert not page.exists("#no-notes"), (
        "The page shows the new note, but still says 'No notes yet.'. Remove the element "
        "#no-notes when a note is added."
    )
    assert page.value(TITLE) == "", (
        "After the note is saved, the form should be empty again for the next note, but the "
        f"title box still holds {page.value(TITLE)!r}. Call form.reset()."
    )


def test_html_typed_into_a_title_is_shown_as_text(browser, client):
    page = browser("/", fetch=client)
    save_in_the_page(page, "<b>Bold</b>")
    shown = page.all("article.note h2")
    assert shown[:1] == ["<b>Bold</b>"] and not page.exists("article.note h2 b"), (
        "A title typed as <b>Bold</b> should be shown as it was typed, as text, but the page "
        f"shows {shown[:1]} and made a <b> element of it. Set the heading's textContent, "
        "never its innerHTML, with text a person typed."
    )


def test_the_servers_message_is_shown_when_it_refuses_the_note(browser, wsgi_client, app):
    page = browser("/", fetch=wsgi_client(refusing(app), name="your app"))
    save_in_the_page(page, "Milk")
    shown = page.text("#title-help")
    assert shown == FULL, (
        f'When the server answers 400 with {{"error": {FULL!r}}}, the help line '
        f"(#title-help) should show {FULL!r}, but it shows {shown!r}. When response.ok is "
        'false, show the "error" of the answer\'s JSON: the server knows what went wrong.'
    )
    assert page.count("article.note") == 0, (
        "The server refused the note, but the page shows it as saved. Add the note to the "
        "page only when response.ok is true."
    )


def test_a_blank_title_is_still_stopped_before_anything_is_sent(browser, client):
    page = browser("/", fetch=client)
    save_in_the_page(page, "   ")
    assert not [r for r in page.requests if r["method"] == "POST"], (
        "With a title of only spaces, the page sent the note to the server anyway. Check "
        "titleProblem(...) first, and return before fetch when it gives a problem."
    )
    shown = page.text("#title-help")
    assert shown == "Give your note a title.", (
        "With a title of only spaces, the help line (#title-help) should say 'Give your note "
        f"a title.', but it says {shown!r}."
    )
