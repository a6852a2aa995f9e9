"""Checks for "Find a book": a click starts a slow look-up, and .then/.catch show its answer.

The page runs on a clock that only moves when a check says so (page.advance),
so each check can read the page while the catalogue is still looking.
"""

from tutor.checks import CheckFailure

SCRIPT = "script.js"
WAIT = 1500  # ms: how long catalogue.js takes to answer


def line_of(files, words):
    """The first line of script.js that holds words (None when there is none)."""
    for number, line in enumerate(files.lines(SCRIPT), start=1):
        if words in line:
            return number
    return None


def fail(files, message, words="lookUpBook"):
    raise CheckFailure(message, SCRIPT, line_of(files, words))


def look_up(browser, code):
    """A fresh page: type the code, click Find. The clock has not moved yet."""
    page = browser()
    page.type("#code", code)
    page.click("#find")
    return page


def test_a_click_shows_looking_at_once(browser, files):
    page = look_up(browser, "B12")
    shown = page.text("#result")
    if shown == "[object Promise]":
        fail(
            files,
            "Right after the click, #result shows [object Promise]. lookUpBook gives "
            "back a promise, not the title: the title only arrives later. Show the title "
            "inside .then(...).",
        )
    if shown != "Looking...":
        fail(
            files,
            "Right after a click on Find, #result should show Looking... (the "
            f"catalogue takes 1.5 seconds to answer), but it shows {shown!r}. In the click "
            'listener, first set result.textContent to "Looking...".',
            "addEventListener",
        )
    page.advance(WAIT - 100)
    if page.text("#result") != "Looking...":
        fail(
            files,
            "1.4 seconds after the click, the catalogue has not answered yet, so "
            f"#result should still show Looking..., but it shows {page.text('#result')!r}.",
        )


def test_the_title_is_shown_when_the_book_is_found(browser, files):
    for code, title in (("B12", "The Hobbit"), ("c7", "Things Fall Apart")):
        page = look_up(browser, code)
        page.advance(WAIT)
        shown = page.text("#result")
        if shown == title:
            continue
        if shown == "[object Promise]":
            fail(
                files,
                "#result shows [object Promise]: lookUpBook gives back a promise, "
                "not the title. Give the promise a function with .then(function (title) "
                "{ ... }), and show the title inside it.",
            )
        if shown in ("Looking...", ""):
            fail(
                files,
                f"After typing {code} and clicking Find, #result should show {title!r} "
                f"once the catalogue answers (1.5 seconds later), but it still shows "
                f"{shown!r}. Call lookUpBook(codeBox.value), and give its promise a "
                "function with .then(...) that puts the title into #result.",
            )
        fail(
            files,
            f"After typing {code} and clicking Find, #result should show {title!r} "
            f"once the catalogue answers, but it shows {shown!r}. Look up the code that is "
            "in the box (codeBox.value), and show the title that .then gives your function.",
        )


def test_a_missing_book_shows_the_catalogues_message(browser, files):
    page = look_up(browser, "Z9")
    page.advance(WAIT)
    shown = page.text("#result")
    expected = "No book has the code Z9."
    if shown == expected:
        return
    if shown == "[object Promise]":
        fail(
            files,
            "#result shows [object Promise]: lookUpBook gives back a promise, not "
            "its answer. Use .then(...) for the title and .catch(...) for the error.",
        )
    if shown == f"Error: {expected}":
        fail(
            files,
            f"#result shows {shown!r}: that is the whole Error object turned into "
            f"text. Show only its message, error.message, so it reads {expected!r}.",
            "catch",
        )
    if shown == "Looking...":
        fail(
            files,
            "After typing Z9 (no book has that code) and clicking Find, #result "
            f"should show the catalogue's message, {expected!r}, but it still shows "
            "Looking...: the promise was rejected, and nothing caught it. Add "
            ".catch(function (error) { ... }) after the .then, and show error.message.",
            "then",
        )
    fail(
        files,
        "After typing Z9 (no book has that code) and clicking Find, #result should "
        f"show the catalogue's message, {expected!r}, but it shows {shown!r}. In .catch, "
        "show error.message.",
        "catch",
    )
