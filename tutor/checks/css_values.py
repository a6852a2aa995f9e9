"""Values a browser skips without a word: `18 px`, `width: 300`, `display: flexbox`.

The browser drops the whole declaration, so the page silently looks wrong.
Each check here gives the sentence that says why, for `Sheet.assert_valid()`.
"""

from __future__ import annotations

from collections.abc import Sequence

import tinycss2.ast

from tutor.checks.failure import did_you_mean

# Units a beginner writes; "in", "x" and "q" are left out: they are also words.
UNITS = frozenset(
    {
        "px",
        "em",
        "rem",
        "vh",
        "vw",
        "vmin",
        "vmax",
        "dvh",
        "svh",
        "lvh",
        "pt",
        "pc",
        "cm",
        "mm",
        "ch",
        "ex",
        "fr",
        "s",
        "ms",
        "deg",
        "rad",
        "turn",
    }
)

# Properties whose numbers need a unit (0 excepted). line-height, z-index,
# opacity, flex-grow and font-weight take plain numbers, so they are not here.
_BOX = ("margin", "padding", "inset", "scroll-margin", "scroll-padding")
_SIDES = ("top", "right", "bottom", "left")
LENGTH_PROPERTIES = frozenset(
    {
        "width",
        "height",
        "min-width",
        "max-width",
        "min-height",
        "max-height",
        "top",
        "right",
        "bottom",
        "left",
        "inset",
        "font-size",
        "letter-spacing",
        "word-spacing",
        "text-indent",
        "gap",
        "row-gap",
        "column-gap",
        "grid-gap",
        "border-width",
        "border-radius",
        "outline-width",
        "outline-offset",
        "flex-basis",
        "border",
        "outline",
        "border-spacing",
    }
    | set(_BOX)
    | {f"{box}-{side}" for box in _BOX for side in _SIDES}
    | {f"border-{side}-width" for side in _SIDES}
    | {f"border-{side}" for side in _SIDES}
    | {f"border-{v}-{h}-radius" for v in ("top", "bottom") for h in ("left", "right")}
)

_SELF = (
    "auto",
    "normal",
    "stretch",
    "center",
    "start",
    "end",
    "self-start",
    "self-end",
    "flex-start",
    "flex-end",
    "baseline",
    "first",
    "last",
    "safe",
    "unsafe",
    "anchor-center",
)
_CONTENT = (
    "normal",
    "center",
    "start",
    "end",
    "flex-start",
    "flex-end",
    "left",
    "right",
    "space-between",
    "space-around",
    "space-evenly",
    "stretch",
    "baseline",
    "first",
    "last",
    "safe",
    "unsafe",
)
_BORDER_STYLES = (
    "none",
    "hidden",
    "dotted",
    "dashed",
    "solid",
    "double",
    "groove",
    "ridge",
    "inset",
    "outset",
)
_OVERFLOW = ("visible", "hidden", "clip", "scroll", "auto")

