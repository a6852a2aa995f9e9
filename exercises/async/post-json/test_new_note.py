"""Checks for the notes page's form: POST the note as JSON, then show the server's answer.

Each check answers the page's fetch with a small fake API (the function
`server` below), which behaves like the notes app's: GET /api/notes lists the
notes, POST /api/notes answers 201 with the new note, or 400 with
{"error": "..."} when the model refuses it.
"""

import json

from tutor.checks import CheckFailure

SCRIPT = "notes.js"
OLD_NOTE = {"id": 1, "title": "Water the plants", "body": ""}
SAVE = "#new-note button[type=submit]"


def server(request):
    """A fake notes API: it checks a posted note as the notes app's model does."""
    if request["method"] == "GET":
        return [OLD_NOTE]
    try:
        sent = json.loads(request.get("body") or "")
    except ValueError:
        sent = None
    if not isinstance(sent, dict):
        return 400, {"error": 'Send the note as JSON, like {"title": "..."}.'}
    title = str(sent.get("title", "")).strip()
    if not title:
        return 400, {"error": "A note needs a title."}
    if len(title) > 80:
        return 400, {"error": "A title can be at most 80 characters long."}
    return 201, {"id": 2, "title": title, "body": str(sent.get("body", "")).strip()}


def line_of(files, words):
    """The first line of notes.js that holds words (None when there is none)."""
    for number, line in enumerate(files.lines(SCRIPT), start=1):
        if words in line:
            return number
    return None


def fail(files, message, words="fetch("):
    raise CheckFailure(message, SCRIPT, line_of(files, words))


def save(browser, files, title, body="", fetch=server):
    """A fresh page: fill in the form and press Save. The page must not reload."""
    page = browser(fetch=fetch)
    page.type("#title", title)
    if body:
        page.type("#body", body)
    page.click(SAVE)
    if page.reloaded and not page.listeners("submit"):
        fail(
            files,
            "Pressing Save sent the form the old way, because nothing listens for the "
            'form\'s submit event. Add form.addEventListener("submit", ...) with an async '
            "function that calls event.preventDefault() first, then fetch.",
            "TODO",
        )
    if page.reloaded:
        fail(
            files,
            "Pressing Save sent the form the old way, so the browser would load a new "
            "page and your script's work would be lost. In the form's submit listener, call "
            "event.preventDefault() first.",
            "addEventListener",
        )
    return page


def the_post(page, files):
    """The page's POST request, or a failure that says what it sent instead."""
    posts = [r for r in page.requests if r["method"] == "POST"]
    if not posts:
        asked = [f"{r['method']} {r['url']}" for r in page.requests]
        fail(
            files,
            "Pressing Save should send the note with fetch, as a POST to /api/notes, "
            f"but the page only asked for: {', '.join(asked) or 'nothing'}. Listen for the "
            'form\'s "submit" event, and give fetch a second argument with method: "POST".',
            "addEventListener",
        )
    return posts[-1]


def test_saving_sends_the_note_as_json(browser, files):
    page = save(browser, files, "Buy bread", "Brown, sliced")
    post = the_post(page, files)
    if not post["url"].split("?")[0].endswith("/api/notes"):
        fail(files, f"The note should be posted to /api/notes, but it went to {post['url']}.")
    content_type = post["headers"].get("content-type", "")
    if "application/json" not in content_type:
        fail(
            files,
            "The POST should say that its body is JSON, with the header "
            '"Content-Type": "application/json", but it sent '
            f"{content_type or 'none of its own (a browser then says text/plain)'}. "
            "Without it, Flask's request.get_json() does not read the body.",
            "headers",
        )
    try:
        sent = json.loads(post.get("body") or "")
    except ValueError:
        fail(
            files,
            f"The POST's body should be JSON text, but it was {post.get('body')!r}. "
            "Turn the note into JSON with JSON.stringify({ title: ..., body: ... }).",
            "body",
        )
    expected = {"title": "Buy bread", "body": "Brown, sliced"}
    if sent != expected:
        fail(
            files,
            f"With 'Buy bread' typed as the title and 'Brown, sliced' as the note, the "
            f"POST's body should be {json.dumps(expected)}, but it was {json.dumps(sent)}. "
            "Take the values from the form's two fields.",
            "JSON.stringify",
        )


def test_a_saved_note_goes_to_the_top_of_the_list(browser, files):
    page = save(browser, files, " ")
    page.type("#title", "Buy bread")
    page.click(SAVE)
    the_post(page, files)
    listed = page.all("#notes li")
    if listed != ["Buy bread", OLD_NOTE["title"]]:
        fail(
            files,
            "After the server answers 201 with the new note, the list should show it "
            f"first, above the old one: ['Buy bread', '{OLD_NOTE['title']}'], but it shows "
            f"{listed!r}. Use response.status to see that the note was made, then "
            "list.prepend(noteItem(the note the server sent back)).",
            "status",
        )
    left = page.value("#title"), page.value("#body")
    if left != ("", ""):
        fail(
            files,
            "After a note is saved, the form should be empty for the next note, but "
            f"the title still holds {left[0]!r}. Call form.reset().",
            "status",
        )
    error = page.text("#form-error")
    if error:
        fail(
            files,
            "After a note is saved, #form-error should be empty, but it still shows "
            f"{error!r} from the try before. Empty it when the note is saved.",
            "formError",
        )


def test_a_refused_note_shows_the_servers_message(browser, files):
    long_title = "Plans for the garden " * 5
    for title, message in (
        ("   ", "A note needs a title."),
        (long_title, "A title can be at most 80 characters long."),
    ):
        page = save(browser, files, title)
        the_post(page, files)
        shown = page.text("#form-error")
        if shown != message:
            fail(
                files,
                f"When the server refuses a note with 400 and "
                f'{{"error": "{message}"}}, #form-error should show its message, '
                f"{message!r}, but it shows {shown!r}. When the status is not 201, read the "
                "answer with await response.json() and show its error.",
                "status",
            )
        listed = page.all("#notes li")
        if listed != [OLD_NOTE["title"]]:
            fail(
                files,
                f"A refused note should not be added to the list, but the list shows "
                f"{listed!r}. Add the note only when the status is 201.",
                "prepend",
            )
        if title.strip() and page.value("#title").strip() != title.strip():
            fail(
                files,
                "After the server refuses a note, the form should keep what was typed, "
                "so the person can fix it, but the title box was emptied. Reset the form "
                "only after a 201.",
                "reset",
            )


def test_no_answer_says_the_note_could_not_be_saved(browser, files):
    page = save(browser, files, "Buy bread", fetch=None)
    the_post(page, files)
    shown = page.text("#form-error")
    expected = "Could not save the note. Try again."
    if shown != expected:
        fail(
            files,
            f"When the server does not answer at all, #form-error should show "
            f"{expected!r}, but it shows {shown!r}. Put the fetch inside try {{ ... }}, and "
            "show that sentence in catch.",
            "try",
        )
