"""CSS stylesheets: rules by selector, values by property, colours by meaning, mistakes by line."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import tinycss2
import tinycss2.color3

from tutor.checks.failure import CheckFailure, did_you_mean, plural

try:  # color4 knows rgb(255 255 255) and hsl(); tinycss2 < 1.3 has only color3
    import tinycss2.color4 as _color4
except ImportError:  # pragma: no cover
    _color4 = None

CSS_WIDE_KEYWORDS = frozenset({"inherit", "initial", "unset", "revert", "revert-layer"})
COLOUR_NAMES = frozenset(tinycss2.color3._COLOR_KEYWORDS) | {"transparent", "currentcolor"}
COLOUR_PROPERTIES = frozenset(
    {"color", "background-color", "border-color", "outline-color", "text-decoration-color",
     "caret-color", "accent-color", "column-rule-color"}
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


def _rgba(value: str) -> tuple[float, float, float, float] | None:
    if _color4 is not None:
        colour = _color4.parse_color(value)
        if colour is None or isinstance(colour, str):
            return None
        return tuple(colour.to("srgb"))  # type: ignore[return-value]
    parsed = tinycss2.color3.parse_color(value)
    return None if parsed is None or isinstance(parsed, str) else tuple(parsed)


def same_colour(a: str, b: str) -> bool:
    """True when two CSS colours look the same: same_colour("white", "rgb(255,255,255)")."""
    first, second = _rgba(a.strip()), _rgba(b.strip())
    if first is None or second is None:
        return False
    return all(abs(x - y) < 0.6 / 255 for x, y in zip(first, second, strict=True))


def _tidy(text: str) -> str:
    return " ".join(text.split())


def normalise_selector(selector: str) -> str:
    """'nav>a' and 'nav  >  a' are the same selector."""
    return re.sub(r"\s*([>+~,])\s*", r"\1", _tidy(selector))


def normalise_media(query: str) -> str:
    return re.sub(r"\s*([:(),])\s*", r"\1", _tidy(query)).lower()


@dataclass(frozen=True)
class CssProblem:
    line: int
    col: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass
class Declaration:
    name: str  # lower case
    value: str  # tidied, without !important
    line: int
    important: bool = False


@dataclass
class Rule:
    selector: str
    line: int
    declarations: list[Declaration] = field(default_factory=list)
    filename: str = "style.css"

    @property
    def selectors(self) -> list[str]:
        return [normalise_selector(s) for s in self.selector.split(",")]

    def get(self, prop: str) -> str | None:
        """The value the browser uses (the last one written), or None."""
        found = [d for d in self.declarations if d.name == prop.lower()]
        return found[-1].value if found else None

    def declaration(self, prop: str) -> Declaration:
        found = [d for d in self.declarations if d.name == prop.lower()]
        if not found:
            raise CheckFailure(
                f"In {self.filename}, the rule for {self.selector} (line {self.line}) has no "
                f"{prop}. Add a line like '{prop}: ...;' between its {{ and }}.",
                self.filename, self.line,
            )
        return found[-1]

    def value(self, prop: str) -> str:
        return self.declaration(prop).value

    def has(self, prop: str) -> bool:
        return self.get(prop) is not None


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
                f"{self.filename} has no rule for {selector}. Add one like:\n"
                f"  {selector} {{\n    ...\n  }}",
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
                self.filename, declaration.line,
            )

    def media(self, query: str) -> Sheet:
        """The rules inside `@media <query> { ... }` as a Sheet of their own."""
        wanted = normalise_media(query)
        inner = [sheet for text, sheet in self.media_blocks if normalise_media(text) == wanted]
        if not inner:
            found = ", ".join(f"@media {text}" for text, _ in self.media_blocks) or "none"
            raise CheckFailure(
                f"{self.filename} has no @media {query} block (found: {found}). "
                f"Add one like:\n  @media {query} {{\n    ...\n  }}",
                self.filename,
            )
        merged = Sheet(self.filename)
        for sheet in inner:
            merged.rules.extend(sheet.rules)
        return merged

    def assert_valid(self, most: int = 5) -> None:
        if not self.problems:
            return
        shown = "\n".join(f"  {self.filename} {p}" for p in self.problems[:most])
        more = f"\n  ... and {len(self.problems) - most} more." if len(self.problems) > most else ""
        raise CheckFailure(
            f"{self.filename} has {plural(len(self.problems), 'mistake')} the browser "
            f"will skip:\n{shown}{more}",
            self.filename, self.problems[0].line,
        )


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
                problems.append(CssProblem(number, col, "this '}' has no '{' before it to "
                                           "close. Remove it."))
    problems += [CssProblem(n, c, "this '{' is never closed. Add a '}' at the end of the rule.")
                 for n, c in opened]
    return problems


def _check_declaration(node: tinycss2.ast.Declaration, sheet: Sheet) -> None:
    name, line, col = node.lower_name, node.source_line, node.source_column
    if not is_known_property(name):
        sheet.problems.append(CssProblem(line, col, f"'{node.name}' is not a CSS property."
                                         + did_you_mean(name, css_properties())))
    tokens = [t for t in node.value if t.type not in ("whitespace", "comment")]
    colons = [t for t in tokens if t.type == "literal" and t.value == ":"]
    if colons:
        sheet.problems.append(CssProblem(line, col, f"a ';' is missing at the end of the "
                                         f"'{node.name}' line, so the next line is read as part "
                                         f"of it."))
        return
    if name in COLOUR_PROPERTIES and len(tokens) == 1:
        token = tokens[0]
        text = tinycss2.serialize([token])
        if token.type == "ident" and token.lower_value not in CSS_WIDE_KEYWORDS | COLOUR_NAMES:
            sheet.problems.append(CssProblem(line, col, f"'{text}' is not a colour name."
                                             + did_you_mean(text, COLOUR_NAMES)))
        elif token.type == "hash" and _rgba(text) is None:
            sheet.problems.append(CssProblem(line, col, f"'{text}' is not a colour: write 3 or "
                                             f"6 hex digits after #, like #fff or #ffffff."))


def _read_rules(nodes: list, sheet: Sheet) -> None:
    for node in nodes:
        if node.type == "error":
            sheet.problems.append(CssProblem(node.source_line, node.source_column,
                                             _error_sentence(node.message)))
        elif node.type == "qualified-rule":
            selector = _tidy(tinycss2.serialize(node.prelude))
            rule = Rule(selector, node.source_line, filename=sheet.filename)
            if not selector:
                sheet.problems.append(CssProblem(node.source_line, node.source_column,
                                                 "there is a '{' with no selector before it."))
            elif ";" in selector or "}" in selector:
                sheet.problems.append(CssProblem(node.source_line, node.source_column,
                                                 f"'{selector}' is not a selector: is a '{{' "
                                                 f"or '}}' missing nearby?"))
            for item in tinycss2.parse_declaration_list(node.content, skip_comments=True,
                                                        skip_whitespace=True):
                if item.type == "declaration":
                    _check_declaration(item, sheet)
                    rule.declarations.append(Declaration(
                        item.lower_name, _tidy(tinycss2.serialize(item.value)),
                        item.source_line, item.important))
                elif item.type == "error":
                    sheet.problems.append(CssProblem(item.source_line, item.source_column,
                                                     _error_sentence(item.message)))
            sheet.rules.append(rule)
        elif node.type == "at-rule" and node.lower_at_keyword == "media" and node.content:
            inner = Sheet(sheet.filename)
            _read_rules(tinycss2.parse_rule_list(node.content, skip_comments=True,
                                                 skip_whitespace=True), inner)
            sheet.problems.extend(inner.problems)
            inner.problems = []
            sheet.media_blocks.append((_tidy(tinycss2.serialize(node.prelude)), inner))


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
