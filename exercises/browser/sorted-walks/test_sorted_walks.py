"""Checks for the walks table: a click on a heading sorts the rows by that column,
a second click turns the order round, and the sorted heading says so in aria-sort.

The checks click the headings' buttons as a person does and read the table's cells.
One also reads the walks array (page.evaluate), to say when it was sorted but the
table was not drawn again.
"""

from tutor.checks import CheckFailure

SCRIPT = "script.js"
FIRST_NAMES = ["River loop", "Castle hill", "Old railway", "Forest trail", "Canal path"]
ROWS = {
    ("River loop", "7", "40"),
    ("Castle hill", "3", "120"),
    ("Old railway", "25", "85"),
    ("Forest trail", "12", "350"),
    ("Canal path", "9", "10"),
}
BUTTONS = {"name": "#by-name", "km": "#by-km", "climb": "#by-climb"}
HEADINGS = {"name": "Walk", "km": "Length (km)", "climb": "Climb (metres)"}
COLUMN = {"name": 0, "km": 1, "climb": 2}


def line_of(files, words):
    """The first line of script.js that holds words (None when there is none)."""
    for number, line in enumerate(files.lines(SCRIPT), start=1):
        if words in line:
            return number
    return None


def fail(files, message, words="addEventListener"):
    raise CheckFailure(message, SCRIPT, line_of(files, words) or line_of(files, "TODO"))


def said_as(value):
    """An attribute's value as a sentence says it."""
    return "no such attribute at all" if value is None else repr(value)


def rows(page):
    """The table's rows as the reader sees them: one list of cell texts per row."""
    return page.evaluate(
        'Array.from(document.querySelectorAll("#walks tr")).map(function (row) {'
        ' return Array.from(row.querySelectorAll("td")).map(function (cell) {'
        " return cell.textContent.trim(); }); })"
    )


def shown(page, column):
    return [row[COLUMN[column]] if len(row) > COLUMN[column] else "" for row in rows(page)]


def opened(browser, files):
    page = browser()
    if sorted(map(tuple, rows(page))) != sorted(ROWS):
        fail(
            files,
            "When the page opens, the table should show the five walks, one row each, as "
            f"render() draws them, but it shows {rows(page)}. Keep render() as it was given, "
            "and the line render(); at the end of script.js.",
            "render();",
        )
    return page


def sorted_by(column, *, ascending=True):
    """The cell texts of `column` once the walks are sorted by it."""
    index = COLUMN[column]
    key = (lambda row: row[index]) if column == "name" else (lambda row: int(row[index]))
    return [row[index] for row in sorted(ROWS, key=key, reverse=not ascending)]


def first_rows():
    by_name = {row[0]: row for row in ROWS}
    return [by_name[name] for name in FIRST_NAMES]


def order_of(column, ascending):
    if column == "name":
        return "A to Z" if ascending else "Z to A"
    return "smallest first" if ascending else "largest first"


