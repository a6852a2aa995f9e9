"""CSS stylesheets: rules by selector, values by property, colours by meaning, mistakes by line."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path

import tinycss2

from tutor.checks.css_box import CORNERS, GAPS, box_values, components, tidy_length
from tutor.checks.css_colour import (
    COLOUR_NAMES,
    contrast_ratio,
    is_colour,
    parse_colour,
    relative_luminance,
    same_colour,
)
from tutor.checks.css_rules import (
    CssProblem,
    Declaration,
    Rule,
    media_matches,
    normalise_media,
    normalise_selector,
    tidy_spaces,
)
from tutor.checks.css_values import value_problems
from tutor.checks.failure import CheckFailure, did_you_mean, problems_message
from tutor.spelling import closest_names

__all__ = [
    "CssProblem",
    "Declaration",
    "Rule",
    "Sheet",
    "contrast_ratio",
    "normalise_media",
    "normalise_selector",
    "load_stylesheet",
    "parse_colour",
    "parse_stylesheet",
    "relative_luminance",
    "same_colour",
]

CSS_WIDE_KEYWORDS = frozenset({"inherit", "initial", "unset", "revert", "revert-layer"})
COLOUR_PROPERTIES = frozenset(
    {
        "color",
        "background-color",
        "border-color",
        "outline-color",
        "text-decoration-color",
        "caret-color",
        "accent-color",
        "column-rule-color",
    }
    | {f"border-{side}-color" for side in ("top", "right", "bottom", "left")}
)


@cache
def css_properties() -> frozenset[str]:
    """The standard CSS property names (tutor/checks/css_properties.json)."""
    text = (Path(__file__).with_name("css_properties.json")).read_text(encoding="utf-8")
    return frozenset(json.loads(text))


def is_known_property(name: str) -> bool:
    # Custom properties (--main-colour) and vendor prefixes (-webkit-...) are allowed.
    return name.startswith("-") or name.lower() in css_properties()


class Sheet:
    """A parsed stylesheet (or the rules inside one @media block)."""

    def __init__(self, filename: str = "style.css") -> None:
        self.filename = filename
        self.rules: list[Rule] = []
        self.media_blocks: list[tuple[str, Sheet]] = []
        self.problems: list[CssProblem] = []

    def __repr__(self) -> str:
        return f"Sheet({self.filename!r}, {len(self.rules)} rules)"

    @property
    def selectors(self) -> list[str]:
        return [rule.selector for rule in self.rules]

    def rules_for(self, selector: str) -> list[Rule]:
        """Every rule whose selector list includes `selector` ("h1" matches "h1, h2")."""
        wanted = normalise_selector(selector)
        return [rule for rule in self.rules if wanted in rule.selectors]

    def rules_matching(self, pattern: str) -> list[Rule]:
        """Rules whose selector text matches a regular expression (e.g. r"\\bnav\\b")."""
        return [rule for rule in self.rules if re.search(pattern, rule.selector)]

    def has_rule(self, selector: str) -> bool:
        return bool(self.rules_for(selector))

    def rule(self, selector: str) -> Rule:
        """All declarations for `selector`, in the order written (later ones win)."""
        found = self.rules_for(selector)
        if not found:
            raise CheckFailure(
                f"{self.filename} has no rule for {selector}.{self._near_misses(selector)}\n"
                f"A rule for it looks like:\n  {selector} {{\n    ...\n  }}",
                self.filename,
            )
        merged = Rule(found[0].selector, found[0].line, filename=self.filename)
        for rule in found:
            merged.declarations.extend(rule.declarations)
        return merged

    def get(self, selector: str, prop: str) -> str | None:
        found = self.rules_for(selector)
        values = [r.get(prop) for r in found if r.get(prop) is not None]
        return values[-1] if values else None

    def value(self, selector: str, prop: str) -> str:
        """The value of `prop` for `selector`; a sentence if the rule or property is missing."""
        return self.rule(selector).value(prop)

    def assert_colour(self, selector: str, prop: str, expected: str) -> None:
        declaration = self.rule(selector).declaration(prop)
        if not same_colour(declaration.value, expected):
            raise CheckFailure(
                f"In {self.filename} line {declaration.line}, the {prop} of {selector} should "
                f"be {expected}, but it is {declaration.value}.",
                self.filename,
                declaration.line,
            )

    def box(self, selector: str, prop: str) -> dict[str, str | None]:
        """Each side of a box property, from its shorthand and longhands alike.

        box("p", "padding") -> {"top": "10px", "right": "10px", "bottom": "10px",
        "left": "10px"} for `padding: 10px` or four padding-* lines. Also margin,
        inset, border, border-width/-style/-color (sides), border-radius (corners:
        "top-left"...), gap ("row", "column"). Unset parts are None; zero
        lengths are "0". Fails like rule() when there is no rule for `selector`.
        """
        rule = self.rule(selector)
        return box_values(prop, [(d.name, d.value) for d in rule.declarations])

    def assert_box(self, selector: str, prop: str, expected: str | Mapping[str, str]) -> None:
        """Every side is `expected` (a str), or the sides named in it (a dict) are.

        sheet.assert_box("aside", "padding", "16px") passes for `padding: 16px`
        and for four padding-* lines; sheet.assert_box("nav", "margin",
        {"top": "0", "bottom": "0"}). Colours and borders compare by meaning.
        """
        rule = self.rule(selector)
        sides = box_values(prop, [(d.name, d.value) for d in rule.declarations])
        wanted = dict.fromkeys(sides, expected) if isinstance(expected, str) else dict(expected)
        if all(_same_box_value(prop, sides.get(part), want) for part, want in wanted.items()):
            return
        related = [d for d in rule.declarations if d.name.startswith(prop.split("-")[0])]
        line = related[-1].line if related else rule.line
        every = (
            "in every corner"
            if tuple(sides) == CORNERS
            else "for rows and columns"
            if tuple(sides) == GAPS
            else "on every side"
        )
        should = (
            f"{expected} {every}"
            if isinstance(expected, str)
            else ", ".join(f"{part} {want}" for part, want in wanted.items())
        )
        got = ", ".join(f"{part} {value or 'not set'}" for part, value in sides.items())
        tip = f" {prop}: {expected}; sets them all at once." if isinstance(expected, str) else ""
        raise CheckFailure(
            f"In {self.filename} line {line}, the {prop} of {selector} should be {should}, "
            f"but it is: {got}.{tip}",
            self.filename,
            line,
        )

    def assert_contrast(
        self, selector: str, at_least: float = 4.5, background: str | None = None
    ) -> None:
        """The text colour of `selector` is readable on its background (WCAG ratio).

        The background is the rule's background-color (or a colour in its
        background), else `background` (e.g. the body's, passed by the test).
        """
        rule = self.rule(selector)
        text = rule.declaration("color")
        behind = rule.get("background-color") or next(
            (part for part in (rule.get("background") or "").split() if is_colour(part)), background
        )
        if behind is None:
            rule.declaration("background-color")  # fails with the usual sentence
            return
        ratio = contrast_ratio(text.value, behind)
        if ratio < at_least:
            raise CheckFailure(
                f"In {self.filename} line {text.line}, the text of {selector} ({text.value} on "
                f"{behind}) is hard to read: the contrast is {ratio:.1f} to 1, and it should be "
                f"at least {at_least:g} to 1. Make one colour darker or the other lighter.",
                self.filename,
                text.line,
            )

    def media(self, query: str) -> Sheet:
        """The rules inside every @media block whose query has `query` in it, as one Sheet.

        media("(max-width: 600px)") finds `@media screen and (max-width:600px)`;
        spaces and capitals do not matter, and the brackets may be left out.
        """
        inner = [sheet for text, sheet in self.media_blocks if media_matches(text, query)]
        if not inner:
            found = ", ".join(f"@media {text}" for text, _ in self.media_blocks) or "none"
            raise CheckFailure(
                f"{self.filename} has no @media block for {query} (found: {found}).\n"
                f"Add one at the end of the file, like:\n  @media {query} {{\n    ...\n  }}",
                self.filename,
            )
        merged = Sheet(self.filename)
        for sheet in inner:
            merged.rules.extend(sheet.rules)
        return merged

    def assert_valid(self, most: int = 5) -> None:
        """No mistakes that make the browser skip a line (see `problems`)."""
        if self.problems:
            raise CheckFailure(
                problems_message(self.filename, self.problems, "the browser will skip", most),
                self.filename,
                self.problems[0].line,
            )

    def _near_misses(self, selector: str) -> str:
        """' Did you mean .menu li (line 7)?' and the like, or ''."""
        wanted = normalise_selector(selector)
        written = [(part, rule.line) for rule in self.rules for part in rule.selectors]
        if wanted[:1] in ".#":
            bare = [line for part, line in written if part == wanted[1:]]
            if bare:
                kind = "class" if wanted[0] == "." else "id"
                return (
                    f" The rule on line {bare[0]} is written {wanted[1:]}, without the "
                    f"'{wanted[0]}': a {kind} selector starts with it, like {wanted}."
                )
        inside = [text for text, sheet in self.media_blocks if sheet.rules_for(wanted)]
        if inside:
            return f" There is one inside @media {inside[0]}, but none outside it, for all screens."
        word = re.compile(rf"(?<![\w.#-]){re.escape(wanted)}(?![\w-])")
        close = [f"{part} (line {line})" for part, line in written if word.search(part)]
        if not close:
            names = {part: line for part, line in written}
            close = [f"{part} (line {names[part]})" for part in closest_names(wanted, names, n=2)]
        return f" Did you mean {' or '.join(close[:2])}?" if close else ""


def _same_box_value(prop: str, got: str | None, want: str) -> bool:
    if got is None:
        return False
    if prop.endswith("color"):
        return same_colour(got, want)
    if prop == "border":  # "2px solid red": width, style and colour in that order
        mine = components(got)
        width, style, colour = components(box_values("border", [("border", want)])["top"] or "")
        return mine[:2] == [width, style.lower()] and (
            same_colour(mine[2], colour) or mine[2].lower() == colour.lower()
        )
    return tidy_length(got).lower() == tidy_length(want).lower()


def _brace_problems(text: str) -> list[CssProblem]:
    """Unclosed '{' and extra '}' (tinycss2 quietly closes blocks at the end of the file)."""
    problems, opened = [], []
    text = re.sub(r"/\*.*?\*/", lambda m: re.sub(r"[^\n]", " ", m.group()), text, flags=re.S)
    text = re.sub(r"\"[^\"\n]*\"|'[^'\n]*'", lambda m: " " * len(m.group()), text)
    for number, line in enumerate(text.splitlines(), start=1):
        for col, char in enumerate(line, start=1):
            if char == "{":
                opened.append((number, col))
            elif char == "}" and opened:
                opened.pop()
            elif char == "}":
                problems.append(
                    CssProblem(number, col, "this '}' has no '{' before it to close. Remove it.")
                )
    problems += [
        CssProblem(n, c, "this '{' is never closed. Add a '}' at the end of the rule.")
        for n, c in opened
    ]
    return problems


def _check_declaration(node: tinycss2.ast.Declaration, sheet: Sheet) -> None:
    name, line, col = node.lower_name, node.source_line, node.source_column
    if not is_known_property(name):
        sheet.problems.append(
            CssProblem(
                line,
                col,
                f"'{node.name}' is not a CSS property." + did_you_mean(name, css_properties()),
            )
        )
    tokens = [t for t in node.value if t.type not in ("whitespace", "comment")]
    colons = [t for t in tokens if t.type == "literal" and t.value == ":"]
    if colons:
        sheet.problems.append(
            CssProblem(
                line,
                col,
                f"a ';' is missing at the end of the "
                f"'{node.name}' line, so the next line is read as part "
                f"of it.",
            )
        )
        return
    sheet.problems.extend(
        CssProblem(line, col, message)
        for message in value_problems(name, node.value, CSS_WIDE_KEYWORDS)
    )
    if name in COLOUR_PROPERTIES and len(tokens) == 1:
        token = tokens[0]
        text = tinycss2.serialize([token])
        if token.type == "ident" and token.lower_value not in CSS_WIDE_KEYWORDS | COLOUR_NAMES:
            sheet.problems.append(
                CssProblem(
                    line, col, f"'{text}' is not a colour name." + did_you_mean(text, COLOUR_NAMES)
                )
            )
        elif token.type == "hash" and not is_colour(text):
            sheet.problems.append(
                CssProblem(
                    line,
                    col,
                    f"'{text}' is not a colour: write 3 or "
                    f"6 hex digits after #, like #fff or #ffffff.",
                )
            )


def _read_rules(nodes: list, sheet: Sheet) -> None:
    for node in nodes:
        if node.type == "error":
            sheet.problems.append(
                CssProblem(node.source_line, node.source_column, _error_sentence(node.message))
            )
        elif node.type == "qualified-rule":
            selector = tidy_spaces(tinycss2.serialize(node.prelude))
            rule = Rule(selector, node.source_line, filename=sheet.filename)
            if not selector:
                sheet.problems.append(
                    CssProblem(
                        node.source_line,
                        node.source_column,
                        "there is a '{' with no selector before it.",
                    )
                )
            elif ";" in selector or "}" in selector:
                sheet.problems.append(
                    CssProblem(
                        node.source_line,
                        node.source_column,
                        f"'{selector}' is not a selector: is a '{{' or '}}' missing nearby?",
                    )
                )
            for item in tinycss2.parse_declaration_list(
                node.content, skip_comments=True, skip_whitespace=True
            ):
                if item.type == "declaration":
                    _check_declaration(item, sheet)
                    rule.declarations.append(
                        Declaration(
                            item.lower_name,
                            tidy_spaces(tinycss2.serialize(item.value)),
                            item.source_line,
                            item.important,
                        )
                    )
                elif item.type == "error":
                    sheet.problems.append(
                        CssProblem(
                            item.source_line, item.source_column, _error_sentence(item.message)
                        )
                    )
            sheet.rules.append(rule)
        elif node.type == "at-rule" and node.lower_at_keyword == "media" and node.content:
            inner = Sheet(sheet.filename)
            _read_rules(
                tinycss2.parse_rule_list(node.content, skip_comments=True, skip_whitespace=True),
                inner,
            )
            sheet.problems.extend(inner.problems)
            inner.problems = []
            sheet.media_blocks.append((tidy_spaces(tinycss2.serialize(node.prelude)), inner))


def _error_sentence(message: str) -> str:
    if message.startswith("Expected ':' after declaration name"):
        return "a ':' is missing between a property name and its value (write color: red;)."
    if message.startswith("EOF reached before {} block"):
        return "the file ends after a selector with no { ... } block after it."
    return f"CSS cannot read this part ({message.rstrip('.')})."


def parse_stylesheet(text: str, filename: str = "style.css") -> Sheet:
    """Parse CSS text (no fixture needed)."""
    sheet = Sheet(filename)
    nodes = tinycss2.parse_stylesheet(text, skip_comments=True, skip_whitespace=True)
    _read_rules(nodes, sheet)
    braces = _brace_problems(text)
    # A stray '}' also makes tinycss2 read it as the start of a selector: say it once.
    stray = {p.line for p in braces if p.message.startswith("this '}'")}
    sheet.problems = [p for p in sheet.problems if p.line not in stray] + braces
    sheet.problems.sort(key=lambda p: (p.line, p.col))
    return sheet


def load_stylesheet(path: Path | str, filename: str | None = None) -> Sheet:
    path = Path(path)
    return parse_stylesheet(path.read_text(encoding="utf-8"), filename or path.name)
