"""Checks for the help panel: it opens and closes with the mouse and the keyboard, and
the cursor (the focus) always goes where a keyboard user needs it.

Each check clicks or presses keys as a person does; page.press sends keydown, keypress
and keyup to the element that has the cursor, and they bubble up to document. Where
the cursor is, is read from document.activeElement.
"""

from tutor.checks import CheckFailure

SCRIPT = "script.js"


def line_of(files, words):
    """The first line of script.js that holds words (None when there is none)."""
    for number, line in enumerate(files.lines(SCRIPT), start=1):
        if words in line:
            return number
    return None


def fail(files, message, words="addEventListener"):
    raise CheckFailure(message, SCRIPT, line_of(files, words))


def is_open(page):
    return not page.evaluate('document.querySelector("#help").hidden')


def cursor(page):
    """Where the cursor is, said as a person would read it."""
    found = page.evaluate(
        "(function (el) { return el.id ? '#' + el.id : el.tagName.toLowerCase(); })"
        "(document.activeElement)"
    )
    return "the page itself (no element)" if found == "body" else found


def opened(browser, files):
    page = browser()
    if not files.read(SCRIPT).strip():
        fail(
            files,
            "script.js is empty. Start with the first part of the task: find the "
            "Help button, the panel and its Close button with document.querySelector.",
        )
    page.click("#help-button")
    if not is_open(page):
        page.assert_listens("#help-button", "click")
        fail(
            files,
            "After a click on the Help button, the panel #help should show, but it is still "
            "hidden. In the button's click listener, set the panel's hidden property to false.",
            "hidden",
        )
    return page


def test_the_help_button_opens_the_panel_and_moves_the_cursor_into_it(browser, files):
    page = opened(browser, files)
    if cursor(page) != "#close-help":
        fail(
            files,
            "After the Help button opened the panel, the cursor should be on the panel's "
            f"Close button (#close-help), but it is on {cursor(page)}. A keyboard user would "
            "have to search for the panel. Call .focus() on the Close button after showing "
            "the panel.",
            "hidden",
        )
    expanded = page.attribute("#help-button", "aria-expanded")
    if expanded != "true":
        fail(
            files,
            'While the panel is open, the Help button\'s aria-expanded should be "true", so '
            f"a screen reader says the panel is open, but it is {expanded!r}. Use "
            'setAttribute("aria-expanded", "true") when you open it.',
            "hidden",
        )


def test_the_close_button_closes_the_panel_and_gives_the_cursor_back(browser, files):
    page = opened(browser, files)
    page.click("#close-help")
    if is_open(page):
        page.assert_listens("#close-help", "click")
        fail(
            files,
            "After a click on Close, the panel #help should be hidden again, but it shows. "
            "In the Close button's click listener, set hidden to true.",
            "close",
        )
    if cursor(page) != "#help-button":
        fail(
            files,
            "After Close hid the panel, the cursor should go back to the Help button, where "
            f"the person was before, but it is on {cursor(page)}. Call .focus() on the Help "
            "button after hiding the panel.",
            "close",
        )
    expanded = page.attribute("#help-button", "aria-expanded")
    if expanded != "false":
        fail(
            files,
            'Once the panel is closed, the Help button\'s aria-expanded should be "false" '
            f'again, but it is {expanded!r}. Use setAttribute("aria-expanded", "false").',
            "close",
        )


def test_escape_closes_the_panel_wherever_the_cursor_is(browser, files):
    page = opened(browser, files)
    page.press("#close-help", "x")
    if not is_open(page):
        fail(
            files,
            "The check pressed the key x while the panel was open, and the panel closed. "
            'Only Escape should close it: check that event.key === "Escape".',
            "keydown",
        )
    page.press("#close-help", "Escape")
    if is_open(page):
        page.assert_listens("#close-help", "keydown")
        fail(
            files,
            "The check pressed Escape on the panel's Close button, but the panel stayed "
            'open. In your keydown listener, when event.key is "Escape" (capital E), hide '
            "the panel as Close does.",
            "keydown",
        )
    if cursor(page) != "#help-button":
        fail(
            files,
            "After Escape closed the panel, the cursor should go back to the Help button, "
            f"but it is on {cursor(page)}. Close the panel the same way as the Close button "
            "does: one function for both is easiest.",
            "keydown",
        )
    page.click("#help-button")
    page.press("#search", "Escape")
    if is_open(page):
        fail(
            files,
            "The check opened the panel, moved the cursor into the search box, and pressed "
            "Escape, but the panel stayed open. Listen for keydown on the whole page "
            '(document.addEventListener("keydown", ...)), so Escape works wherever the '
            "cursor is.",
            "keydown",
        )


def test_escape_does_nothing_when_the_panel_is_closed(browser, files):
    page = opened(browser, files)
    page.click("#close-help")
    page.press("#search", "Escape")
    if cursor(page) != "#search":
        fail(
            files,
            "The check opened the panel and closed it, then pressed Escape in the search "
            f"box, and the cursor jumped to {cursor(page)}. When the panel is already "
            "hidden, Escape should change nothing: check that the panel is open "
            "(!help.hidden) before closing it.",
            "keydown",
        )
