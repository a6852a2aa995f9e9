"""Which name a misspelt one meant: the one closest-name matcher of the tutor.

The runner's messages, the checks, the lesson linter and the CLI all suggest
through here, so "Did you mean ...?" means the same everywhere.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

NEAR = 0.7  # how alike two spellings must be (difflib's ratio) to suggest one


def closest_names(name: str, names: Iterable[str], n: int = 1, cutoff: float = NEAR) -> list[str]:
    """Up to n of names that name most likely meant, likeliest first: those the same
    but for capitals, then near spellings; empty when none is close."""
    choices = list(dict.fromkeys(names))
    same_but_case = [choice for choice in choices if choice.lower() == name.lower()]
    near = difflib.get_close_matches(name, choices, n=n, cutoff=cutoff)
    return list(dict.fromkeys(same_but_case + near))[:n]


def closest_name(name: str, names: Iterable[str], cutoff: float = NEAR) -> str | None:
    """The one of names (other than name itself) that name most likely meant, or None."""
    close = closest_names(name, [choice for choice in names if choice != name], 1, cutoff)
    return close[0] if close else None
