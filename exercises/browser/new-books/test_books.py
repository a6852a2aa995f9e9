"""Checks for the library's new books: script.js draws a list from an array.

Each check loads index.html with its script (the `browser` fixture). To tell a
function that draws any list from one that writes these four books by hand,
some checks call showBooks in the page with books of their own.
"""

import json

from tutor.checks import CheckFailure

SCRIPT = "script.js"
ALL = [
    "Small Island by Andrea Levy",
    "Things Fall Apart by Chinua Achebe",
    "The Hobbit by J. R. R. Tolkien",
    "Half of a Yellow Sun by Chimamanda Ngozi Adichie",
]
ON_SHELF = [ALL[0], ALL[2]]
OUT = [False, True, False, True]
OTHER = [
    {"title": "Beloved", "author": "Toni Morrison", "available": False},
    {"title": "Kindred", "author": "Octavia E. Butler", "available": True},
]
OTHER_SHOWN = ["Beloved by Toni Morrison", "Kindred by Octavia E. Butler"]


def line_of(files, *choices):
    lines = files.lines(SCRIPT)
    for words in choices:
        for number, line in enumerate(lines, start=1):
            if words in line:
                return number
    return None


def said(items):
    return ", ".join(items) if items else "nothing"


def outs(page):
    return page.evaluate(
        "Array.from(document.querySelectorAll('#books li')).map(li => li.classList.contains('out'))"
    )


def show_other_books(page, files):
    """Call showBooks with two other books, as the librarian's own code might."""
    if page.evaluate("typeof showBooks") != "function":
        raise CheckFailure(
            "script.js has no function called showBooks, so nothing else can ask the page to "
            "show a list. Write one that starts with function showBooks(list) {, and put the "
            "code that draws the books inside it.",
            SCRIPT,
            line_of(files, "TODO"),
        )
    page.evaluate(f"showBooks({json.dumps(OTHER)})")
    return page.all("#books li")


def test_each_book_is_shown_as_a_list_item_when_the_page_opens(browser, files):
    page = browser()
    shown = page.all("#books li")
    if shown == ALL:
        return
    if not shown and "Small Island" in page.text("#books"):
        raise CheckFailure(
            "#books holds the books' words, but no <li> elements: each book must be an element "
            'of its own. Make one with document.createElement("li") for each book in the loop.',
            SCRIPT,
            line_of(files, "createElement", "innerHTML", "textContent"),
        )
    raise CheckFailure(
        f"When the page opens, #books should show the four books, one <li> each, in the order "
        f"of the array: {said(ALL)}. It shows {said(shown)}. Loop over the list with "
        "for (const book of list), make an <li> for each book, and call showBooks(books) "
        "once at the end of the script.",
        SCRIPT,
        line_of(files, "showBooks(books)", "function showBooks", "TODO"),
    )


def test_show_books_shows_whatever_list_it_is_given(browser, files):
    page = browser()
    shown = show_other_books(page, files)
    if shown == OTHER_SHOWN:
        return
    if shown[-2:] == OTHER_SHOWN:
        raise CheckFailure(
            "When showBooks is called a second time, with two other books, #books should show "
            f"only those two: {said(OTHER_SHOWN)}. It shows {said(shown)}: the old books are "
            "still there. Empty the list first, at the top of showBooks: "
            'bookList.textContent = "";',
            SCRIPT,
            line_of(files, "function showBooks"),
        )
    raise CheckFailure(
        f"showBooks was called with two other books, {said(OTHER_SHOWN)}, but #books shows "
        f"{said(shown)}. Take the books from the parameter list, not from the books array or "
        "from text written into the script, so that showBooks can show any list.",
        SCRIPT,
        line_of(files, "function showBooks"),
    )


def test_books_that_are_out_have_the_class_out(browser, files):
    page = browser()
    if page.all("#books li") != ALL:
        test_each_book_is_shown_as_a_list_item_when_the_page_opens(browser, files)
    marked = outs(page)
    if marked != OUT:
        wrong = [
            ALL[n] for n, (got, want) in enumerate(zip(marked, OUT, strict=False)) if got != want
        ]
        raise CheckFailure(
            "The books that are out (available: false) should have the class out, which greys "
            "them, and the others should not. This is wrong for: "
            f"{said(wrong)}. Inside the loop, add the class when book.available is false.",
            SCRIPT,
            line_of(files, "available", "classList"),
        )
    # A list that is not emptied or not taken from the parameter is step 2's failure.
    if show_other_books(page, files) == OTHER_SHOWN and outs(page) != [True, False]:
        raise CheckFailure(
            "showBooks was called with two other books, Beloved (out) and Kindred (on the "
            "shelf), but the class out is not on Beloved alone. Decide from each book's own "
            "available, not from its place in the list.",
            SCRIPT,
            line_of(files, "available"),
        )


def test_the_buttons_show_the_books_on_the_shelf_or_all_of_them(browser, files):
    page = browser()
    page.assert_listens("#on-shelf", "click")
    page.assert_listens("#all", "click")
    for clicked, button, wanted in (
        ("'Only books on the shelf'", "#on-shelf", ON_SHELF),
        ("'Only books on the shelf' twice", "#on-shelf", ON_SHELF),
        ("'All new books'", "#all", ALL),
    ):
        page.click(button)
        shown = page.all("#books li")
        if shown != wanted:
            raise CheckFailure(
                f"After a click on {clicked}, #books should show {said(wanted)}, but it shows "
                f"{said(shown)}. In the listener, call showBooks with the list to show: "
                "books itself, or books.filter(...) with the books whose available is true.",
                SCRIPT,
                line_of(files, "filter", "addEventListener"),
            )
