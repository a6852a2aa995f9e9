"""CSS colours by meaning: parse any notation, compare, and measure contrast (WCAG 2)."""

from __future__ import annotations

import tinycss2.color3

from tutor.checks.failure import CheckFailure, did_you_mean

try:  # color4 knows rgb(0 0 0 / 50%) and hsl() without commas; tinycss2 < 1.3 has only color3
    import tinycss2.color4 as _color4
except ImportError:  # pragma: no cover
    _color4 = None

Rgba = tuple[float, float, float, float]
"""(red, green, blue, alpha): channels from 0 to 255, alpha from 0 to 1."""

COLOUR_NAMES = frozenset(tinycss2.color3._COLOR_KEYWORDS) | {"transparent", "currentcolor"}


def _unit_rgba(text: str) -> Rgba | None:
    """(r, g, b, a) all from 0 to 1, or None when `text` is not a fixed colour."""
    if _color4 is not None:
        colour = _color4.parse_color(text)
        if colour is None or isinstance(colour, str):
            return None
        red, green, blue, alpha = colour.to("srgb")
        return red, green, blue, alpha
    parsed = tinycss2.color3.parse_color(text)
    return None if parsed is None or isinstance(parsed, str) else tuple(parsed)


def is_colour(text: str) -> bool:
    """True for a colour with a fixed value: "navy", "#fff", "rgb(0 0 0 / 50%)", "hsl(...)"."""
    return _unit_rgba(text.strip()) is not None


def parse_colour(text: str) -> Rgba:
    """Any CSS colour as (r, g, b, a): parse_colour("rgb(0 0 0 / 50%)") == (0, 0, 0, 0.5).

    Red, green and blue are from 0 to 255 (rounded to 2 decimals, as hsl() gives
    fractions); alpha from 0 to 1. Fails with a sentence for text that is not a
    colour, and for currentcolor, whose value depends on the element.
    """
    found = _unit_rgba(text.strip())
    if found is None:
        word = text.strip()
        if word.lower() == "currentcolor":
            raise CheckFailure(
                "currentcolor takes the text colour of the element, so it has "
                "no fixed value here. Write the colour itself, like #333."
            )
        raise CheckFailure(
            f"'{word}' is not a CSS colour.{did_you_mean(word, COLOUR_NAMES)} "
            f"Write a colour name, like navy, or a code, like #000080."
        )
    red, green, blue, alpha = found
    return round(red * 255, 2), round(green * 255, 2), round(blue * 255, 2), alpha


def same_colour(a: str, b: str) -> bool:
    """True when two CSS colours look the same: same_colour("white", "rgb(255,255,255)")."""
    first, second = _unit_rgba(a.strip()), _unit_rgba(b.strip())
    if first is None or second is None:
        return False
    return all(abs(x - y) < 0.6 / 255 for x, y in zip(first, second, strict=True))


def relative_luminance(colour: str | Rgba) -> float:
    """How light a colour looks, from 0 (black) to 1 (white), as WCAG 2 measures it.

    Alpha is ignored: a see-through colour counts as if it were solid.
    """
    red, green, blue, _alpha = parse_colour(colour) if isinstance(colour, str) else colour

    def linear(channel: float) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


def contrast_ratio(a: str | Rgba, b: str | Rgba) -> float:
    """WCAG contrast between two colours, from 1 (the same) to 21 (black on white).

    Body text should have at least 4.5, large headings at least 3.
    """
    light, dark = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
