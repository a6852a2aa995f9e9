"""Checks for the shopping list that survives a reload (localStorage).

Each check adds things with the form, as a person does, then reads what the page
saved (page.storage) and loads the page a second time with that storage, as a browser
does after a reload or the next day.
"""

import json

from tutor.checks import CheckFailure

SCRIPT = "script.js"
KEY = "shopping"


def line_of(files, words):
    """The first line of script.js that holds words (None when there is none)."""
    for number, line in enumerate(files.lines(SCRIPT), start=1):
        if words in line:
            return number
    return None


def fail(files, message, words="localStorage"):
    raise CheckFailure(message, SCRIPT, line_of(files, words) or line_of(files, "let items"))


def open_page(browser, files, storage=None):
    """The page, loaded with this localStorage; a loading error said in words for this task."""
    try:
        return browser(storage=storage)
    except CheckFailure as failure:
        said = str(failure)
        if storage is None and "null" in said:
            fail(
                files,
                "On a first visit nothing is saved yet: localStorage.getItem gives null, "
                "and JSON.parse(null) is null too, not an array, so the page stopped when "
                "it used items as an array. Start from an empty array when nothing is "
                "saved: JSON.parse(...) || [].",
                "let items",
            )
        if storage is not None and "JSON" in said:
            fail(
                files,
                "When the page loaded again, JSON.parse could not read what was saved "
                f"({', '.join(repr(value) for value in storage.values()) or 'nothing'}), so "
                "the page stopped. Save with JSON.stringify(items), so that JSON.parse can "
                "read it back.",
                "setItem",
            )
        raise


def add(page, *things):
    for thing in things:
        page.type("#item", thing)
        page.submit("#item-form")


def saved_list(page, files, after):
    """The list the page saved under KEY, read back from its JSON."""
    stored = page.storage
    if KEY not in stored:
        others = f" It saved under {sorted(stored)} instead." if stored else ""
        fail(
            files,
            f"{after}, localStorage should hold the list under the key 'shopping', but "
            f"nothing is saved under it.{others} After each change to items, call "
            "localStorage.setItem(KEY, ...).",
        )
    text = stored[KEY]
    try:
        return json.loads(text)
    except ValueError:
        fail(
            files,
            f"{after}, localStorage holds {text!r} under 'shopping', which is not JSON: "
            "localStorage keeps only text, and an array given to it as it is becomes "
            '"milk,eggs", which cannot be read back as a list. Save JSON.stringify(items).',
            "setItem",
        )


def test_the_list_is_saved_after_each_change(browser, files):
    page = open_page(browser, files)
    add(page, "milk")
    if page.all("#items li") != ["milk"]:
        fail(
            files,
            "On a first visit, with nothing saved, adding 'milk' should show it in the list, "
            f"but the list shows {page.all('#items li')}. When getItem gives null (nothing "
            "saved yet), start from an empty array: JSON.parse(...) || [].",
            "let items",
        )
    add(page, "eggs")
    saved = saved_list(page, files, "After adding 'milk' and 'eggs'")
    if saved == ["milk"]:
        fail(
            files,
            "After adding 'milk' and 'eggs', the list saved under 'shopping' is "
            '["milk"]: one change behind. Save after items.push(...), so the new thing '
            "is in the array when it is saved.",
            "setItem",
        )
    if saved != ["milk", "eggs"]:
        fail(
            files,
            "After adding 'milk' and 'eggs', the list saved under 'shopping' should be "
            f'["milk", "eggs"], but it is {saved!r}. Save the whole items array after '
            "each change, after the push.",
            "setItem",
        )


def test_the_list_comes_back_after_a_reload(browser, files):
    first = open_page(browser, files)
    add(first, "milk", "eggs", "rice")
    stored = first.storage
    saved = saved_list(first, files, "After adding milk, eggs and rice")
    if saved != ["milk", "eggs", "rice"]:
        fail(
            files,
            "After adding milk, eggs and rice, the list saved under 'shopping' should be "
            f'["milk", "eggs", "rice"], but it is {saved!r}. Save the whole items array '
            "after each change, after the push.",
            "setItem",
        )
    again = open_page(browser, files, stored)
    shown = again.all("#items li")
    if shown != ["milk", "eggs", "rice"]:
        fail(
            files,
            "The check added milk, eggs and rice, then loaded the page again, as a reload "
            f"does, with the same localStorage. The list should show all three, but it shows "
            f"{shown}. When the page starts, read the list with localStorage.getItem(KEY) "
            "and JSON.parse, instead of starting from [].",
            "let items",
        )
    add(again, "tea")
    if again.all("#items li") != ["milk", "eggs", "rice", "tea"]:
        fail(
            files,
            "After the reload, adding 'tea' should show it below the saved things, but the "
            f"list shows {again.all('#items li')}.",
            "push",
        )


def test_clearing_the_list_is_saved_too(browser, files):
    first = open_page(browser, files)
    add(first, "milk", "eggs")
    first.click("#clear")
    again = open_page(browser, files, first.storage)
    shown = again.all("#items li")
    if shown:
        fail(
            files,
            "The check added milk and eggs, cleared the list, and loaded the page again. "
            f"The list should be empty, but it shows {shown}: the old list was still saved. "
            "Save after clearing too.",
            "clear",
        )
