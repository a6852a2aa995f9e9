"""Colours by meaning: every notation parsed, luminance and contrast as WCAG measures them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tutor.checks.css import parse_stylesheet
from tutor.checks.css_colour import (
    contrast_ratio,
    is_colour,
    parse_colour,
    relative_luminance,
    same_colour,
)
from tutor.checks.failure import CheckFailure

FailureOf = Callable[[Callable[[], object]], CheckFailure]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("navy", (0, 0, 128, 1)),
        ("#FFF", (255, 255, 255, 1)),
        ("#00000080", (0, 0, 0, 128 / 255)),
        ("rgb(255, 0, 0)", (255, 0, 0, 1)),
        ("rgb(0 0 0)", (0, 0, 0, 1)),
        ("rgb(0 0 0 / 50%)", (0, 0, 0, 0.5)),
        ("rgba(0, 128, 0, .25)", (0, 128, 0, 0.25)),
        ("hsl(120 100% 50%)", (0, 255, 0, 1)),
        ("hsl(0, 100%, 50%, 0.3)", (255, 0, 0, 0.3)),
        ("transparent", (0, 0, 0, 0)),
    ],
)
def test_every_notation_parses_to_rgba(text: str, expected: tuple[float, ...]) -> None:
    assert parse_colour(text) == pytest.approx(expected)
    assert is_colour(text)


def test_what_is_not_a_colour_is_said(failure_of: FailureOf) -> None:
    assert str(failure_of(lambda: parse_colour("bleu"))) == (
        "'bleu' is not a CSS colour. Did you mean 'blue'? Write a colour name, like navy, or "
        "a code, like #000080."
    )
    assert str(failure_of(lambda: parse_colour("currentColor"))).startswith(
        "currentcolor takes the text colour of the element"
    )
    assert not is_colour("12px") and not is_colour("currentcolor")
    assert same_colour("rgb(0 0 0 / 50%)", "#00000080")


def test_luminance_and_contrast_match_the_wcag_numbers() -> None:
    assert relative_luminance("white") == pytest.approx(1)
    assert relative_luminance("#000") == pytest.approx(0)
    assert relative_luminance((255, 0, 0, 1)) == pytest.approx(0.2126)
    assert contrast_ratio("black", "white") == pytest.approx(21)
    assert contrast_ratio("white", "black") == pytest.approx(21)
    assert contrast_ratio("#777", "white") == pytest.approx(4.48, abs=0.01)  # just too light
    assert contrast_ratio("navy", "navy") == pytest.approx(1)


def test_assert_contrast_names_both_colours(failure_of: FailureOf) -> None:
    sheet = parse_stylesheet(
        "body {\n  background: #fff url(x.png);\n  color: #999;\n}\n"
        "h1 { color: #222; }\n.note { color: #333; background-color: "
        "#fdf6e3; }"
    )
    sheet.assert_contrast(".note")
    sheet.assert_contrast("h1", background="white")
    error = failure_of(lambda: sheet.assert_contrast("body"))
    assert str(error) == (
        "In style.css line 3, the text of body (#999 on #fff) is hard to read: the contrast is "
        "2.8 to 1, and it should be at least 4.5 to 1. Make one colour darker or the other "
        "lighter."
    )
    assert error.line == 3
    assert str(failure_of(lambda: sheet.assert_contrast("h1"))).startswith(
        "In style.css, the rule for h1 (line 5) has no background-color."
    )
