"""SQL text split into statements, each with the line it starts on.

Shared by the SQL checks (tutor/checks/sql.py) and the runner's timeout messages
(tutor/runner/timeouts.py), so neither imports the other.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class Statement:
    text: str
    line: int  # where the statement starts in its file


def split_statements(script: str) -> list[Statement]:
    """Split SQL text into statements, each with the line it starts on."""
    statements, start = [], 0
    for match in re.finditer(";", script):
        chunk = script[start : match.end()]
        if sqlite3.complete_statement(chunk):
            statements.append(chunk)
            start = match.end()
    if script[start:].strip():
        statements.append(script[start:])
    found, offset = [], 0
    for chunk in statements:
        lead = 0
        for line in chunk.splitlines(keepends=True):
            if line.strip() and not line.strip().startswith("--"):
                break
            lead += line.count("\n")
        first_line = script.count("\n", 0, offset) + 1 + lead
        offset += len(chunk)
        body = _strip_comment_lines(chunk)
        if body.strip(" \n\t;"):
            found.append(Statement(body.strip(), first_line))
    return found


def _strip_comment_lines(chunk: str) -> str:
    return "\n".join("" if line.strip().startswith("--") else line for line in chunk.splitlines())
