"""What a timeout means, in the language the check was reading when it ran out of time.

A Python check stuck in a loop, a SQL query that never ends, a page too deep
to parse: each gets advice that fits what the learner wrote (see
messages.Locator.stuck_in_check for how the language is found).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, NamedTuple

from tutor.runner.result import Where

# The learner's files for each language the tutor's check code reads.
LANGUAGE_FILES: dict[str, tuple[str, ...]] = {
    "sql": (".sql",),
    "html": (".html", ".htm"),
    "css": (".css",),
    "js": (".js",),
}
# Libraries the check code calls: a check stuck inside one is reading that language.
_LIBRARY_LANGUAGE = {"html5lib": "html", "bs4": "html", "soupsieve": "html", "tinycss2": "css"}


class Stuck(NamedTuple):
    """A check that ran out of time inside the tutor's check code for a language."""

    language: str  # "sql", "html", "css" or "js"
    file: str | None  # the learner's file, relative to their folder, when known
    line: int | None  # where in it to look, when known


def dump_frames(dump: str) -> list[dict[str, Any]]:
    """The frames of a faulthandler dump, most recent call first."""
    return [
        {"file": m.group(1), "line": int(m.group(2))}
        for m in re.finditer(r'File "([^"]+)", line (\d+)', dump)
    ]


def language_of_frame(file: str) -> str | None:
    path = Path(file)
    if path.parent.name == "checks" and path.parent.parent.name == "tutor":
        for language in LANGUAGE_FILES:
            if path.stem == language or path.stem.startswith(f"{language}_"):
                return language
        return None
    for part in path.parts:
        if part in _LIBRARY_LANGUAGE:
            return _LIBRARY_LANGUAGE[part]
    return None


def endless_sql_line(path: Path) -> int | None:
    """The line where the first WITH RECURSIVE statement starts, the usual endless query.

    Only for a file of a size a person writes: this runs in the tutor itself.
    """
    try:
        if path.stat().st_size > 200_000:
            return None
        script = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    from tutor.sql_statements import split_statements  # only on this rare path

    for statement in split_statements(script):
        if re.search(r"\bRECURSIVE\b", statement.text, re.IGNORECASE):
            return statement.line
    return None


def timeout_message(
    seconds: float,
    where: Where | None,
    test_name: str | None,
    loop: tuple[Where, str] | None,
    stuck: Stuck | None = None,
) -> str:
    unit = "second" if seconds == 1 else "seconds"
    during = f" while checking '{test_name}'" if test_name else " before any check ran"
    took = f"took longer than {seconds:g} {unit}{during}, so the tutor stopped it."
    if stuck is not None:
        return _stuck_in_check_message(stuck, took)
    if loop is not None:
        look = f"Look at the {loop[1]} loop at line {loop[0].line} of {loop[0].file}"
    elif where is not None and where.line is not None:
        look = f"Look at line {where.line} of {where.file} and the loops around it"
    else:
        look = "Look at the while loops in your code"
    return (
        f"Your code {took} "
        f"It may be stuck in a loop that never ends. {look}: does its condition ever become "
        "False? Does something inside the loop change it?"
    )


def _stuck_in_check_message(stuck: Stuck, took: str) -> str:
    """What a timeout means in SQL, HTML, CSS or JavaScript, and what to try."""
    ends = LANGUAGE_FILES[stuck.language][0]
    file = stuck.file
    if stuck.language == "sql":
        where = f"in {file}" if file else f"in your {ends} file"
        if stuck.line is not None:
            look = f"Look at the WITH RECURSIVE query that starts at line {stuck.line} of {file}"
        else:
            look = "If you wrote a WITH RECURSIVE query, look at it"
        return (
            f"Your SQL {where} {took} A query that never finishes is usually a WITH RECURSIVE "
            f"query with no end. {look}: the SELECT after UNION ALL adds rows again and "
            "again until it finds no new ones, so it needs a WHERE that becomes false, for "
            "example WHERE n < 10. A query can also take this long when it joins tables with "
            "no ON condition: every row is then paired with every row of the other table."
        )
    if stuck.language == "html":
        page = f"your page {file}" if file else "your page"
        return (
            f"Reading {page} {took} A page this slow to read is usually very long, or has "
            "many tags that are opened and never closed, so each new tag sits deeper inside "
            "the others. Check that every tag you open is closed, like <div>...</div>, and "
            "remove any block of tags or text you pasted many times."
        )
    if stuck.language == "css":
        sheet = f"your style sheet {file}" if file else "your style sheet"
        return (
            f"Reading {sheet} {took} A style sheet this slow to read is usually very long: "
            "remove any block of rules you pasted many times, and check that every { has "
            "its }."
        )
    script = file or f"your {ends} file"
    return (
        f"Your JavaScript in {script} {took} It may be stuck in a loop that never ends. "
        f"Look at the while and for loops in {script}: does each condition become false "
        "at some point? Does something inside the loop change it?"
    )