def click_and_expect(page, files, clicks, column, *, ascending=True):
    """Click the buttons named in `clicks`; then the column should be sorted so."""
    for clicked in clicks:
        page.click(BUTTONS[clicked])
    said = " then ".join(f"'{HEADINGS[clicked]}'" for clicked in clicks)
    after = f"After a click on {said}"
    got = shown(page, column)
    want = sorted_by(column, ascending=ascending)
    order = order_of(column, ascending)
    if got == want:
        if sorted(map(tuple, rows(page))) != sorted(ROWS):
            fail(
                files,
                f"{after}, the column {HEADINGS[column]} is in order, but the rows are mixed "
                f"up: the table shows {rows(page)}. Sort the walks array itself, whole "
                "objects, so that each walk keeps its own length and climb.",
                "sort(",
            )
        return
    if len(clicks) == 1 and got == [row[COLUMN[column]] for row in first_rows()]:
        page.assert_listens(BUTTONS[clicks[0]], "click")
        state = page.evaluate("walks.map(function (walk) { return walk.name; })")
        if state != FIRST_NAMES:
            fail(
                files,
                f"{after}, the walks array is sorted, but the table still shows the walks "
                "in their first order: it was not drawn again. Call render() after you sort.",
                "sort(",
            )
        fail(
            files,
            f"{after}, the rows should be sorted by {HEADINGS[column]}, {order}, but the "
            "table did not change. In that button's click listener, sort the walks array "
            "with walks.sort(...), then call render().",
        )
    if column != "name" and got == sorted(want, reverse=not ascending):
        fail(
            files,
            f"{after}, the column {HEADINGS[column]} should be {want} ({order}), but it is "
            f"{got}: the numbers were sorted as text, where '12' comes before '3' because "
            "'1' comes before '3'. Give sort a function that takes one number from the "
            "other, such as (a, b) => a.km - b.km.",
            "sort(",
        )
    if got == list(reversed(want)) and ascending:
        fail(
            files,
            f"{after}, the column {HEADINGS[column]} should be {want} ({order}), but it is "
            f"{got} ({order_of(column, False)}). The first click on a heading sorts "
            f"{order}; only a second click on the same heading turns the order round. Keep "
            "the column that is sorted now in a variable, and turn the order round only "
            "when that same column is clicked again.",
            "sort(",
        )
    if got == list(reversed(want)):
        fail(
            files,
            f"{after}, the column {HEADINGS[column]} should be {want} ({order}), but it is "
            f"{got}: the second click on the same heading did not turn the order round. "
            "Keep the direction in a variable (true for A to Z or smallest first), change it "
            "when the same heading is clicked again, and use reverse() after sorting when "
            "it is false.",
            "sort(",
        )
    fail(
        files,
        f"{after}, the column {HEADINGS[column]} should be {want} ({order}), but it is "
        f"{got}. Check which property your sort compares for this button.",
        "sort(",
    )


def sort_of(page, column):
    return page.evaluate(
        f'document.querySelector("{BUTTONS[column]}").closest("th").getAttribute("aria-sort")'
    )


def test_a_click_on_walk_sorts_the_rows_a_to_z(browser, files):
    page = opened(browser, files)
    click_and_expect(page, files, ["name"], "name")


def test_numbers_are_sorted_as_numbers_smallest_first(browser, files):
    page = opened(browser, files)
    click_and_expect(page, files, ["km"], "km")
    page = opened(browser, files)
    click_and_expect(page, files, ["climb"], "climb")


def test_a_second_click_turns_the_order_round(browser, files):
    page = opened(browser, files)
    click_and_expect(page, files, ["km", "km"], "km", ascending=False)
    click_and_expect(page, files, ["km"], "km")
    page = opened(browser, files)
    click_and_expect(page, files, ["name", "name"], "name", ascending=False)
    page = opened(browser, files)
    click_and_expect(page, files, ["km", "km", "name"], "name")
    page = opened(browser, files)
    click_and_expect(page, files, ["km", "climb"], "climb")


def test_the_sorted_heading_says_how_it_is_sorted(browser, files):
    page = opened(browser, files)
    for clicks, column, want in [
        (["name"], "name", "ascending"),
        (["name"], "name", "descending"),
        (["km"], "km", "ascending"),
    ]:
        for clicked in clicks:
            page.click(BUTTONS[clicked])
        said = sort_of(page, column)
        if said != want:
            fail(
                files,
                f"After that click on '{HEADINGS[column]}', its <th> should have "
                f'aria-sort="{want}", so a screen reader says how the table is sorted, but '
                f"it has {said_as(said)}. In render(), find the heading with "
                '.closest("th") and use setAttribute("aria-sort", ...).',
                "aria-sort",
            )
        for other in BUTTONS:
            if other != column and sort_of(page, other) not in (None, "none"):
                fail(
                    files,
                    f"The table is sorted by '{HEADINGS[column]}' now, but the heading "
                    f"'{HEADINGS[other]}' still has aria-sort={sort_of(page, other)!r}. "
                    "Only the sorted column's <th> says how it is sorted: take aria-sort "
                    'away from the others with removeAttribute("aria-sort").',
                    "aria-sort",
                )
