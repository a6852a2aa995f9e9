"""Checks for "Next bus": an async function awaits two slow answers, one after the other.

The page runs on a clock that only moves when a check says so (page.advance):
each of timetable.js's answers takes 1000 ms, so both take 2000 ms.
"""

from tutor.checks import CheckFailure

SCRIPT = "script.js"
ONE_ANSWER = 1000  # ms: how long each function of timetable.js takes


def line_of(files, words):
    """The first line of script.js that holds words (None when there is none)."""
    for number, line in enumerate(files.lines(SCRIPT), start=1):
        if words in line:
            return number
    return None


def fail(files, message, words="showNextBus"):
    raise CheckFailure(message, SCRIPT, line_of(files, words))


def ask(browser, stop):
    """A fresh page: type the stop's name, click Ask. The clock has not moved yet."""
    page = browser()
    page.type("#stop", stop)
    page.click("#ask")
    return page


def test_show_next_bus_is_an_async_function_that_shows_asking(browser, files):
    page = browser()
    kind = page.evaluate("typeof showNextBus === 'function' ? showNextBus.constructor.name : ''")
    if kind == "":
        fail(
            files,
            "script.js has no function called showNextBus. Keep the line that starts "
            "with function showNextBus, and write async before it.",
        )
    if kind != "AsyncFunction":
        fail(
            files,
            "showNextBus should be an async function, so that it can use await: "
            "write async function showNextBus() { ... }.",
        )
    page = ask(browser, "Market Square")
    shown = page.text("#answer")
    if shown != "Asking...":
        fail(
            files,
            "Right after a click on Ask, #answer should show Asking... (the timetable "
            f"takes two seconds to answer), but it shows {shown!r}. Make that the first "
            "line of showNextBus.",
        )


def a_promise_used_as_an_answer(files, shown):
    """Fail with the likely cause when the page shows what a forgotten await shows."""
    if "[object Promise]" in shown:
        fail(
            files,
            f"#answer shows {shown!r}: minutesUntilBus gives back a promise, and "
            "your code used the promise instead of waiting for its number. Write await "
            "before minutesUntilBus(...).",
            "minutesUntilBus",
        )
    if "undefined" in shown:
        fail(
            files,
            f"#answer shows {shown!r}: minutesUntilBus found no bus, because it "
            "was given a promise instead of the stop's number. Write await before "
            'findStop(...), so that the variable holds the number, such as "S14".',
            "findStop",
        )


def test_the_minutes_are_shown_after_both_answers(browser, files):
    for stop, minutes in (("Market Square", 7), ("hospital", 25)):
        page = ask(browser, stop)
        page.advance(ONE_ANSWER)
        early = page.text("#answer")
        a_promise_used_as_an_answer(files, early)
        if early.startswith("Next bus"):
            fail(
                files,
                f"One second after asking for {stop!r}, only findStop has answered, so "
                f"#answer should still show Asking..., but it shows {early!r}. Show the "
                "minutes only after the second await, on minutesUntilBus.",
                "minutesUntilBus",
            )
        page.advance(ONE_ANSWER)
        shown = page.text("#answer")
        expected = f"Next bus in {minutes} minutes"
        if shown == expected:
            continue
        a_promise_used_as_an_answer(files, shown)
        fail(
            files,
            f"After typing {stop!r} and clicking Ask, #answer should show Asking..., "
            f"then {expected!r} two seconds later, but it shows {shown!r}. Find the stop with "
            "the name in the box (stopBox.value), then ask minutesUntilBus for that stop.",
            "minutesUntilBus",
        )


def test_an_unknown_stop_shows_the_timetables_message(browser, files):
    page = ask(browser, "Moon Base")
    page.advance(2 * ONE_ANSWER)
    shown = page.text("#answer")
    expected = "There is no stop called Moon Base."
    if shown == expected:
        return
    a_promise_used_as_an_answer(files, shown)
    if shown == f"Error: {expected}":
        fail(
            files,
            f"#answer shows {shown!r}: that is the whole Error object turned into "
            f"text. Show only error.message, so it reads {expected!r}.",
            "catch",
        )
    if shown == "Asking...":
        fail(
            files,
            "After typing Moon Base (no stop has that name) and clicking Ask, #answer "
            f"should show {expected!r}, but it still shows Asking...: findStop's promise was "
            "rejected, so await threw its error, and nothing caught it. Put the awaits inside "
            "try { ... } and show error.message in catch (error) { ... }.",
            "await",
        )
    fail(
        files,
        "After typing Moon Base (no stop has that name) and clicking Ask, #answer "
        f"should show {expected!r}, but it shows {shown!r}. In catch, show error.message.",
        "catch",
    )
