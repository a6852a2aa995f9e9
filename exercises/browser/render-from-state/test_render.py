"""Checks for the reading list: one render() draws the list, the count and the empty
message from the books array, and every change goes through the array.

The checks use the page as a person does (the form and the buttons) and read what it
shows. One also reads the books array itself (page.evaluate), to say when a new book
is on the page but not in the state.
"""

from tutor.checks import CheckFailure

SCRIPT = "script.js"
FIRST = ["Matilda", "Dune", "Beloved"]


def line_of(files, words):
    """The first line of script.js that holds words (None when there is none)."""
    for number, line in enumerate(files.lines(SCRIPT), start=1):
        if words in line:
            return number
    return None


def fail(files, message, words="function render"):
    raise CheckFailure(message, SCRIPT, line_of(files, words))


def books_said(number):
    return "1 book" if number == 1 else f"{number} books"


def empty_is_hidden(page):
    return bool(page.evaluate('document.querySelector("#empty").hidden'))


def assert_shows(page, files, books, after):
    """The list, the count and the empty message all match these books."""
    shown = page.all("#books li")
    if len(shown) > len(books) and (not books or shown[-len(books) :] == books):
        fail(
            files,
            f"{after}, the list should show {books or 'nothing'}, but it shows {shown}: the "
            "books drawn "
            "before are still there. Start render() by emptying the list "
            '(list.innerHTML = "") before you add the <li>s again.',
        )
    if shown != books:
        fail(
            files,
            f"{after}, the list #books should show {books}, one <li> each, in the order of "
            f"the books array, but it shows {shown}. In render(), add one <li> for each "
            "book, with a for...of loop over books.",
        )
    said = page.text("#count")
    if said != books_said(len(books)):
        singular = " (one book is '1 book', not '1 books')" if said == "1 books" else ""
        fail(
            files,
            f"{after}, #count should say {books_said(len(books))!r}{singular}, but it says "
            f"{said!r}. Set it in render(), from books.length, and call render() after each "
            "change to books.",
            "count",
        )
    if books and not empty_is_hidden(page):
        fail(
            files,
            f"{after}, there are books, so the message 'No books yet' (#empty) should be "
            "hidden, but it shows. In render(), set empty.hidden to true when there are "
            "books.",
            "empty",
        )
    if not books and empty_is_hidden(page):
        fail(
            files,
            f"{after}, there are no books, so the message 'No books yet' (#empty) should "
            "show, but it is hidden. In render(), set empty.hidden to false when books is "
            "empty.",
            "empty",
        )


def add_book(page, title):
    page.type("#title", title)
    page.submit("#book-form")


def test_the_page_is_drawn_from_the_books_when_it_loads(browser, files):
    page = browser()
    assert_shows(page, files, FIRST, "When the page loads")


def test_sorting_draws_the_list_again_in_order(browser, files):
    page = browser()
    page.click("#sort")
    assert_shows(page, files, sorted(FIRST), "After a click on 'Sort A to Z'")


def test_a_new_book_goes_into_the_state_then_the_page_is_drawn(browser, files):
    page = browser()
    add_book(page, "Emma")
    state = page.evaluate("books")
    if "Emma" not in (state or []):
        fail(
            files,
            "The check added the book 'Emma' with the form, but the books array is still "
            f"{state}: the book is only drawn on the page, so the next render() loses it. In "
            "the form's listener, push the title into books, then call render().",
            "list.append(item)" if line_of(files, "list.append(item)") else "submit",
        )
    assert_shows(page, files, [*FIRST, "Emma"], "After adding 'Emma'")
    page.click("#sort")
    assert_shows(page, files, sorted([*FIRST, "Emma"]), "After adding 'Emma' and sorting")


def test_an_empty_list_says_so(browser, files):
    page = browser()
    page.click("#clear")
    assert_shows(page, files, [], "After a click on 'Clear the list'")
    add_book(page, "Holes")
    assert_shows(page, files, ["Holes"], "After clearing the list and adding 'Holes'")
