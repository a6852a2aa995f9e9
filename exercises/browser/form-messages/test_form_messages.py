"""Checks for the library visit form: it is checked in the page, with a message beside
each wrong field, and the browser never sends it the old way.

Each check fills the form on a fresh page, as a person does (typing, then the button or
Enter), and reads the messages. Any wording passes: a message is any text in
#name-error or #size-error, and the booking names the person and the number.
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


def send(browser, files, name, size):
    """A fresh page with the form filled in and sent with the button."""
    page = browser()
    if name:
        page.type("#name", name)
    if size:
        page.type("#size", size)
    return book(page, files)


def book(page, files):
    """Press the form's button; fail when the browser would send the form the old way."""
    page.click("#visit-form button")
    if page.reloaded:
        fail(
            files,
            "The check pressed 'Book the visit', and the browser sent the form the old way: "
            "it would load the page again and lose the messages. In the form's submit "
            "listener, call event.preventDefault() first.",
            "submit",
        )
    return page


def said(page, selector):
    return page.text(selector) if page.exists(selector) else ""


def filled(name, size):
    if not name and not size:
        return "With nothing filled in"
    return f"With the name {name!r} and the number of people {size!r}"


def test_sending_the_form_keeps_the_page(browser, files):
    page = browser()
    if not page.listeners("submit") and page.listeners("click"):
        fail(
            files,
            "Your script listens for a click, but a form can be sent without one: pressing "
            'Enter in a field sends it too. Listen for the form\'s "submit" event '
            '(form.addEventListener("submit", ...)), which comes both ways.',
            "click",
        )
    page.submit("#visit-form")  # says what to do when the page would reload
    page = browser()
    page.type("#name", "Ana")
    page.type("#size", "2")
    page.press("#size", "Enter")
    if page.reloaded:
        fail(
            files,
            "Pressing Enter in a field sends the form, and then the browser sent it the old "
            'way. Listen for the form\'s "submit" event, and call event.preventDefault() '
            "first in its listener.",
            "submit",
        )


def test_an_empty_form_gets_a_message_beside_each_field(browser, files):
    page = send(browser, files, "", "")
    page.assert_listens("#visit-form", "submit")
    errors = ("#name-error", "#size-error")
    missing = [error for error in errors if said(page, error) == ""]
    if missing:
        fail(
            files,
            "With nothing filled in, the check pressed 'Book the visit', but "
            f"{' and '.join(missing)} stayed empty. Put a message there that says what to "
            'write, such as "Please write your name", with its textContent.',
            "Error",
        )
    if said(page, "#done") != "":
        fail(
            files,
            "With nothing filled in, the visit must not be booked, but #done says "
            f"{said(page, '#done')!r}. Write to #done only when both fields are right.",
            "done",
        )


def test_a_wrong_name_or_size_gets_its_own_message(browser, files):
    cases = [
        ("A", "2", "name", "a name of one letter (at least 2 are needed)"),
        ("   ", "2", "name", "a name of only spaces (use .trim() before you count)"),
        ("Ana", "0", "size", "0 people"),
        ("Ana", "7", "size", "7 people (at most 6)"),
        ("Ana", "two", "size", "'two', which is not a number"),
    ]
    for name, size, wrong, why in cases:
        page = send(browser, files, name, size)
        right = "size" if wrong == "name" else "name"
        if said(page, f"#{wrong}-error") == "":
            fail(
                files,
                f"{filled(name, size)}, #{wrong}-error should hold a message, since the "
                f"check gave {why}, but it is empty. Check the rule for the {wrong} "
                "in your submit listener.",
                "Error",
            )
        if said(page, f"#{right}-error") != "":
            fail(
                files,
                f"{filled(name, size)}, only the {wrong} is wrong, but #{right}-error says "
                f"{said(page, f'#{right}-error')!r}. Give a field that is right an empty "
                'message: textContent = "".',
                "Error",
            )
        if said(page, "#done") != "":
            fail(
                files,
                f"{filled(name, size)}, the visit must not be booked ({why}), but #done "
                f"says {said(page, '#done')!r}. Book only when both fields are right.",
                "done",
            )


def test_a_right_form_is_booked_and_old_messages_go(browser, files):
    page = book(browser(), files)
    page.type("#name", " Sam ")
    page.type("#size", "3")
    book(page, files)
    left = [f"#{field}-error" for field in ("name", "size") if said(page, f"#{field}-error")]
    if left:
        fail(
            files,
            "The check sent the form empty first, then filled it in right (name 'Sam', 3 "
            f"people) and sent it again, but {' and '.join(left)} still show the old "
            'message. Each time the form is sent, set the message of a right field to "".',
            "Error",
        )
    booked = said(page, "#done")
    if "Sam" not in booked or "3" not in booked:
        fail(
            files,
            "With the name 'Sam' and 3 people, #done should say the visit is booked and "
            f"name Sam and 3 (such as 'Booked for Sam, 3 people.'), but it says {booked!r}.",
            "done",
        )
