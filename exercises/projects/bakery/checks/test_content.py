"""Milestone "content": who the bakery is, what it bakes, when it is open, how to reach it."""

import re

from tutor.checks import CheckFailure

PHONE = "01632960123"


def words_of(page):
    return page.visible_text("body").lower()


def test_the_page_is_well_formed_and_has_a_title(html_page):
    page = html_page("index.html")
    page.assert_well_formed()
    title = page.text_of("title") if page.has("title") else ""
    assert "amina" in title.lower(), (
        f"The page's <title> should name the bakery (it is the text of the browser tab and of "
        f"a search result), but it is {title!r}. In <head>, write a <title> with Amina's "
        "Bakery in it."
    )


def test_the_main_heading_names_the_bakery(html_page):
    page = html_page("index.html")
    page.one("h1", "<h1> heading", "Add one at the top of <body>, with the bakery's name.")
    heading = page.text_of("h1").replace("\u2019", "'")
    assert "amina's bakery" in heading.lower(), (
        f"The <h1> should say the bakery's name, Amina's Bakery, but it says {heading!r}."
    )


def test_it_lists_what_the_bakery_bakes(html_page):
    page = html_page("index.html")
    text = words_of(page)
    missing = [item for item in ("loaves", "rye", "flatbread", "cake") if item not in text]
    assert not missing, (
        f"The brief lists what Amina bakes: loaves, rye bread, flatbreads and cakes to order. "
        f"The page does not mention: {', '.join(missing)}."
    )
    lists = [each for each in page.select("ul, ol") if "rye" in each.get_text().lower()]
    assert lists and len(lists[0].find_all("li")) >= 3, (
        "Put what the bakery bakes in a list (<ul> with one <li> for each kind of bread), so "
        "people can see it at a glance."
    )


def test_it_gives_the_opening_hours(html_page):
    page = html_page("index.html")
    text = words_of(page)
    missing = [day for day in ("monday", "friday", "saturday", "sunday") if day not in text]
    assert not missing, (
        f"The opening hours should name the days, as the brief does, but the page does not "
        f"mention: {', '.join(d.capitalize() for d in missing)}."
    )
    sunday = text[text.index("sunday") :][:40]
    assert "closed" in sunday, (
        f"The brief says the bakery is closed on Sundays, but after 'Sunday' the page says "
        f"{sunday!r}. Write that it is closed."
    )
    saturday = text[text.index("saturday") :][:40]
    assert "8" in saturday and ("14" in saturday or "2" in saturday), (
        f"On Saturday the bakery opens at 8:00 and closes at 14:00, but after 'Saturday' the "
        f"page says {saturday!r}."
    )


def test_the_address_is_on_the_page(html_page):
    text = re.sub(r"\s+", " ", words_of(html_page("index.html")))
    assert "12 station road" in text, (
        "People need to find the shop: the page should give its address, 12 Station Road, "
        "Millbrook, as the brief says."
    )


def test_a_tap_on_the_number_calls_the_bakery(html_page):
    page = html_page("index.html")
    links = page.select('a[href^="tel:"]')
    if not links:
        shown = PHONE in re.sub(r"\D", "", page.visible_text("body"))
        raise CheckFailure(
            (
                "The phone number is on the page, but as plain text: a phone cannot call it with "
                "a tap. "
                if shown
                else "The page has no phone number. "
            )
            + 'Make it a link whose address starts with tel:, like <a href="tel:01632960123">'
            "01632 960123</a>.",
            "index.html",
        )
    number = re.sub(r"\D", "", str(links[0].get("href")))
    assert number.endswith(PHONE[1:]), (
        f"The tel: link calls {links[0].get('href')!r}, but the bakery's number is 01632 "
        "960123. Check the digits after tel:."
    )


def test_the_photo_of_the_bread_is_on_the_page(html_page):
    page = html_page("index.html")
    sources = [str(img.get("src", "")) for img in page.select("img")]
    assert "images/loaf.svg" in sources, (
        f"Amina sent a photo, images/loaf.svg, for the page, but the page's images are "
        f'{sources or "none"}. Add <img src="images/loaf.svg"> (the path goes from index.html '
        "to the file, folder first)."
    )
