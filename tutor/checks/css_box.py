"""Shorthands spread out per side: `padding: 10px 20px` and `padding-top: 10px` alike.

A lesson that asks for "16px of padding on every side" should accept every way
a learner may write it. `box_values` replays a rule's declarations in order, as
the browser does, and says what each side (or corner, or gap) ends up with.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import tinycss2

from tutor.checks.css_colour import is_colour

SIDES = ("top", "right", "bottom", "left")
CORNERS = ("top-left", "top-right", "bottom-right", "bottom-left")
GAPS = ("row", "column")
BORDER_STYLES = frozenset(
    {"none", "hidden", "dotted", "dashed", "solid", "double", "groove", "ridge", "inset", "outset"}
)
# Logical sides as they fall in a left-to-right, top-to-bottom page.
LOGICAL = {
    "block-start": "top",
    "block-end": "bottom",
    "inline-start": "left",
    "inline-end": "right",
}
_ZERO = re.compile(r"^[+-]?0*\.?0+([a-z%]+)?$", re.IGNORECASE)

# Which shorthands box_values knows, and the parts (sides, corners) each spreads to.
BOX_PROPERTIES = {
    "padding": SIDES,
    "margin": SIDES,
    "inset": SIDES,
    "scroll-margin": SIDES,
    "scroll-padding": SIDES,
    "border-width": SIDES,
    "border-style": SIDES,
    "border-color": SIDES,
    "border": SIDES,
    "border-radius": CORNERS,
    "gap": GAPS,
}


def components(value: str) -> list[str]:
    """The space-separated parts of a value, keeping functions whole: calc(1px + 2px)."""
    nodes = tinycss2.parse_component_value_list(value)
    return [
        tinycss2.serialize([n]).strip() for n in nodes if n.type not in ("whitespace", "comment")
    ]


def tidy_length(value: str) -> str:
    """A zero length is "0" whatever its unit; anything else stays as written."""
    return "0" if _ZERO.match(value.strip()) else value.strip()


def four_sides(parts: list[str]) -> list[str]:
    """CSS's 1-to-4 value rule: 1 for all, 2 for vertical/horizontal, 3 for top/sides/bottom."""
    if len(parts) == 1:
        return parts * 4
    if len(parts) == 2:
        return parts * 2
    if len(parts) == 3:
        return [parts[0], parts[1], parts[2], parts[1]]
    return parts[:4]


def _border_parts(value: str) -> dict[str, str]:
    """`2px solid red` as {"width": ..., "style": ..., "color": ...}, with CSS's initial values."""
    found = {"width": "medium", "style": "none", "color": "currentcolor"}
    for part in components(value):
        if part.lower() in BORDER_STYLES:
            found["style"] = part.lower()
        elif is_colour(part) or part.lower() == "currentcolor":
            found["color"] = part
        else:
            found["width"] = tidy_length(part)
    return found


def _border_text(parts: dict[str, str]) -> str:
    return f"{parts['width']} {parts['style']} {parts['color']}"


def box_values(prop: str, declarations: Iterable[tuple[str, str]]) -> dict[str, str | None]:
    """What each side of `prop` ends up as after the (name, value) pairs, in order.

    box_values("padding", [("padding", "10px"), ("padding-left", "0px")]) gives
    {"top": "10px", "right": "10px", "bottom": "10px", "left": "0"}. A side no
    declaration sets is None. Zero lengths are "0" whatever their unit.
    """
    prop = prop.lower()
    if prop not in BOX_PROPERTIES:
        raise ValueError(f"box() knows {', '.join(BOX_PROPERTIES)}, not {prop}")
    result: dict[str, str | None] = dict.fromkeys(BOX_PROPERTIES[prop])
    if prop == "border":
        borders: dict[str, dict[str, str]] = {side: {} for side in SIDES}
        for name, value in declarations:
            for side, aspect, text in _border_settings(name.lower(), value):
                borders[side][aspect] = text
        for side, parts in borders.items():
            if parts:
                result[side] = _border_text(
                    {"width": "medium", "style": "none", "color": "currentcolor", **parts}
                )
        return result
    for name, value in declarations:
        result.update(_settings(prop, name.lower(), value))
    return result


def _settings(prop: str, name: str, value: str) -> dict[str, str]:
    """The parts of `prop` that one declaration sets."""
    parts = components(value)
    if not parts:
        return {}
    if prop.startswith("border-") and prop != "border-radius":
        aspect = prop.removeprefix("border-")
        return {side: text for side, asp, text in _border_settings(name, value) if asp == aspect}
    if prop == "gap":
        if name in ("gap", "grid-gap"):
            row, column = (parts * 2)[:2] if len(parts) == 1 else parts[:2]
            return {"row": tidy_length(row), "column": tidy_length(column)}
        short = name.removeprefix("grid-").removesuffix("-gap")
        return {short: tidy_length(parts[0])} if short in GAPS else {}
    if prop == "border-radius":
        if name == prop:  # "10px / 20px" (elliptical corners) keeps only the first radii
            before_slash = components(value.split("/")[0])
            return dict(
                zip(CORNERS, (tidy_length(p) for p in four_sides(before_slash)), strict=True)
            )
        corner = name.removeprefix("border-").removesuffix("-radius")
        return {corner: tidy_length(parts[0])} if corner in CORNERS else {}
    if name == prop:
        return dict(zip(SIDES, (tidy_length(p) for p in four_sides(parts)), strict=True))
    if prop == "inset":  # its sides are the properties top, right, ... and inset-inline...
        side = name.removeprefix("inset-")
    elif name.startswith(prop + "-"):
        side = name.removeprefix(prop + "-")
    else:
        return {}
    if side in SIDES:
        return {side: tidy_length(parts[0])}
    if side in LOGICAL:
        return {LOGICAL[side]: tidy_length(parts[0])}
    if side in ("inline", "block"):  # margin-inline: auto, or start and end
        start, end = ("left", "right") if side == "inline" else ("top", "bottom")
        first, second = parts[0], parts[1] if len(parts) > 1 else parts[0]
        return {start: tidy_length(first), end: tidy_length(second)}
    return {}


def _border_settings(name: str, value: str) -> list[tuple[str, str, str]]:
    """(side, aspect, value) for every side and aspect a border declaration sets.

    Covers border, border-top, border-width, border-top-width and the others of
    the same shapes (aspect is "width", "style" or "color").
    """
    if not name.startswith("border") or "radius" in name:
        return []
    words = name.split("-")[1:]
    sides = [w for w in words if w in SIDES]
    aspects = [w for w in words if w in ("width", "style", "color")]
    if len(words) != len(sides) + len(aspects) or len(sides) > 1 or len(aspects) > 1:
        return []  # border-collapse, border-image, border-inline...: not a side's border
    if aspects:
        parts = components(value)
        if not parts:
            return []
        aspect = aspects[0]
        values = [
            tidy_length(p) if aspect == "width" else p
            for p in (parts[:1] if sides else four_sides(parts))
        ]
        targets = sides or list(SIDES)
        return [(side, aspect, text) for side, text in zip(targets, values * 4, strict=False)]
    border = _border_parts(value)
    return [(side, aspect, text) for side in (sides or SIDES) for aspect, text in border.items()]