# The keywords each property knows (the CSS-wide ones, like inherit, always pass).
KEYWORDS: dict[str, frozenset[str]] = {
    name: frozenset(words)
    for name, words in {
        "display": (
            "block",
            "inline",
            "inline-block",
            "flex",
            "inline-flex",
            "grid",
            "inline-grid",
            "flow-root",
            "none",
            "contents",
            "table",
            "inline-table",
            "table-row",
            "table-cell",
            "table-caption",
            "table-column",
            "table-column-group",
            "table-header-group",
            "table-row-group",
            "table-footer-group",
            "list-item",
            "flow",
            "run-in",
            "ruby",
            "ruby-text",
            "math",
        ),
        "position": ("static", "relative", "absolute", "fixed", "sticky"),
        "text-align": (
            "left",
            "right",
            "center",
            "justify",
            "start",
            "end",
            "match-parent",
            "justify-all",
        ),
        "flex-direction": ("row", "row-reverse", "column", "column-reverse"),
        "flex-wrap": ("nowrap", "wrap", "wrap-reverse"),
        "justify-content": _CONTENT,
        "align-content": _CONTENT,
        "align-items": _SELF[1:],
        "align-self": _SELF,
        "justify-items": (*_SELF[1:], "left", "right", "legacy"),
        "justify-self": (*_SELF, "left", "right"),
        "font-weight": ("normal", "bold", "bolder", "lighter"),
        "font-style": ("normal", "italic", "oblique"),
        "float": ("left", "right", "none", "inline-start", "inline-end"),
        "clear": ("none", "left", "right", "both", "inline-start", "inline-end"),
        "visibility": ("visible", "hidden", "collapse"),
        "overflow": _OVERFLOW,
        "overflow-x": _OVERFLOW,
        "overflow-y": _OVERFLOW,
        "text-transform": (
            "none",
            "capitalize",
            "uppercase",
            "lowercase",
            "full-width",
            "full-size-kana",
        ),
        "box-sizing": ("content-box", "border-box"),
        "border-style": _BORDER_STYLES,
        **{f"border-{side}-style": _BORDER_STYLES for side in _SIDES},
        "text-decoration-line": ("none", "underline", "overline", "line-through", "blink"),
    }.items()
}
# The numbers a keyword property also accepts: font-weight: 700.
NUMBERS_ALLOWED = frozenset({"font-weight"})


def value_problems(
    name: str, tokens: Sequence[tinycss2.ast.Node], wide_keywords: frozenset[str]
) -> list[str]:
    """What is wrong with the value of `name`: sentences, empty when nothing is.

    `tokens` are all the value's tokens, whitespace included: a space between a
    number and its unit is one of the mistakes.
    """
    if any(t.type == "function" and t.lower_name == "var" for t in tokens):
        return []  # var(--x) is filled in later by the browser: nothing to judge now
    solid = [t for t in tokens if t.type not in ("whitespace", "comment")]
    spaced = _spaced_unit(tokens)
    if spaced:
        return [spaced]
    if name in LENGTH_PROPERTIES:
        bare = [t for t in solid if t.type == "number" and t.value != 0]
        if bare:
            number = tinycss2.serialize([bare[0]])
            return [
                f"'{name}: {tinycss2.serialize(tokens).strip()}' has the number {number} "
                f"without a unit, so the browser skips it. Write {number}px (or another "
                f"unit such as rem or %)."
            ]
    if name in KEYWORDS:
        return _keyword_problems(name, solid, wide_keywords)
    return []


def _spaced_unit(tokens: Sequence[tinycss2.ast.Node]) -> str | None:
    """'18 px' (a number, a space, a unit) as a sentence, else None."""
    for before, space, after in zip(tokens, tokens[1:], tokens[2:], strict=False):
        if before.type != "number" or space.type != "whitespace":
            continue
        unit = (
            after.lower_value
            if after.type == "ident"
            else after.value
            if after.type == "literal"
            else ""
        )
        if unit in UNITS or unit == "%":
            number = tinycss2.serialize([before])
            return (
                f"'{number} {unit}' has a space between the number and its unit, so the "
                f"browser skips the line. Write {number}{unit}, with no space."
            )
    return None


def _keyword_problems(
    name: str, solid: Sequence[tinycss2.ast.Node], wide_keywords: frozenset[str]
) -> list[str]:
    known = KEYWORDS[name]
    problems = []
    for token in solid:
        if token.type == "ident" and token.lower_value not in known | wide_keywords:
            word = tinycss2.serialize([token])
            problems.append(
                f"'{word}' is not a value {name} knows, so the browser skips the "
                f"line.{did_you_mean(word, known, cutoff=0.6)}"
            )
        elif token.type == "number" and name not in NUMBERS_ALLOWED:
            number = tinycss2.serialize([token])
            problems.append(
                f"{name} takes a word, not the number {number}, so the browser skips the line."
            )
        elif token.type == "number" and not 1 <= token.value <= 1000:
            problems.append(
                f"font-weight goes from 1 to 1000 (400 is normal, 700 bold), so "
                f"{tinycss2.serialize([token])} is skipped."
            )
    return problems
