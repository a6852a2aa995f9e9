"""Milestone "model" (week 1): library_db.py keeps the books in a real SQLite file."""

import pytest

from tutor.checks import CheckFailure

SMALL_ISLAND = ("Small Island", "Andrea Levy")


@pytest.fixture
def library(files):
    return files.python_module("library_db")


@pytest.fixture
def db(library, tmp_path):
    connection = library.connect(str(tmp_path / "library.db"))
    yield connection
    connection.close()


def raises(call, kind, message, what):
    try:
        call()
    except kind as error:
        if str(error) != message:
            raise CheckFailure(
                f"{what} raised {kind.__name__} as it should, but its message should be "
                f"{message!r}, and yours was {str(error)!r}.",
                "library_db.py",
            ) from None
        return
    except Exception as error:  # noqa: BLE001 - the learner's other errors are explained
        raise CheckFailure(
            f"{what} should raise {kind.__name__}({message!r}), but it raised "
            f"{type(error).__name__}: {error}.",
            "library_db.py",
        ) from None
    raise CheckFailure(
        f"{what} should raise {kind.__name__}({message!r}), but it raised nothing.",
        "library_db.py",
    )


def test_a_new_book_goes_on_the_shelf(library, db):
    book_id = library.add_book(db, "  Small Island ", " Andrea Levy ")
    books = library.all_books(db)
    expected = [{"id": book_id, "title": "Small Island", "author": "Andrea Levy", "borrower": None}]
    assert books == expected, (
        f"After add_book(db, '  Small Island ', ' Andrea Levy '), all_books(db) should give "
        f"{expected} (the spaces at both ends removed, no borrower yet), but it gave {books}."
    )


def test_books_come_in_the_order_of_their_titles(library, db):
    for title, author in (
        ("Things Fall Apart", "Chinua Achebe"),
        SMALL_ISLAND,
        ("Americanah", "Chimamanda Ngozi Adichie"),
    ):
        library.add_book(db, title, author)
    titles = [book["title"] for book in library.all_books(db)]
    assert titles == ["Americanah", "Small Island", "Things Fall Apart"], (
        f"all_books should give the books in the order of their titles, A to Z, but gave "
        f"{titles}. Add ORDER BY to the SELECT."
    )


def test_a_title_with_a_quote_is_kept_as_it_is(library, db):
    library.add_book(db, "Charlotte's Web", "E. B. White")
    titles = [book["title"] for book in library.all_books(db)]
    assert titles == ["Charlotte's Web"], (
        f"A title with a quote in it should be kept as it is, but all_books gave {titles}. "
        "Put values into SQL with ? placeholders, never by joining strings."
    )


def test_the_books_are_still_there_after_closing(library, tmp_path):
    path = str(tmp_path / "kept.db")
    first = library.connect(path)
    library.add_book(first, *SMALL_ISLAND)
    first.close()
    again = library.connect(path)
    titles = [book["title"] for book in library.all_books(again)]
    again.close()
    assert titles == ["Small Island"], (
        f"A book added, then the database closed and opened again, should still be there, but "
        f"all_books gave {titles}. Call commit() on the connection after each change, and "
        "create the table only if it does not exist yet."
    )


def test_a_book_needs_a_title_and_an_author(library, db):
    raises(
        lambda: library.add_book(db, "   ", "Andrea Levy"),
        ValueError,
        "A book needs a title.",
        "add_book with a blank title",
    )
    raises(
        lambda: library.add_book(db, "Small Island", ""),
        ValueError,
        "A book needs an author.",
        "add_book with no author",
    )
    assert library.all_books(db) == [], "A refused book should not be saved."


def test_a_book_is_lent_and_given_back(library, db):
    book_id = library.add_book(db, *SMALL_ISLAND)
    library.lend(db, book_id, " Ana ")
    (book,) = library.all_books(db)
    assert book["borrower"] == "Ana", (
        f"After lend(db, id, ' Ana '), the book's borrower should be 'Ana', but it is "
        f"{book['borrower']!r}."
    )
    library.give_back(db, book_id)
    (book,) = library.all_books(db)
    assert book["borrower"] is None, (
        f"After give_back, the book is on the shelf again: its borrower should be None, but it "
        f"is {book['borrower']!r}. Set the column to NULL."
    )


def test_lending_refuses_what_cannot_be(library, db):
    book_id = library.add_book(db, *SMALL_ISLAND)
    raises(
        lambda: library.lend(db, book_id + 100, "Ana"),
        LookupError,
        "There is no such book.",
        "lend of a book id that does not exist",
    )
    raises(
        lambda: library.lend(db, book_id, "  "),
        ValueError,
        "Say who borrows the book.",
        "lend with a blank borrower",
    )
    library.lend(db, book_id, "Ana")
    raises(
        lambda: library.lend(db, book_id, "Bo"),
        ValueError,
        "That book is already lent out.",
        "lend of a book Ana has already",
    )
    (book,) = library.all_books(db)
    assert book["borrower"] == "Ana", (
        f"Bo could not borrow Ana's book, so its borrower should still be 'Ana', but it is "
        f"{book['borrower']!r}."
    )
    library.give_back(db, book_id)
    raises(
        lambda: library.give_back(db, book_id),
        ValueError,
        "That book is on the shelf already.",
        "give_back of a book on the shelf",
    )
    raises(
        lambda: library.give_back(db, book_id + 100),
        LookupError,
        "There is no such book.",
        "give_back of a book id that does not exist",
    )
