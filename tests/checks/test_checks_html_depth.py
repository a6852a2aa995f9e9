"""Deeply nested and very broken pages: a sentence at once, never a timeout or a crash.

html5lib and BeautifulSoup take time that grows with the square of the nesting
depth, so a page nested deeper than MAX_DEPTH is refused with a sentence
before it is parsed. Our own work (the parse-error sentences, the visible
text) is linear and uses no recursion. No timings here: see the report in
docs/robustness.md for the numbers.
"""

from __future__ import annotations

from collections.abc import Callable

from tutor.checks.failure import CheckFailure
from tutor.checks.html import MAX_DEPTH, Page
from tutor.checks.html_errors import nesting_depth, parse_problems, tag_events

FailureOf = Callable[[Callable[[], object]], CheckFailure]

HEAD = '<!DOCTYPE html>\n<html lang="en">\n<body>\n<h1>Deep</h1>\n'  # <div>s start on line 5
TAIL = "</body>\n</html>\n"


def test_thousands_of_unclosed_divs_are_refused_with_a_sentence(failure_of: FailureOf) -> None:
    text = HEAD + "<div>\n" * 6000 + TAIL
    failure = failure_of(lambda: Page(text, "index.html"))
    line = 5 + MAX_DEPTH  # the first <div> past the limit
    assert failure.file == "index.html"
    assert failure.line == line
    assert failure.message.startswith(
        f"index.html line {line}: more than {MAX_DEPTH} tags are open inside each other here."
    )
    assert "<div> (line 5), <div> (line 6) and <div> (line 7) are still open" in failure.message
    assert "Close each tag you open, like <div>...</div>." in failure.message


def test_the_most_common_open_tag_is_the_example(failure_of: FailureOf) -> None:
    text = HEAD + "<main>\n<section>\n" + "<span>" * (MAX_DEPTH + 5) + TAIL
    failure = failure_of(lambda: Page(text))
    assert "<main> (line 5), <section> (line 6) and <span> (line 7)" in failure.message
    assert "like <span>...</span>" in failure.message


def test_a_page_nested_as_deep_as_allowed_is_read_whole() -> None:
    depth = MAX_DEPTH - 3  # <html> and <body> do not count; the <h1> is beside the divs
    text = HEAD + "<div>" * depth + "bottom" + "</div>" * depth + TAIL
    page = Page(text)
    assert page.count("div") == depth
    assert page.visible_text("body") == "Deep bottom"
    assert page.parse_errors == []


def test_visible_text_of_a_deep_unclosed_page_needs_no_recursion() -> None:
    # As deep as allowed, called from deep inside a stack, as pytest's own frames are.
    text = HEAD + "<b>x</b><span>" * (MAX_DEPTH - 2) + "end" + TAIL
    page = Page(text)

    def from_deep_down(frames: int) -> str:
        return from_deep_down(frames - 1) if frames else page.visible_text("body")

    assert from_deep_down(600) == "Deep " + "x" * (MAX_DEPTH - 2) + "end"


def test_tags_a_browser_closes_by_itself_do_not_count_as_nesting() -> None:
    text = HEAD + "<p>one line\n" * (3 * MAX_DEPTH) + "<ul>" + "<li>item\n" * MAX_DEPTH + TAIL
    page = Page(text)
    assert page.count("p") == 3 * MAX_DEPTH
    assert page.count("li") == MAX_DEPTH


def test_nesting_depth_stops_counting_past_the_limit() -> None:
    events = tag_events(HEAD + "<div>" * 50 + "</div>" * 50 + "<div>" * 20 + TAIL)
    assert nesting_depth(events, limit=100) == (50, [])
    depth, still_open = nesting_depth(events, limit=10)
    assert depth == 11
    assert [e.tag for e in still_open] == ["div"] * 11


def test_every_stray_closing_tag_gets_its_own_sentence() -> None:
    """Thousands of mistakes under hundreds of open tags: each told, in one pass."""
    strays = 2000
    text = HEAD + "<div>\n" * 400 + "</span>\n" * strays + TAIL
    problems = parse_problems(text)
    stray_problems = [p for p in problems if p.message.startswith("</span>")]
    assert len(stray_problems) == strays
    assert stray_problems[0].message == (
        "</span> was found while <div> (opened on line 404) is still open. "
        "Add </div> before </span>, or check the spelling of </span>."
    )
    assert stray_problems[-1].line == 404 + strays


def test_the_end_of_file_sentence_names_the_first_open_tags_and_counts_the_rest() -> None:
    text = HEAD + "<section>\n" * 20
    message = str(Page(text).parse_errors[-1])
    assert message.startswith(
        "line 25: The file ends while these tags are still open: <section> (line 5), "
    )
    assert "<section> (line 12) and 12 more. Close each one, the last opened first." in message
