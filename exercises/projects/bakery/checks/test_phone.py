"""Milestone "phone": the page fits a phone's screen (about 360 pixels wide)."""

import re

from tutor.checks import CheckFailure

PHONE_WIDTH = 360


def test_the_page_tells_phones_to_use_their_own_width(html_page):
    page = html_page("index.html")
    metas = [m for m in page.select("meta") if str(m.get("name", "")).lower() == "viewport"]
    content = str(metas[0].get("content", "")).replace(" ", "") if metas else ""
    assert "width=device-width" in content, (
        "Without a viewport line, a phone draws the page as if it were a computer screen about "
        "980 pixels wide, then shrinks it until the text is tiny. In <head>, add <meta "
        'name="viewport" content="width=device-width, initial-scale=1">.'
    )


def test_the_page_uses_style_css(html_page, stylesheet):
    page = html_page("index.html")
    links = [str(link.get("href", "")) for link in page.select('link[rel="stylesheet"]')]
    assert "style.css" in links, (
        f"index.html should load its styles from style.css, but its stylesheet links are "
        f'{links or "none"}. In <head>, add <link rel="stylesheet" href="style.css">.'
    )
    stylesheet("style.css").assert_valid()


def test_nothing_is_wider_than_a_phone(stylesheet):
    sheet = stylesheet("style.css")
    for rule in sheet.rules:
        for name in ("width", "min-width"):
            value = rule.get(name) or ""
            found = re.fullmatch(r"\s*(\d+(?:\.\d+)?)px\s*", value)
            if found and float(found.group(1)) > PHONE_WIDTH:
                raise CheckFailure(
                    f"In style.css line {rule.line}, {rule.selector} has {name}: {value}, but "
                    f"a phone's screen is about {PHONE_WIDTH} pixels wide, so people would have "
                    "to scroll sideways. Use max-width instead: the box is then never wider "
                    "than the screen.",
                    "style.css",
                    rule.line,
                )


def test_the_photo_shrinks_to_fit_the_screen(stylesheet):
    sheet = stylesheet("style.css")
    value = (sheet.get("img", "max-width") or "").replace(" ", "")
    assert value == "100%", (
        "The photo is 640 pixels wide, wider than a phone. Give images a rule "
        "img { max-width: 100%; } so each is never wider than the box it is in."
        + (f" Yours says max-width: {value}." if value else "")
    )
