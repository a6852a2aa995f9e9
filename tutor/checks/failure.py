"""How a check says "not yet": an AssertionError that reads as a marker's comment.

The runner shows the message as it is, so every message is a whole sentence
for a beginner. `CheckFailure` also carries the learner's file and line, so
the runner can point the editor at the right place without parsing text.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable


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
    """" Did you mean 'color'?" for the closest choice, or "" when none is close."""
    close = difflib.get_close_matches(word.lower(), list(choices), n=1, cutoff=cutoff)
    return f" Did you mean '{close[0]}'?" if close else ""


def where(file: str, line: int | None) -> str:
    """'style.css line 4' or 'style.css' when the line is unknown."""
    return file if line is None else f"{file} line {line}"


def plural(count: int, word: str, many: str | None = None) -> str:
    """'1 row', '3 rows'."""
    return f"{count} {word if count == 1 else (many or word + 's')}"
