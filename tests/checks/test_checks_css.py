"""CSS stylesheets: rules, values, colours by meaning, @media, mistakes with lines."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tutor.checks.css import css_properties, load_stylesheet, parse_stylesheet, same_colour
from tutor.checks.failure import CheckFailure

FailureOf = Callable[[Callable[[], object]], CheckFailure]


def test_a_good_stylesheet_has_no_problems(samples: Path) -> None:
    sheet = load_stylesheet(samples / "good.css")
    sheet.assert_valid()
    assert sheet.selectors == ["body", "h1, h2", "nav > a"]
    assert sheet.value("h1", "font-size") == "2rem"
    assert sheet.value("h2", "color") == "rgb(0, 0, 128)"
    assert sheet.value("nav>a", "--accent") == "orange"
    assert sheet.get("body", "margin") is None
    assert [r.selector for r in sheet.rules_matching(r"\bnav\b")] == ["nav > a"]
    sheet.assert_colour("body", "background-color", "#ffffff")
    sheet.assert_colour("h1", "color", "navy")


@pytest.mark.parametrize("selector", [".named", ".hex", ".rgb", ".space"])
def test_three_notations_of_white_are_the_same_colour(samples: Path, selector: str) -> None:
    sheet = load_stylesheet(samples / "colours.css")
    assert same_colour(sheet.value(selector, "color"), "white")
    assert not same_colour(sheet.value(".red", "color"), "white")


def test_colours_compare_by_meaning() -> None:
    assert same_colour("white", "#fff")
    assert same_colour("#FFFFFF", "rgb(255,255,255)")
    assert same_colour("red", "hsl(0, 100%, 50%)")
    assert not same_colour("red", "#f01")
    assert not same_colour("bleu", "blue")


def test_a_wrong_colour_says_expected_and_got(samples: Path, failure_of: FailureOf) -> None:
    sheet = load_stylesheet(samples / "colours.css")
    error = failure_of(lambda: sheet.assert_colour(".red", "color", "white"))
    assert str(error) == (
        "In colours.css line 5, the color of .red should be white, but it is #f00."
    )


def test_rules_inside_media_are_found_by_query(samples: Path, failure_of: FailureOf) -> None:
    sheet = load_stylesheet(samples / "good.css")
    small = sheet.media("(max-width:600px)")
    assert small.value("nav > a", "display") == "block"
    assert not sheet.rule("nav > a").has("display")
    message = str(failure_of(lambda: sheet.media("(min-width: 900px)")))
    assert message == (
        "good.css has no @media block for (min-width: 900px) (found: @media "
        "(max-width: 600px)).\nAdd one at the end of the file, like:\n"
        "  @media (min-width: 900px) {\n    ...\n  }"
    )


def test_missing_rule_and_property_read_as_sentences(samples: Path, failure_of: FailureOf) -> None:
    sheet = load_stylesheet(samples / "good.css")
    assert str(failure_of(lambda: sheet.rule("footer"))) == (
        "good.css has no rule for footer.\nA rule for it looks like:\n  footer {\n    ...\n  }"
    )
    assert str(failure_of(lambda: sheet.value("body", "margin"))) == (
        "In good.css, the rule for body (line 2) has no margin. "
        "Add a line like 'margin: ...;' between its { and }."
    )


def test_mistakes_are_listed_with_their_lines(samples: Path) -> None:
    sheet = load_stylesheet(samples / "mistakes.css")
    assert [str(p) for p in sheet.problems] == [
        "line 2: a ';' is missing at the end of the 'color' line, so the next line is read "
        "as part of it.",
        "line 4: 'colr' is not a CSS property. Did you mean 'color'?",
        "line 8: a ':' is missing between a property name and its value (write color: red;).",
        "line 9: 'bleu' is not a colour name. Did you mean 'blue'?",
        "line 12: this '{' is never closed. Add a '}' at the end of the rule.",
    ]


def test_assert_valid_shows_the_file_and_first_line(samples: Path, failure_of: FailureOf) -> None:
    error = failure_of(load_stylesheet(samples / "mistakes.css").assert_valid)
    first, second, third, *_ = str(error).splitlines()
    assert first == (
        "mistakes.css line 2: a ';' is missing at the end of the 'color' line, so "
        "the next line is read as part of it."
    )
    assert second == "That is the first of 5 mistakes the browser will skip. The others:"
    assert third == ("  mistakes.css line 4: 'colr' is not a CSS property. Did you mean 'color'?")
    assert (error.file, error.line) == ("mistakes.css", 2)


def test_extra_brace_and_bad_hex_are_reported() -> None:
    sheet = parse_stylesheet("a { color: #ff; }\n}\n")
    assert [str(p) for p in sheet.problems] == [
        "line 1: '#ff' is not a colour: write 3 or 6 hex digits after #, like #fff or #ffffff.",
        "line 2: this '}' has no '{' before it to close. Remove it.",
    ]


def test_the_property_list_is_reasonably_complete() -> None:
    names = css_properties()
    assert len(names) > 300
    assert {"color", "grid-template-columns", "gap", "aspect-ratio", "z-index"} <= names
