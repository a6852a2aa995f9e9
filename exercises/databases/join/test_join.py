"""Checks for the two JOIN files. Each runs on a fresh copy of library.sql."""

from tutor.checks import assert_rows


def test_book_authors_gives_every_title_with_its_authors_name(sql_db):
    db = sql_db(seed="starter/library.sql")
    rows = db.run_file("book_authors.sql")
    assert_rows(
        rows,
        [
            ("Pride and Prejudice", "Jane Austen"),
            ("Emma", "Jane Austen"),
            ("Oliver Twist", "Charles Dickens"),
            ("Great Expectations", "Charles Dickens"),
            ("Adventures of Huckleberry Finn", "Mark Twain"),
            ("Life on the Mississippi", "Mark Twain"),
            ("Frankenstein", "Mary Shelley"),
            ("Narrative of the Life of Frederick Douglass", "Frederick Douglass"),
            ("Things Fall Apart", "Chinua Achebe"),
            ("I Know Why the Caged Bird Sings", "Maya Angelou"),
            ("One Hundred Years of Solitude", "Gabriel Garcia Marquez"),
            ("A Man of the People", "Chinua Achebe"),
        ],
        what="Your query in book_authors.sql",
    )


def test_on_loan_gives_who_has_which_book_now_sorted_by_name(sql_db):
    db = sql_db(seed="starter/library.sql")
    rows = db.run_file("on_loan.sql")
    assert_rows(
        rows,
        [
            ("Ana", "Things Fall Apart"),
            ("Bo", "Adventures of Huckleberry Finn"),
            ("Cy", "Frankenstein"),
            ("Dee", "Pride and Prejudice"),
        ],
        ordered=True,
        what="Your query in on_loan.sql",
    )
