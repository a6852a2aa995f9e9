"""Checks for "This week's classes": a list that says when it waits, is empty, or failed.

No network is used: each check answers the page's fetch itself. With
fetch_delay, the fake server takes that long to answer, on the page's own
clock, so the check can read the page while it waits, then page.advance().
"""

from tutor.checks import CheckFailure

SCRIPT = "classes.js"
WAIT = 1000
CLASSES = [
    {"id": 1, "name": "Bread baking"},
    {"id": 2, "name": "First aid"},
    {"id": 3, "name": "Spanish for beginners"},
]
NAMES = [session["name"] for session in CLASSES]
LOADING = "Loading..."
EMPTY = "No classes this week."
FAILED = "Could not load the classes."
BROKEN = (500, {"error": "The database is locked."})


def line_of(files, words):
    """The first line of classes.js that holds words (None when there is none)."""
    for number, line in enumerate(files.lines(SCRIPT), start=1):
        if words in line:
            return number
    return None


def fail(files, message, words="fetch"):
    raise CheckFailure(message, SCRIPT, line_of(files, words))


def retry_shows(page):
    return page.attribute("#retry", "hidden") is None


def asked_for_the_classes(page, files, times=1):
    asked = [f"{r['method']} {r['url']}" for r in page.requests]
    if not asked:
        fail(
            files,
            "When the page loads, it should ask the server for the classes with "
            'fetch("/api/classes"), but it never called fetch. Write an async function '
            "that fetches, and call it on the last line of classes.js.",
        )
    if not all(r["url"].split("?")[0].endswith("/api/classes") for r in page.requests):
        fail(
            files,
            f"The page should fetch /api/classes, but it asked for: {', '.join(asked)}. "
            "Check the address.",
        )
    if len(asked) > times > 1:
        fail(
            files,
            f"One click on Try again should fetch once, but the page has fetched "
            f"{len(asked)} times in all, where {times} were expected. Is addEventListener "
            "inside the loading function? Then each load adds one more listener. Add it "
            "once, at the bottom of classes.js.",
            "addEventListener",
        )
    if len(asked) != times:
        fail(
            files,
            f"The page should have fetched /api/classes {times} time(s) by now, but it "
            f"fetched {len(asked)} times. Call your function once when the page loads, "
            "and once for each click on Try again.",
            "addEventListener",
        )


def test_the_page_says_loading_while_it_waits(browser, files):
    page = browser(fetch={"/api/classes": CLASSES}, fetch_delay=WAIT)
    asked_for_the_classes(page, files)
    status, drawn = page.text("#status"), page.all("#classes li")
    if status != LOADING:
        fail(
            files,
            f"The server takes a second to answer. While the page waits, #status should "
            f"show {LOADING!r}, but it shows {status!r}. Set the text before the line "
            "with await fetch: the lines after an await run only when the answer has come.",
            "await fetch",
        )
    page.advance(WAIT)
    status, drawn = page.text("#status"), page.all("#classes li")
    if drawn != NAMES:
        fail(
            files,
            f"When the 3 classes came, #classes should list {NAMES!r}, but it lists "
            f"{drawn!r}. Read the list with await response.json(), and give it to "
            "drawClasses.",
            "drawClasses",
        )
    if status:
        fail(
            files,
            f"The classes came and are drawn, so #status should be empty now, but it "
            f'still shows {status!r}. Once the list is drawn, set the status text to "".',
            "Loading",
        )


def test_an_empty_week_says_so(browser, files):
    page = browser(fetch={"/api/classes": []}, fetch_delay=WAIT)
    asked_for_the_classes(page, files)
    page.advance(WAIT)
    status = page.text("#status")
    if status != EMPTY:
        fail(
            files,
            f"When the server answers with an empty list, #status should show {EMPTY!r}, "
            f"but it shows {status!r}. A blank page looks broken: after reading the JSON, "
            "look at classes.length.",
            "length",
        )
    if retry_shows(page):
        fail(
            files,
            "An empty week is not an error, but the Try again button shows. Show the "
            "button only in catch.",
            "hidden",
        )


def test_an_error_says_so_and_shows_try_again(browser, files):
    page = browser(fetch={"/api/classes": CLASSES}, fetch_delay=WAIT)
    page.advance(WAIT)
    if retry_shows(page):
        fail(
            files,
            "The classes loaded, but the Try again button shows. It should stay hidden "
            "unless loading failed.",
            "hidden",
        )
    answers = (
        ("the server answers 500 Internal Server Error", {"/api/classes": BROKEN}, "ok"),
        ("there is no server at all (fetch fails)", None, "try"),
    )
    for what, fetch, where in answers:
        page = browser(fetch=fetch, fetch_delay=WAIT)
        asked_for_the_classes(page, files)
        page.advance(WAIT)
        status = page.text("#status")
        if status != FAILED:
            why = (
                "fetch does not fail on an error status: check response.ok, and throw "
                "an Error when it is false, so that catch runs."
                if fetch
                else "Put the fetch inside try { ... }, and show the message in catch."
            )
            fail(
                files,
                f"When {what}, #status should show {FAILED!r}, but it shows {status!r}. {why}",
                where,
            )
        if not retry_shows(page):
            fail(
                files,
                f"When {what}, the Try again button #retry should show, but it is still "
                "hidden. In catch, set retry.hidden to false.",
                "catch",
            )


def test_try_again_loads_the_classes_again(browser, files):
    answers = [BROKEN, BROKEN, CLASSES]

    def server(request):
        return answers.pop(0) if answers else CLASSES

    page = browser(fetch=server, fetch_delay=WAIT)
    page.advance(WAIT)
    page.assert_listens("#retry", "click")
    for attempt in (1, 2):
        page.click("#retry")
        asked_for_the_classes(page, files, times=1 + attempt)
        status = page.text("#status")
        if status != LOADING:
            fail(
                files,
                f"After a click on Try again, the page asks again and waits, so #status "
                f"should show {LOADING!r}, but it shows {status!r}. The click should call "
                "the function that loads the classes, and that function should set the "
                "waiting text first, before await fetch.",
                "addEventListener",
            )
        if retry_shows(page):
            fail(
                files,
                "After a click on Try again, the page is loading again, so the button "
                "should hide until the answer comes, but it still shows. Hide it at the "
                "start of each load.",
                "Loading",
            )
        page.advance(WAIT)
    drawn, status = page.all("#classes li"), page.text("#status")
    if drawn != NAMES or status or retry_shows(page):
        fail(
            files,
            f"The third try worked: #classes should list {NAMES!r} with an empty #status "
            f"and no Try again button, but it lists {drawn!r}, #status shows {status!r} "
            f"and the button {'shows' if retry_shows(page) else 'is hidden'}.",
            "drawClasses",
        )
