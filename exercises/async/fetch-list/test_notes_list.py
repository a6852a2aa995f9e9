"""Checks for "My notes": the page fetches /api/notes when it loads and draws the list.

No network is used: each check answers the page's fetch itself (the `fetch=`
of the browser fixture), with notes, with an empty list, or with an error.
"""

from tutor.checks import CheckFailure

SCRIPT = "notes.js"
NOTES = [
    {"id": 3, "title": "Call the dentist", "body": "Before Friday"},
    {"id": 2, "title": "Library books back", "body": ""},
    {"id": 1, "title": "Buy stamps", "body": "Six"},
]
TITLES = [note["title"] for note in NOTES]


def line_of(files, words):
    """The first line of notes.js that holds words (None when there is none)."""
    for number, line in enumerate(files.lines(SCRIPT), start=1):
        if words in line:
            return number
    return None


def fail(files, message, words="fetch"):
    raise CheckFailure(message, SCRIPT, line_of(files, words))


def asked_for_the_notes(page, files):
    """The page must have fetched /api/notes with GET."""
    asked = [f"{r['method']} {r['url']}" for r in page.requests]
    if not asked:
        fail(
            files,
            "When the page loads, it should ask the server for the notes with "
            'fetch("/api/notes"), but it never called fetch. Call fetch in a function, '
            "and call that function at the bottom of notes.js.",
        )
    if not any(
        r["method"] == "GET" and r["url"].split("?")[0].endswith("/api/notes")
        for r in page.requests
    ):
        fail(
            files,
            "When the page loads, it should fetch /api/notes (a GET, with no "
            f"options), but it asked for: {', '.join(asked)}. Check the address.",
        )


def test_each_note_is_drawn_as_a_list_item(browser, files):
    page = browser(fetch={"/api/notes": NOTES})
    asked_for_the_notes(page, files)
    drawn = page.all("#notes li")
    if drawn == TITLES:
        return
    if drawn and all(item == "[object Object]" for item in drawn):
        fail(
            files,
            "Each <li> shows [object Object]: that is a whole note turned into text. "
            "Show only its title, note.title.",
            "textContent",
        )
    if not drawn:
        fail(
            files,
            "The server answered with 3 notes, but #notes shows no <li>. After "
            "fetch, read the notes with await response.json() (json() gives a promise too), "
            "then add one <li> per note to #notes, with the note's title as its text.",
        )
    fail(
        files,
        f"The server answered with 3 notes, so #notes should list their titles "
        f"{TITLES!r}, in that order, but it lists {drawn!r}. Add one <li> per note, in the "
        "order the server sent them, with note.title as its text.",
        "for",
    )


def test_a_title_is_shown_as_text_not_as_html(browser, files):
    title = "<b>Rent</b> is due"
    page = browser(fetch={"/api/notes": [{"id": 1, "title": title, "body": ""}]})
    asked_for_the_notes(page, files)
    drawn = page.all("#notes li")
    if drawn == [title] and not page.exists("#notes li b"):
        return
    if page.exists("#notes li b"):
        fail(
            files,
            f"A note titled {title!r} became bold text on the page: its <b> tag was "
            "read as HTML. Text that people typed must be shown as text: make each <li> "
            'with document.createElement("li") and set its textContent, not innerHTML.',
            "innerHTML",
        )
    fail(
        files,
        f"The server answered with one note titled {title!r}, so #notes should show "
        f"one <li> with exactly that text, but it shows {drawn!r}.",
        "textContent",
    )


def test_an_empty_list_says_no_notes_yet(browser, files):
    page = browser(fetch={"/api/notes": []})
    asked_for_the_notes(page, files)
    status, drawn = page.text("#status"), page.all("#notes li")
    if status != "No notes yet." or drawn:
        fail(
            files,
            "When the server answers with an empty list, #status should show "
            f"'No notes yet.' and #notes stay empty, but #status shows {status!r} and "
            f"#notes has {len(drawn)} <li>. Check notes.length after reading the JSON.",
            "length",
        )
    page = browser(fetch={"/api/notes": NOTES})
    status = page.text("#status")
    if status:
        fail(
            files,
            f"When the server sends 3 notes, #status should stay empty, but it shows "
            f"{status!r}. Show 'No notes yet.' only when the list is empty.",
            "No notes yet",
        )


def test_a_server_error_says_the_notes_could_not_load(browser, files):
    expected = "Could not load the notes."
    answers = (
        (
            "the server answers 500 Internal Server Error",
            {"/api/notes": (500, {"error": "The database is locked."})},
        ),
        ("there is no server at all (fetch fails)", None),
    )
    for what, fetch in answers:
        page = browser(fetch=fetch)
        asked_for_the_notes(page, files)
        status, drawn = page.text("#status"), page.all("#notes li")
        if status == expected and not drawn:
            continue
        if fetch is not None:
            fail(
                files,
                f"When {what}, #status should show {expected!r} and no note should "
                f"be drawn, but #status shows {status!r}. fetch does not fail on an error "
                "status: check response.ok after fetch, and throw an Error when it is false, "
                "so that your catch shows the message.",
                "ok",
            )
        fail(
            files,
            f"When {what}, #status should show {expected!r}, but it shows "
            f"{status!r}. Put the fetch and the drawing inside try {{ ... }}, and show the "
            "message in catch.",
            "try",
        )
    page = browser(fetch={"/api/notes": NOTES})
    if page.text("#status") == expected:
        fail(
            files,
            f"When the server sends 3 notes, #status should stay empty, but it shows "
            f"{expected!r}. Show it only in catch.",
            "Could not",
        )
