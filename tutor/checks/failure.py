"""How a check says "not yet": an AssertionError that reads as a marker's comment.

The runner shows the message as it is, so every message is a whole sentence
for a beginner. `CheckFailure` also carries the learner's file and line, so
the runner can point the editor at the right place without parsing text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from tutor.spelling import closest_name, closest_names


class CheckFailure(AssertionError):
    """A failed check: `str(error)` is the message; `.file`/`.line` say where to look."""

    def __init__(self, message: str, file: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line

    def __str__(self) -> str:
        return self.message


def fail(message: str, file: str | None = None, line: int | None = None) -> CheckFailure:
    """Raise a CheckFailure. Typed as returning it so `raise fail(...)` also reads well."""
    raise CheckFailure(message, file, line)


def did_you_mean(word: str, choices: Iterable[str], cutoff: float = 0.75) -> str:
    """ " Did you mean 'color'?" for the closest choice, or "" when none is close."""
    close = closest_names(word.lower(), choices, cutoff=cutoff)
    return f" Did you mean '{close[0]}'?" if close else ""


def close_name(name: str, names: Iterable[str], own: bool = True) -> str:
    """For a name the learner wrote that is not there: " Did you mean 'greet'?", or "".

    own: names are all the learner's own ("You have one called Greet"), not partly
    the language's (console, Math).
    """
    closest = closest_name(name, names)
    if closest is None:
        return ""
    if closest.lower() != name.lower():
        return f" Did you mean '{closest}'?"
    if own:
        return f" You have one called {closest}: capital letters count."
    return f" Did you mean '{closest}'? Capital letters count."


def has_instead(name: str, names: Iterable[str]) -> str:
    """For a name the checks ask for that is not there: what the learner has instead."""
    closest = closest_name(name, names)
    return f" It has {closest}: is that the one, spelt differently?" if closest else ""


def where(file: str, line: int | None) -> str:
    """'style.css line 4' or 'style.css' when the line is unknown."""
    return file if line is None else f"{file} line {line}"


def plural(count: int, word: str, many: str | None = None) -> str:
    """'1 row', '3 rows'."""
    return f"{count} {word if count == 1 else (many or word + 's')}"


class Problem(Protocol):
    """A mistake found at a line: CSS and HTML problems both have these."""

    # Read-only, so that frozen dataclasses match.
    @property
    def line(self) -> int: ...

    @property
    def message(self) -> str: ...


def problems_message(filename: str, problems: Sequence[Problem], kind: str, most: int = 5) -> str:
    """The first problem alone on the first line (the runner may show only that), the rest below.

    "style.css line 2: a ';' is missing ...\nThat is the first of 3 mistakes the
    browser will skip. The others:\n  style.css line 4: ...".
    """
    first = problems[0]
    text = f"{filename} line {first.line}: {first.message}"
    if len(problems) == 1:
        return text
    rest = [f"  {filename} line {p.line}: {p.message}" for p in problems[1:most]]
    if len(problems) > most:
        rest.append(f"  ... and {len(problems) - most} more.")
    return (
        f"{text}\nThat is the first of {len(problems)} mistakes {kind}. The others:\n"
        + "\n".join(rest)
    )
