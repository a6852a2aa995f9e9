"""Milestone "page" (week 3): the volunteers' page uses the API, through fetch.

Each check opens static/index.html in a real DOM, and the page's fetch calls
reach the learner's own app (create_app on a fresh database).
"""

import pytest

PAGE = "static/index.html"


@pytest.fixture
def app(files, tmp_path):
    return files.python_module("app").create_app(str(tmp_path / "library.db"))


@pytest.fixture
def api(app, wsgi_client):
    return wsgi_client(app, name="app.py")


def shelf(page):
    return page.all("#books li")


def test_the_page_is_sent_at_the_home_address(api):
    answer = api.get("/")
    answer.assert_status(200)
    assert answer.html.has("ul#books"), (
        'GET / should send the page, static/index.html, with an empty <ul id="books"> for '
        'the list. Return app.send_static_file("index.html") from the view of "/".'
    )


def test_the_page_lists_every_book_from_the_api(browser, api):
    for title, author in (("Things Fall Apart", "Chinua Achebe"), ("Small Island", "Andrea Levy")):
        api.post("/api/books", json_body={"title": title, "author": author}).assert_status(201)
    api.post("/api/books/1/lend", json_body={"borrower": "Ana"}).assert_status(200)
    page = browser(PAGE, fetch=api)
    shown = shelf(page)
    asked = [r["url"] for r in page.requests]
    assert len(shown) == 2, (
        f"The database holds two books, so #books should show two <li>, but it shows "
        f"{len(shown)}. The page fetched {asked or 'nothing'}: when the page loads, fetch "
        "/api/books and add one <li> for each book."
    )
    first, second = shown
    assert "Small Island" in first and "Andrea Levy" in first and "on the shelf" in first, (
        f"The first <li> should show Small Island by Andrea Levy, on the shelf, in the API's "
        f"order, but it shows {first!r}."
    )
    assert "Things Fall Apart" in second and "on loan to Ana" in second, (
        f"Ana has borrowed Things Fall Apart, so its <li> should say 'on loan to Ana', but it "
        f"shows {second!r}."
    )


def test_a_book_added_on_the_page_is_saved_and_shown(browser, api):
    page = browser(PAGE, fetch=api)
    page.type('#add-book [name="title"]', "Americanah")
    page.type('#add-book [name="author"]', "Chimamanda Ngozi Adichie")
    page.submit("#add-book")
    saved = [book["title"] for book in api.get("/api/books").json()]
    assert saved == ["Americanah"], (
        f"After the form was sent, the database should hold Americanah, but GET /api/books gives "
        f"{saved}. In the form's submit listener, POST the title and author as JSON to "
        "/api/books."
    )
    shown = shelf(page)
    assert len(shown) == 1 and "Americanah" in shown[0], (
        f"After the book is saved, the list should show it without reloading the page, but "
        f"#books shows {shown}. Draw the list again when the answer is 201."
    )
    assert page.value('#add-book [name="title"]') == "", (
        "After the book is saved, empty the form (form.reset()), ready for the next book."
    )


def test_a_refused_book_shows_the_apps_reason(browser, api):
    page = browser(PAGE, fetch=api)
    page.type('#add-book [name="author"]', "Nobody")
    page.submit("#add-book")
    error = page.text("#error")
    assert error == "A book needs a title.", (
        f"A book without a title was sent, and your app answered 400 with its reason: #error "
        f"should show 'A book needs a title.', but it shows {error!r}."
    )
    assert shelf(page) == [], f"No book was saved, but #books shows {shelf(page)}."


def test_a_title_is_shown_as_text_never_as_html(browser, api):
    title = "<b>Bold</b> & Brave"
    api.post("/api/books", json_body={"title": title, "author": "Anyone"}).assert_status(201)
    page = browser(PAGE, fetch=api)
    shown = shelf(page)
    assert shown and title in shown[0], (
        f"A donated book is called {title!r}, but the page shows {shown[0] if shown else None!r}: "
        "the title was read as HTML, so its tags vanished. Anyone who can add a book could then "
        "put a script on the volunteers' page. Put text into the page with textContent (or "
        "createElement), never by joining it into innerHTML."
    )
