"""Checks for the notes app's pages: views.py and the routes in app.py.

Each check makes the app with your create_app() on a new, empty database
file, then sends it requests as a browser would.
"""

import sqlite3

import pytest


@pytest.fixture
def notes_app(files, wsgi_client, tmp_path):
    """(a client for your app, the database file)."""
    path = tmp_path / "notes.db"
    app = files.python_module("app").create_app(str(path))
    return wsgi_client(app, name="your app"), path


def put_notes(path, *notes):
    """Write notes straight into the database, as (title, body) pairs."""
    with sqlite3.connect(path) as connection:
        connection.executemany("INSERT INTO notes (title, body) VALUES (?, ?)", notes)
    connection.close()


def saved_titles(path):
    connection = sqlite3.connect(path)
    try:
        return [title for (title,) in connection.execute("SELECT title FROM notes ORDER BY id")]
    finally:
        connection.close()


def cards(response):
    return response.html.select("article.note")


def test_each_note_is_shown_as_a_card(notes_app):
    client, path = notes_app
    put_notes(path, ("Shopping", "Tea and soap"))
    home = client.get("/")
    home.assert_status(200)
    found = cards(home)
    assert len(found) == 1, (
        f"With one note in the database, the home page should have one <article class=\"note\">, "
        f"but it has {len(found)}. note_card should return the article."
    )
    card = found[0]
    title = card.select_one("h2")
    body = card.select_one("p")
    assert title is not None and title.get_text().strip() == "Shopping", (
        "The note's card should show its title 'Shopping' in an <h2>, but the card is:\n"
        f"  {card}"
    )
    assert body is not None and body.get_text().strip() == "Tea and soap", (
        f"The note's card should show its body 'Tea and soap' in a <p>, but the card is:\n  {card}"
    )
    form = card.select_one("form")
    action = form.get("action") if form else None
    posts = form is not None and form.get("method", "").lower() == "post"
    assert posts and action == "/notes/1/delete", (
        "The card of note 1 should hold a form with method=\"post\" and "
        f"action=\"/notes/1/delete\", with a Delete button, but the card is:\n  {card}"
    )


def test_a_notes_title_and_body_are_escaped(notes_app):
    client, path = notes_app
    put_notes(path, ("<i>Big</i> plans", "Call <b>Ana</b> & Bo"))
    found = cards(client.get("/"))
    assert found, "The home page shows no note card: finish step 1 first."
    card = found[0]
    tags = sorted({tag.name for tag in card.select("h2 *, p *")})
    assert not tags, (
        f"A note typed with HTML in it became real tags ({', '.join(tags)}) on the page. Pass the "
        "title and the body through escape() in note_card."
    )
    assert card.select_one("h2").get_text().strip() == "<i>Big</i> plans", (
        "The title '<i>Big</i> plans' should be shown exactly as typed."
    )


def test_posting_the_form_saves_a_note_and_goes_home(notes_app):
    client, path = notes_app
    posted = client.post("/notes", data={"title": "Letters", "body": "Write to Mum"})
    posted.assert_status(303)
    assert posted.location == "/", (
        f"After POST /notes, the browser should be sent to / (Location: /), but the Location "
        f"header is {posted.location!r}. Use redirect(start_response, \"/\")."
    )
    assert saved_titles(path) == ["Letters"], (
        f"After POST /notes with the title 'Letters', the database should hold that one note, "
        f"but its titles are {saved_titles(path)!r}. Read the form with read_form(environ) and "
        "call notes_db.add_note(connection, title, body)."
    )
    titles = [card.select_one("h2").get_text().strip() for card in cards(client.get("/"))]
    assert titles == ["Letters"], f"The home page should now show the note, but shows {titles!r}."


def test_a_note_without_a_title_gets_400_and_the_reason(notes_app):
    client, path = notes_app
    refused = client.post("/notes", data={"title": "  ", "body": "no title"})
    refused.assert_status(400)
    assert "A note needs a title." in refused.text, (
        "The 400 page should show the model's reason, 'A note needs a title.'. Catch the "
        "ValueError (except ValueError as error:) and show str(error) with message_page."
    )
    assert saved_titles(path) == [], "A refused note should not be saved."


def test_the_delete_button_deletes_that_note(notes_app):
    client, path = notes_app
    put_notes(path, ("keep me", ""), ("delete me", ""))
    answer = client.post("/notes/2/delete")
    answer.assert_status(303)
    assert answer.location == "/", "After deleting, the browser should be sent to / (Location: /)."
    assert saved_titles(path) == ["keep me"], (
        "After POST /notes/2/delete, only note 2 ('delete me') should be gone, but the saved "
        f"titles are {saved_titles(path)!r}. Turn the id from the path into a number with "
        "int(...) and call notes_db.delete_note."
    )


def test_deleting_a_note_that_is_not_there_answers_404(notes_app):
    client, _ = notes_app
    answer = client.post("/notes/7/delete")
    assert answer.status == 404, (
        f"POST /notes/7/delete, when there is no note 7, should answer 404, but your app "
        f"answered {answer.status_line}. delete_note gives False when nothing was deleted."
    )
    assert client.get("/notes/1/delete").status == 404, (
        "GET /notes/1/delete should answer 404: deleting needs a POST, from the button's form."
    )
