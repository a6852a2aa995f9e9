"""HTML content-model mistakes a browser repairs in silence: each is named, with its place."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tutor.checks.failure import CheckFailure
from tutor.checks.html import Page

FailureOf = Callable[[Callable[[], object]], CheckFailure]


def page_with_body(body: str) -> Page:
    """A page whose body starts on line 4."""
    return Page(f"<!DOCTYPE html>\n<html lang='en'>\n<body>\n{body}\n</body>\n</html>\n")


def places_and_messages(page: Page) -> list[tuple[int, int, str]]:
    return [(p.line, p.col, p.message) for p in page.parse_errors]


def test_a_paragraph_inside_a_heading_is_named_with_line_and_column() -> None:
    page = page_with_body("<h1>\n  <p>Welcome</p>\n</h1>")
    assert places_and_messages(page) == [
        (
            5,
            3,
            "<p> is inside the heading <h1> opened on line 4: a heading holds only text "
            "and inline tags such as <a>, <b>, <em>, <span>. Close the heading with </h1> "
            "first, then start <p> after it.",
        ),
    ]


def test_a_paragraph_left_open_before_the_next_one_is_named() -> None:
    page = page_with_body("<p>One\n<p>Two</p>")
    assert places_and_messages(page) == [
        (
            5,
            1,
            "A new <p> starts while the paragraph <p> from line 4 is still open. Close "
            "each paragraph with </p> before the next one starts.",
        ),
    ]


def test_a_block_inside_a_paragraph_is_told_once_not_twice() -> None:
    # html5lib alone would also call the last </p> stray; one sentence explains both.
    page = page_with_body("<p>Shopping:\n<ul><li>tea</li></ul>\n</p>")
    assert places_and_messages(page) == [
        (
            5,
            1,
            "<ul> cannot go inside the paragraph <p> opened on line 4: a paragraph holds "
            "only text and inline tags such as <a>, <b>, <em>, <span>. The browser ends "
            "the paragraph before <ul>. Close it with </p> before <ul>.",
        ),
    ]


def test_a_paragraph_never_closed_is_named_where_its_parent_closes() -> None:
    page = page_with_body("<div>\n<p>Hello\n</div>")
    assert places_and_messages(page) == [
        (
            6,
            1,
            "The paragraph <p> opened on line 5 is never closed. Add </p> where the "
            "paragraph's text ends (before </div>).",
        ),
    ]


def test_a_list_item_outside_a_list_is_named() -> None:
    page = page_with_body("<li>Bread</li>")
    assert places_and_messages(page) == [
        (
            4,
            1,
            "<li> is a list item, but it is not inside a list. Put the items inside "
            "<ul> ... </ul> (a list with bullets) or <ol> ... </ol> (a numbered list).",
        ),
    ]


def test_a_link_inside_a_link_is_explained() -> None:
    page = page_with_body('<a href="a.html">Home\n<a href="b.html">Shop</a></a>')
    first = page.parse_errors[0]
    assert (first.line, first.message) == (
        5,
        "A link <a> starts inside another link opened on line 4: a link cannot hold a "
        "link, so the browser ends the first one here. Close it with </a> before the "
        "next <a>.",
    )


@pytest.mark.parametrize(
    "body",
    [
        "<h1>A <em>big</em> <a href='x.html'>day</a></h1>\n<p>Text <b>bold</b><br>more</p>",
        "<ul>\n<li>One\n<li>Two\n</ul>",  # an <li> may end without </li>
        "<ol><li>One<ul><li>inner</li></ul></li></ol>",
        "<menu><li>Copy</li></menu>",
        "<div><p>One</p><p>Two</p></div>",
        "<table><tr><td><p>In a cell</p></td></tr></table>",
        "<svg><foreignObject><p>drawn</p></foreignObject></svg>",
    ],
)
def test_correct_pages_have_no_content_mistakes(body: str) -> None:
    assert page_with_body(body).parse_errors == []


def test_assert_well_formed_fails_on_a_content_mistake(failure_of: FailureOf) -> None:
    error = failure_of(page_with_body("<h1><p>Hi</p></h1>").assert_well_formed)
    assert str(error).startswith("index.html line 4: <p> is inside the heading <h1>")
    assert error.line == 4


def test_a_last_paragraph_left_open_at_the_end_of_the_file_is_named() -> None:
    page = Page("<!DOCTYPE html>\n<html lang='en'>\n<body>\n<p>Bye\n")
    assert [(p.line, p.message) for p in page.parse_errors] == [
        (
            5,
            "The paragraph <p> opened on line 4 is never closed. Add </p> where the "
            "paragraph's text ends.",
        ),
    ]
