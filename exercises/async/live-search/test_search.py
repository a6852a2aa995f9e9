"""Checks for "Search the library": one search per pause in the typing, not one per key.

page.type types every key at the same moment on the page's clock; page.advance(ms)
lets time pass, so the timers of the learner's page run. The catalogue is a fake
server that answers at once.
"""

from urllib.parse import parse_qs, urlsplit

from tutor.checks import CheckFailure

SCRIPT = "search.js"
PAUSE = 300
CATALOGUE = ["The Hobbit", "Small Island", "The Secret Garden", "Hobbit Houses"]


def line_of(files, words):
    """The first line of search.js that holds words (None when there is none)."""
    for number, line in enumerate(files.lines(SCRIPT), start=1):
        if words in line:
            return number
    return None


def fail(files, message, words="setTimeout"):
    raise CheckFailure(message, SCRIPT, line_of(files, words) or line_of(files, "TODO"))


def catalogue(request):
    words = parse_qs(urlsplit(request["url"]).query).get("q", [""])[0].lower()
    return [{"title": title} for title in CATALOGUE if words in title.lower()]


def searched(page):
    """The words of each search the page sent, in order."""
    return [parse_qs(urlsplit(r["url"]).query).get("q", [""])[0] for r in page.requests]


def nothing_while_typing(page, files, typed):
    sent = searched(page)
    if len(sent) > 1:
        fail(
            files,
            f"The check typed {typed!r} quickly, and the page searched {len(sent)} times "
            f"already, once per key ({sent!r}). Wait for the pause: in the input "
            "listener, do not call searchFor; start a timer with setTimeout that calls it.",
            "addEventListener",
        )
    if sent:
        fail(
            files,
            f"The check typed {typed!r} and no time has passed yet, but the page already "
            f"searched for {sent[0]!r}. Call searchFor only from a timer's function, "
            f"{PAUSE} ms after the key.",
        )


def test_a_pause_in_the_typing_searches_once(browser, files):
    page = browser(fetch=catalogue)
    page.assert_listens("#search", "input")
    page.type("#search", "hobbit")
    nothing_while_typing(page, files, "hobbit")
    page.advance(PAUSE)
    sent = searched(page)
    if not sent:
        fail(
            files,
            f"The check typed 'hobbit' and waited {PAUSE} ms, but the page never "
            f"searched. The timer should call searchFor after {PAUSE} ms: check the "
            "number you gave setTimeout, and that you gave it a function.",
        )
    if len(sent) > 1:
        fail(
            files,
            f"The check typed 'hobbit' and waited, and the page searched {len(sent)} "
            f"times ({sent!r}): every key set its own timer. At each key, cancel the "
            "timer of the key before with clearTimeout, so that only the last one runs.",
            "clearTimeout",
        )
    if sent != ["hobbit"]:
        fail(
            files,
            f"The check typed 'hobbit', but the page searched for {sent[0]!r}. Read "
            "box.value inside the timer's function, when the typing has stopped.",
            "searchFor(",
        )
    drawn = page.all("#results li")
    if drawn != ["The Hobbit", "Hobbit Houses"]:
        fail(
            files,
            f"The catalogue found 2 books, but #results shows {drawn!r}. Call searchFor "
            "with the words; it draws the books itself.",
            "searchFor(",
        )


def test_each_key_starts_the_wait_again(browser, files):
    page = browser(fetch=catalogue)
    page.assert_listens("#search", "input")
    for key in "hob":
        page.type("#search", key)
        page.advance(200)
    sent = searched(page)
    if sent == ["h", "ho", "hob"]:
        fail(
            files,
            "The check typed h, o and b, with 200 ms between keys, and the page searched "
            f"after each key ({sent!r}), less than 200 ms after it. The person was still "
            f"typing: the timer should wait {PAUSE} ms. Check the number you give setTimeout.",
        )
    if sent:
        fail(
            files,
            "The check typed h, o and b, with 200 ms between keys: the person was still "
            f"typing, so the page should not search yet, but it searched for {sent!r}. "
            "Each key must start the wait again: call clearTimeout with the timer of "
            "the key before, then start a new one.",
            "clearTimeout",
        )
    page.advance(PAUSE - 200)
    sent = searched(page)
    if not sent:
        fail(
            files,
            f"{PAUSE} ms after the last key, the page should search for 'hob', but it "
            f"never searched. Check the number you give setTimeout: {PAUSE}.",
        )
    if sent != ["hob"]:
        fail(
            files,
            f"{PAUSE} ms after the last key, the page should search once, for 'hob', "
            f"but it searched for {sent!r}. Keep the timer in a variable outside the "
            "listener, so that the next key can cancel it.",
            "let",
        )


def test_each_pause_searches_again(browser, files):
    page = browser(fetch=catalogue)
    page.assert_listens("#search", "input")
    page.type("#search", "the")
    page.advance(PAUSE)
    page.type("#search", " s")
    nothing_while_typing_again = searched(page)
    page.advance(PAUSE)
    sent = searched(page)
    if nothing_while_typing_again != ["the"] or sent != ["the", "the s"]:
        fail(
            files,
            "The check typed 'the', paused, then typed ' s' and paused again: the page "
            f"should search twice, for 'the' and then 'the s', but it searched for "
            f"{sent!r}. Every pause in the typing should give one search.",
        )
    drawn, status = page.all("#results li"), page.text("#status")
    if drawn != ["The Secret Garden"]:
        fail(
            files,
            f"After the second search, #results should show only 'The Secret Garden', "
            f"but it shows {drawn!r}.",
            "searchFor(",
        )
    page.type("#search", "zz")
    page.advance(PAUSE)
    status = page.text("#status")
    if status != "No results.":
        fail(
            files,
            f"A search that finds no book should show 'No results.', but #status shows "
            f"{status!r}. Did the page search for what is in the box?",
            "searchFor(",
        )
