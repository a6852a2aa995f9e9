"""The pieces of a parsed stylesheet: declarations, rules, problems, and how selectors
and @media queries are compared (spaces and capitals do not count)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tutor.checks.failure import CheckFailure


def tidy_spaces(text: str) -> str:
    """Runs of spaces, tabs and newlines as one space."""
    return " ".join(text.split())


def normalise_selector(selector: str) -> str:
    """'nav>a' and 'nav  >  a' are the same selector."""
    return re.sub(r"\s*([>+~,])\s*", r"\1", tidy_spaces(selector))


def normalise_media(query: str) -> str:
    """'Screen and ( max-width : 600px )' -> 'screen and (max-width:600px)'.

    A bare feature gets its brackets, so "max-width: 600px" finds "(max-width: 600px)".
    """
    tidy = re.sub(r"\s*([:,)])\s*|(\()\s*", r"\1\2", tidy_spaces(query)).lower()
    return f"({tidy})" if ":" in tidy and "(" not in tidy else tidy


def media_matches(query: str, wanted: str) -> bool:
    """True when the block's query has the wanted part: "screen and (max-width: 600px)"
    matches "(max-width: 600px)" and "screen", not "(max-width: 6000px)"."""
    have, part = normalise_media(query), normalise_media(wanted)
    return re.search(rf"(?<![\w-]){re.escape(part)}(?![\w-])", have) is not None


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
                self.filename,
                self.line,
            )
        return found[-1]

    def value(self, prop: str) -> str:
        return self.declaration(prop).value

    def has(self, prop: str) -> bool:
        return self.get(prop) is not None
