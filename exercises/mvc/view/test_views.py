"""Checks for views.py: the HTML each view gives for some notices.

The checks hand the views stand-in notices: any object with .author and .text
works, because a view only reads those two.
"""

from types import SimpleNamespace

from tutor.checks import Page


def view(files, name):
    views = files.python_module("views")
    function = getattr(views, name, None)
    assert callable(function), f"views.py should have a function called {name}, but it does not."
    return function


def notice(author, text):
    return SimpleNamespace(author=author, text=text)


def test_notice_item_shows_the_author_in_bold_then_the_text(files):
    notice_item = view(files, "notice_item")
    made = notice_item(notice("Ana", "Chess club meets on Friday."))
    page = Page(f"<ul>{made}</ul>", "what notice_item gave")
    item = page.one("li", "<li> item", f"notice_item gave {made!r}. It should start with <li>.")
    bold = page.one("li strong", "<strong> inside the <li>",
                    f"notice_item gave {made!r}. Put the author inside <strong>...</strong>.")
    assert bold.get_text() == "Ana", (
        f"The <strong> should hold the author 'Ana', but it holds {bold.get_text()!r}."
    )
    text = " ".join(item.get_text().split())
    assert text == "Ana: Chess club meets on Friday.", (
        f"The item should read 'Ana: Chess club meets on Friday.', but it reads {text!r}. "
        f"notice_item gave {made!r}."
    )


def test_notice_item_escapes_what_people_typed(files):
    notice_item = view(files, "notice_item")
    author = "<b>Bo</b>"
    text = "Use <script>alert('hi')</script> & see"
    made = notice_item(notice(author, text))
    page = Page(f"<ul>{made}</ul>", "what notice_item gave")
    tags = [tag.name for tag in page.select("li *") if tag.name != "strong"]
    assert not tags, (
        f"A notice typed as {text!r} by {author!r} became real HTML tags ({', '.join(tags)}) "
        f"in the page: notice_item gave {made!r}. Pass notice.author and notice.text through "
        "escape() so that < becomes &lt; and the browser shows the text instead of obeying it."
    )
    shown = " ".join(page.one("li").get_text().split())
    assert shown == f"{author}: {text}", (
        f"The item should show exactly what was typed, {author + ': ' + text!r}, but it shows "
        f"{shown!r}. Escape each piece once, with escape()."
    )


def test_board_page_lists_the_notices_in_the_order_given(files):
    board_page = view(files, "board_page")
    notices = [notice("Cy", "Football at 3."), notice("Dee", "Lost: a blue pen.")]
    made = board_page(notices)
    page = Page(made, "the page board_page made")
    assert page.text_of("h1") == "Noticeboard", "The page should keep its <h1>Noticeboard</h1>."
    items = [" ".join(li.get_text().split()) for li in page.select("ul > li")]
    assert items == ["Cy: Football at 3.", "Dee: Lost: a blue pen."], (
        "With two notices, the page should have a <ul> with two <li> items, 'Cy: Football at "
        f"3.' and then 'Dee: Lost: a blue pen.', but its list items are {items!r}. Use "
        "notice_item for each notice, and join them inside <ul> and </ul>."
    )
    assert page.has("form"), "The page should still end with the FORM for a new notice."


def test_board_page_says_when_there_are_no_notices(files):
    board_page = view(files, "board_page")
    page = Page(board_page([]), "the page board_page made")
    paragraphs = [" ".join(p.get_text().split()) for p in page.select("p")]
    assert "No notices yet." in paragraphs, (
        "With no notices, the page should have a paragraph <p>No notices yet.</p>, but its "
        f"paragraphs are {paragraphs!r}. Check `if not notices:` before making the list."
    )
    assert not page.has("ul"), (
        "With no notices, the page should have no <ul>: an empty list shows nothing at all."
    )
