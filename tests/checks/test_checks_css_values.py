"""Values the browser skips, @media found loosely, and missing rules with near misses."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tutor.checks.css import parse_stylesheet
from tutor.checks.failure import CheckFailure

FailureOf = Callable[[Callable[[], object]], CheckFailure]


@pytest.mark.parametrize(
    ("declaration", "expected"),
    [
        (
            "font-size: 18 px",
            "'18 px' has a space between the number and its unit, so the browser "
            "skips the line. Write 18px, with no space.",
        ),
        (
            "width: 50 %",
            "'50 %' has a space between the number and its unit, so the browser skips "
            "the line. Write 50%, with no space.",
        ),
        (
            "width: 300",
            "'width: 300' has the number 300 without a unit, so the browser skips it. "
            "Write 300px (or another unit such as rem or %).",
        ),
        (
            "margin: 0 20",
            "'margin: 0 20' has the number 20 without a unit, so the browser skips "
            "it. Write 20px (or another unit such as rem or %).",
        ),
        (
            "display: flexbox",
            "'flexbox' is not a value display knows, so the browser skips the "
            "line. Did you mean 'flex'?",
        ),
        (
            "text-align: centre",
            "'centre' is not a value text-align knows, so the browser skips the "
            "line. Did you mean 'center'?",
        ),
        (
            "justify-content: space-between wibble",
            "'wibble' is not a value justify-content knows, so the browser skips the line.",
        ),
        (
            "position: relativ",
            "'relativ' is not a value position knows, so the browser skips the "
            "line. Did you mean 'relative'?",
        ),
        (
            "flex-direction: columns",
            "'columns' is not a value flex-direction knows, so the browser "
            "skips the line. Did you mean 'column'?",
        ),
        (
            "font-weight: heavy",
            "'heavy' is not a value font-weight knows, so the browser skips the line.",
        ),
        (
            "font-weight: 1200",
            "font-weight goes from 1 to 1000 (400 is normal, 700 bold), so 1200 is skipped.",
        ),
        ("display: 1", "display takes a word, not the number 1, so the browser skips the line."),
    ],
)
def test_values_a_browser_skips_are_reported(declaration: str, expected: str) -> None:
    sheet = parse_stylesheet(f"p {{\n  {declaration};\n}}\n")
    assert [str(p) for p in sheet.problems] == [f"line 2: {expected}"]


@pytest.mark.parametrize(
    "declaration",
    [
        "margin: 0",
        "padding: 0 1rem",
        "line-height: 1.5",
        "z-index: 10",
        "opacity: 0.5",
        "flex: 1",
        "font-weight: 700",
        "font-weight: bold",
        "display: inline flex",
        "align-items: safe center",
        "width: calc(100% - 20px)",
        "width: var(--size)",
        "display: var(--layout)",
        "transition: opacity 0.3s ease-in",
        "position: INHERIT",
        "font-style: oblique 10deg",
        "grid-template-columns: repeat(3, 1fr)",
        "border: 0",
        "text-align: center",
        "justify-content: space-between",
        "margin: -10px auto",
    ],
)
def test_good_values_are_not_reported(declaration: str) -> None:
    assert parse_stylesheet(f"p {{ {declaration}; }}").problems == []


def test_media_is_found_by_the_feature_it_contains(failure_of: FailureOf) -> None:
    sheet = parse_stylesheet(
        "nav a { display: inline; }\n"
        "@media Screen AND ( max-width : 600px ) { nav a { display: "
        "block; } }\n@media print { nav { display: none; } }\n"
        "@media (max-width: 6000px) { h1 { color: red; } }"
    )
    for query in (
        "(max-width: 600px)",
        "max-width:600px",
        "screen and (max-width: 600px)",
        "SCREEN",
    ):
        assert sheet.media(query).value("nav a", "display") == "block", query
    assert sheet.media("print").value("nav", "display") == "none"
    assert not sheet.media("(max-width: 600px)").has_rule("h1")  # 6000px is another query
    assert str(failure_of(lambda: sheet.media("(min-width: 900px)"))).splitlines()[0] == (
        "style.css has no @media block for (min-width: 900px) (found: @media Screen AND "
        "( max-width : 600px ), @media print, @media (max-width: 6000px))."
    )


def test_a_missing_rule_suggests_what_was_written(failure_of: FailureOf) -> None:
    sheet = parse_stylesheet(
        "body { margin: 0; }\n.menu li { display: inline; }\n"
        "menu { color: red; }\n.cards { gap: 1rem; }\n"
        "@media (max-width: 600px) { .wide { width: 100%; } }"
    )

    def first_line(selector: str) -> str:
        return str(failure_of(lambda: sheet.rule(selector))).splitlines()[0]

    assert first_line(".menu") == (
        "style.css has no rule for .menu. The rule on line 3 is written menu, without the "
        "'.': a class selector starts with it, like .menu."
    )
    assert first_line("li") == "style.css has no rule for li. Did you mean .menu li (line 2)?"
    assert first_line(".card") == ("style.css has no rule for .card. Did you mean .cards (line 4)?")
    assert first_line(".wide") == (
        "style.css has no rule for .wide. There is one inside @media (max-width: 600px), but "
        "none outside it, for all screens."
    )
    assert first_line("footer") == "style.css has no rule for footer."
