"""Checks for the live notice: the preview and the count follow the text as it is typed.

Each check types into #notice one key at a time, as a person does (keydown, input,
keyup), and reads the page after every few keys, without leaving the field: a page
that waits for "change" (sent only when the cursor leaves the field) is caught.
"""

import json

from tutor.checks import CheckFailure

SCRIPT = "script.js"
LIMIT = 60


def line_of(files, words):
    """The first line of script.js that holds words (None when there is none)."""
    for number, line in enumerate(files.lines(SCRIPT), start=1):
        if words in line:
            return number
    return None


def fail(files, message, words="addEventListener"):
    raise CheckFailure(message, SCRIPT, line_of(files, words))


def replace_text(page, text):
    """What a person does when they select some of the text and delete it: one input event."""
    page.evaluate(
        "(function (field) { field.value = " + json.dumps(text) + "; "
        'field.dispatchEvent(new Event("input", {bubbles: true})); return 0; })'
        '(document.querySelector("#notice"))'
    )


def why_nothing_changed(page, files, what):
    """Typing changed nothing: find out whether the page waits for the wrong event."""
    page.blur()
    if page.text(what) != "" and page.text(what) != f"{LIMIT} characters left":
        fail(
            files,
            f"While the check typed, {what} did not change; it changed only when the cursor "
            'left the field. That is the "change" event: it comes once, when the person '
            'leaves the field. Listen for "input" instead, which comes after every key.',
            '"change"',
        )
    page.assert_listens("#notice", "input")
    fail(
        files,
        f"The check typed into #notice, but {what} did not change. In the input listener, "
        "read the text from notice.value and show it on the page.",
    )


def test_the_preview_shows_the_text_as_it_is_typed(browser, files):
    page = browser()
    page.type("#notice", "Choir")
    shown = page.text("#preview")
    if shown == "":
        why_nothing_changed(page, files, "#preview")
    if shown == "Choi":
        fail(
            files,
            "After typing Choir, #preview shows 'Choi': one letter behind. A keydown "
            'listener runs before the key\'s letter is in the field. Listen for "input", '
            "which comes after the letter is in.",
            "keydown",
        )
    if shown != "Choir":
        fail(
            files,
            f"After typing Choir into #notice, #preview should show Choir, but it shows "
            f"{shown!r}. Put the field's whole text, notice.value, into the preview's "
            "textContent.",
            "preview",
        )
    page.type("#notice", " at 7")
    shown = page.text("#preview")
    if shown != "Choir at 7":
        fail(
            files,
            f"After typing 'Choir at 7', #preview should show it all, but it shows {shown!r}. "
            "Each time, show the whole of notice.value, not only the last key.",
            "preview",
        )


def test_the_count_of_characters_left_follows_the_text(browser, files):
    page = browser()
    for typed, text in (("Hello", "Hello"), (" there", "Hello there")):
        page.type("#notice", typed)
        expected = f"{LIMIT - len(text)} characters left"
        shown = page.text("#left")
        if shown == expected:
            continue
        if shown == f"{LIMIT} characters left" and text == "Hello":
            why_nothing_changed(page, files, "#left")
        if shown == f"{LIMIT - len(text) + 1} characters left":
            fail(
                files,
                f"After typing {text!r}, #left should show {expected!r}, but it shows "
                f"{shown!r}: one key behind. A keydown listener runs before the key's letter "
                'is in the field. Listen for "input", which comes after the letter is in.',
                "keydown",
            )
        if shown.startswith(f"{len(text)} "):
            fail(
                files,
                f"After typing {text!r} ({len(text)} characters), #left should show "
                f"{expected!r}, but it shows {shown!r}: that is how many were typed, not "
                "how many are left. Take the length away from LIMIT.",
                "left",
            )
        fail(
            files,
            f"After typing {text!r} ({len(text)} characters), #left should show {expected!r}, "
            f"but it shows {shown!r}. The number is LIMIT minus notice.value.length, "
            'followed by " characters left".',
            "left",
        )


def test_a_notice_that_is_too_long_is_marked_and_unmarked(browser, files):
    page = browser()
    page.type("#notice", "x" * LIMIT)
    if page.text("#left") != "0 characters left":
        fail(
            files,
            "Make the count right first (the step before this one): after 60 characters "
            f"#left should show '0 characters left', but it shows {page.text('#left')!r}.",
            "left",
        )
    if page.has_class("#left", "too-long"):
        fail(
            files,
            "A notice of exactly 60 characters fits on the board, but #left already has the "
            "class too-long. Mark it only when the length is more than LIMIT: > rather "
            "than >=.",
            "too-long",
        )
    page.type("#notice", "!")
    if not page.has_class("#left", "too-long"):
        fail(
            files,
            "With 61 characters, one more than LIMIT, #left should have the class too-long, "
            f"but its classes are {page.attribute('#left', 'class')!r}. In the listener, "
            "when notice.value.length is more than LIMIT, add the class with "
            'classList.add("too-long").',
            "addEventListener",
        )
    shown = page.text("#left")
    if shown != "-1 characters left":
        fail(
            files,
            f"With 61 characters, #left should show '-1 characters left', but it shows "
            f"{shown!r}. Keep showing LIMIT minus the length, even below 0.",
            "left",
        )
    replace_text(page, "x" * 50)
    if page.has_class("#left", "too-long"):
        fail(
            files,
            "The check deleted some text, leaving 50 characters, but #left still has the "
            "class too-long. When the notice fits again, take the class away with "
            'classList.remove("too-long").',
            "too-long",
        )
