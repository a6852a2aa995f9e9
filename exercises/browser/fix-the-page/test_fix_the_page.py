"""Checks for the workshop hours page, which starts with several bugs.

Each check uses the page as a person does and says what it saw, so each bug shows up
as a behaviour that is wrong. A bug that stops the script (a selector that finds
nothing, a form that reloads the page) is said by the page loader, at its line.
"""

from tutor.checks import CheckFailure

SCRIPT = "script.js"


def line_of(files, words):
    """The first line of script.js that holds words (None when there is none)."""
    for number, line in enumerate(files.lines(SCRIPT), start=1):
        if words in line:
            return number
    return None


def fail(files, message, words):
    raise CheckFailure(message, SCRIPT, line_of(files, words))


def add(page, task, hours):
    page.type("#task", task)
    page.type("#hours", hours)
    page.submit("#hours-form")


def test_the_form_adds_an_entry(browser, files):
    page = browser()
    add(page, "Painting", "3")
    shown = page.all("#entries li")
    if shown != ["Painting: 3 hours"]:
        fail(
            files,
            "After adding 'Painting' for 3 hours, the list should show 'Painting: 3 hours', "
            f"but it shows {shown}. Print entries with console.log at the end of the submit "
            "listener, and look at it with ctrl+o.",
            "entries.push",
        )


def test_the_total_adds_up_the_hours(browser, files):
    page = browser()
    add(page, "Painting", "3")
    add(page, "Sanding", "2")
    add(page, "Varnish", "4")
    shown = page.text("#total")
    if shown == "9":
        return
    if not shown.isdigit() or shown.startswith("0") or int(shown) > 9:
        fail(
            files,
            f"After entries of 3, 2 and 4 hours, #total should show 9, but it shows "
            f"{shown!r}: the hours were joined as text, not added. A field's value is "
            'always text, even when it holds digits, and 0 + "2" gives "02". Keep the '
            "hours as a number in each entry: the listener already works one out with "
            "Number(...).",
            "entries.push",
        )
    if shown == "6":
        fail(
            files,
            "After entries of 3, 2 and 4 hours, #total should show 9, but it shows 6: the "
            "first entry's 3 hours are left out. Look at where the loop that adds up the "
            "hours starts: the first item of an array is number 0.",
            "for (let i",
        )
    fail(
        files,
        f"After entries of 3, 2 and 4 hours, #total should show 9, but it shows {shown!r}. "
        "Look at the loop in render() that adds up the hours.",
        "sum",
    )


def test_hours_that_are_not_1_to_12_are_refused(browser, files):
    for hours in ("lots", "", "0", "13"):
        page = browser()
        add(page, "Painting", hours)
        said = page.text("#message")
        shown = page.all("#entries li")
        if shown or not said:
            given = f"{hours!r}" if hours else "nothing"
            fail(
                files,
                f"With {given} as the hours, the page should refuse the entry and say why in "
                f"#message, but the list shows {shown} and #message says {said!r}. "
                'Number("lots") is NaN, and every comparison with NaN is false, so NaN < 1 '
                "and NaN > 12 are both false. Write the rule the other way round: the hours "
                "are right when they are at least 1 and at most 12, and wrong otherwise.",
                "if (hours",
            )
    page = browser()
    add(page, "Painting", "lots")
    # The person deletes what they typed and writes again (typing adds to the end).
    page.evaluate('document.querySelector("#hours").value = ""')
    page.evaluate('document.querySelector("#task").value = ""')
    add(page, "Painting", "3")
    if page.text("#message") != "":
        fail(
            files,
            "After a wrong entry and then a right one, #message should be empty again, but "
            f"it says {page.text('#message')!r}.",
            "message.textContent",
        )


def test_remove_the_last_entry(browser, files):
    page = browser()
    add(page, "Painting", "3")
    add(page, "Sanding", "2")
    page.click("#undo")
    shown = page.all("#entries li")
    if shown == ["Painting: 3 hours", "Sanding: 2 hours"]:
        fail(
            files,
            "A click on 'Remove the last entry' did nothing. Look at the line that gives the "
            "button its listener: with () after a function's name, the function runs once, "
            "at once, when the page loads, and what it returns (nothing) is given to "
            "addEventListener instead of the function.",
            '"#undo"',
        )
    if shown != ["Painting: 3 hours"] or page.text("#total") != "3":
        fail(
            files,
            "After two entries (3 and 2 hours) and a click on 'Remove the last entry', the "
            "list should show only 'Painting: 3 hours' and #total 3, but the list shows "
            f"{shown} and #total {page.text('#total')!r}.",
            "function removeLast",
        )
