"""Which name a misspelt one meant: for the runner's messages and the checks' alike."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def closest_name(name: str, names: Iterable[str]) -> str | None:
    """The one of names that name most likely meant: the same but for capitals, else a
    near spelling; None when none is close."""
    choices = [choice for choice in names if choice != name]
    same_but_case = [choice for choice in choices if choice.lower() == name.lower()]
    if same_but_case:
        return same_but_case[0]
    close = difflib.get_close_matches(name, choices, n=1, cutoff=0.7)
    return close[0] if close else None
