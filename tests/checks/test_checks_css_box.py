"""Shorthands spread per side: sheet.box() and sheet.assert_box() accept every spelling."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tutor.checks.css import parse_stylesheet
from tutor.checks.failure import CheckFailure

FailureOf = Callable[[Callable[[], object]], CheckFailure]

ALL_16 = {"top": "16px", "right": "16px", "bottom": "16px", "left": "16px"}


@pytest.mark.parametrize(
    "css",
    [
        "aside { padding: 16px; }",
        "aside { padding: 16px 16px; }",
        "aside {\n  padding-top: 16px;\n  padding-right: 16px;\n  padding-bottom: 16px;\n"
        "  padding-left: 16px;\n}",
        "aside { padding: 0 16px; }\naside { padding-block: 16px; }",
        "aside { padding: 4px; padding-inline: 16px; padding-top: 16px; padding-bottom: 16px; }",
    ],
)
def test_every_way_of_writing_16px_padding_counts(css: str) -> None:
    sheet = parse_stylesheet(css)
    assert sheet.box("aside", "padding") == ALL_16
    sheet.assert_box("aside", "padding", "16px")


def test_the_one_to_four_value_rule_and_later_lines_winning() -> None:
    sheet = parse_stylesheet(
        "p { margin: 1px 2px 3px; margin-left: 0px; }\n"
        "h1 { margin: 0 auto; }\n.card { inset: 0; top: 5px; }"
    )
    assert sheet.box("p", "margin") == {"top": "1px", "right": "2px", "bottom": "3px", "left": "0"}
    assert sheet.box("h1", "margin") == {"top": "0", "right": "auto", "bottom": "0", "left": "auto"}
    assert sheet.box(".card", "inset") == {"top": "5px", "right": "0", "bottom": "0", "left": "0"}
    assert sheet.box("h1", "padding") == dict.fromkeys(("top", "right", "bottom", "left"))


def test_borders_spread_to_sides_widths_styles_and_colours() -> None:
    sheet = parse_stylesheet(
        "aside { border: 2px solid #333; border-bottom: none; }\n"
        "nav { border-width: 1px 0; border-style: dashed; }\n"
        "img { border-radius: 10px 5%; border-top-left-radius: 0; }\n"
        ".grid { gap: 1rem; column-gap: 2rem; }"
    )
    assert sheet.box("aside", "border") == {
        "top": "2px solid #333",
        "right": "2px solid #333",
        "bottom": "medium none currentcolor",
        "left": "2px solid #333",
    }
    assert sheet.box("aside", "border-style")["bottom"] == "none"
    assert sheet.box("nav", "border-width") == {
        "top": "1px",
        "right": "0",
        "bottom": "1px",
        "left": "0",
    }
    assert sheet.box("nav", "border-color") == dict.fromkeys(("top", "right", "bottom", "left"))
    assert sheet.box("img", "border-radius") == {
        "top-left": "0",
        "top-right": "5%",
        "bottom-right": "10px",
        "bottom-left": "5%",
    }
    assert sheet.box(".grid", "gap") == {"row": "1rem", "column": "2rem"}
    sheet.assert_box("aside", "border-color", {"top": "rgb(51, 51, 51)"})  # by meaning
    sheet.assert_box(
        "aside", "border", {"top": "2px solid #333333", "left": "2px solid rgb(51 51 51)"}
    )


def test_a_wrong_box_says_every_side(failure_of: FailureOf) -> None:
    sheet = parse_stylesheet("aside {\n  color: red;\n  padding: 16px;\n  padding-left: 0;\n}")
    error = failure_of(lambda: sheet.assert_box("aside", "padding", "16px"))
    assert str(error) == (
        "In style.css line 4, the padding of aside should be 16px on every side, but it is: "
        "top 16px, right 16px, bottom 16px, left 0. padding: 16px; sets them all at once."
    )
    assert error.line == 4
    error = failure_of(
        lambda: parse_stylesheet("nav { gap: 4px; }").assert_box("nav", "gap", {"column": "1rem"})
    )
    assert str(error) == (
        "In style.css line 1, the gap of nav should be column 1rem, but it is: row 4px, column 4px."
    )


def test_an_unknown_box_property_is_the_instructors_mistake() -> None:
    with pytest.raises(ValueError, match="box\\(\\) knows padding, margin"):
        parse_stylesheet("p { color: red; }").box("p", "colour")
