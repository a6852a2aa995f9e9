"""Checks for today's menu: index.html loads dishes.js, then menu.js, in its head with defer.

The script tags are read from index.html as written (so a message can name
their line), then the page is loaded as a browser would (the `browser`
fixture) to see that menu.js really showed the soup.
"""

import re

from bs4 import BeautifulSoup, Tag

from tutor.checks import CheckFailure

PAGE = "index.html"


def script_tags(files):
    return BeautifulSoup(files.read(PAGE), "html.parser").find_all("script")


def tag_for(files, name):
    """The <script> tag whose src names the file (None when there is none)."""
    for tag in script_tags(files):
        src = str(tag.get("src") or "").strip().removeprefix("./")
        if src == name:
            return tag
    return None


def line_of(files, words):
    for number, line in enumerate(files.lines(PAGE), start=1):
        if words in line:
            return number
    return None


def require_tag(files, name) -> Tag:
    """The file's script tag, or a failure that says what is wrong with the way it is named."""
    text = files.read(PAGE)
    closed_on_itself = re.search(rf"<script[^>]*{re.escape(name)}[^>]*/>", text)
    if closed_on_itself:
        raise CheckFailure(
            f"The tag that loads {name} ends with />, but a script tag is never closed that way: "
            "the browser then reads the rest of the page as part of the script. Write the "
            f'closing tag: <script src="{name}" defer></script>.',
            PAGE,
            line_of(files, name),
        )
    tag = tag_for(files, name)
    if tag is not None:
        return tag
    if name in text:
        raise CheckFailure(
            f"index.html names {name}, but not in the src of a <script> tag, so the browser "
            f'does not run it. A script is loaded with <script src="{name}" defer></script> '
            "(src, not href; script, not link).",
            PAGE,
            line_of(files, name),
        )
    raise CheckFailure(
        f'index.html does not load {name} yet: no <script> tag has src="{name}". Add one '
        "inside <head>, where the TODO comment is.",
        PAGE,
        line_of(files, "<head"),
    )


def require_in_head_with_defer(files, name):
    tag = require_tag(files, name)
    if tag.find_parent("head") is None:
        raise CheckFailure(
            f"The tag that loads {name} is not inside <head>. The task asks for it in the head, "
            "with defer, so that the browser finds it early but runs it after reading the page. "
            "Move it up, between <head> and </head>.",
            PAGE,
            tag.sourceline,
        )
    if not tag.has_attr("defer"):
        if name == "menu.js":
            why = (
                "so the browser would run it before it has read the <body>: "
                'document.querySelector("#soup") would find nothing, and the script would stop.'
            )
        else:
            why = (
                "but the task asks for defer on both tags, so that both scripts run after the page "
                "is read, in the order of their tags."
            )
        raise CheckFailure(
            f"The tag that loads {name} is in <head> without defer, {why} Add the word defer: "
            f'<script src="{name}" defer></script>.',
            PAGE,
            tag.sourceline,
        )
    return tag


def test_menu_js_is_loaded_in_the_head_with_defer(files):
    require_in_head_with_defer(files, "menu.js")


def test_dishes_js_is_loaded_before_menu_js(files):
    dishes = require_in_head_with_defer(files, "dishes.js")
    menu = require_in_head_with_defer(files, "menu.js")
    order = script_tags(files)
    if order.index(dishes) > order.index(menu):
        raise CheckFailure(
            "menu.js is loaded before dishes.js, so it would run first and use soup and price "
            "before dishes.js has defined them. Deferred scripts run in the order of their "
            "tags: put the tag for dishes.js above the one for menu.js.",
            PAGE,
            dishes.sourceline,
        )


def test_the_page_shows_the_soup_of_the_day(browser, files):
    require_tag(files, "menu.js")
    page = browser()
    shown = page.text("#soup")
    if shown != "Lentil soup: 3.50":
        raise CheckFailure(
            "Once menu.js has run, the paragraph #soup should say 'Lentil soup: 3.50', but it "
            f"says {shown!r}. Check that both scripts are loaded, and that menu.js and "
            "dishes.js are as they were at the start (the task only changes index.html).",
            PAGE,
            line_of(files, "menu.js"),
        )
