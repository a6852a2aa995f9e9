"""A unified diff, as a beginner reads it: which file, around which line, what went and came.

git's own lines (`diff --git`, `index 9eab17d..2505fa7 100644`, `--- a/`,
`+++ b/`, `@@ -1,3 +1,4 @@`, `\\ No newline at end of file`) mean nothing
to someone in their first week: they become "greet.py (changed)", "Around
line 3:" and a note in plain words. Removed and added lines keep their - and +
so the difference shows without colour too (a 16-colour console, a printout).
Front ends give each row's kind a style; nothing here knows about terminals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum


class RowKind(Enum):
    FILE = "file"  # "greet.py (changed)"
    PLACE = "place"  # "Around line 3:"
    SAME = "same"  # a line that did not change, shown for context
    REMOVED = "removed"  # "- ..." : in the snapshot, not in your files now
    ADDED = "added"  # "+ ..." : in your files now, not in the snapshot
    NOTE = "note"  # a plain-words remark (no line break at the end, a binary file)


@dataclass(frozen=True)
class Row:
    kind: RowKind
    text: str


HUNK = re.compile(r"^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@")
NO_NEWLINE = "\\ No newline at end of file"


def readable_diff(diff: str) -> list[Row]:
    """Rows for a `git diff` (any number of files); [] when there is no difference."""
    rows: list[Row] = []
    old_name = new_name = ""
    status = "changed"
    last_sign = " "
    for line in diff.splitlines():
        if line.startswith("diff --git "):
            old_name, new_name = _names(line)
            status = "changed"
            continue
        if line.startswith("new file mode"):
            status = "new file"
        elif line.startswith("deleted file mode"):
            status = "deleted"
        elif line.startswith("rename from "):
            old_name = line[len("rename from ") :]
        elif line.startswith("rename to "):
            new_name = line[len("rename to ") :]
            status = f"renamed from {old_name}"
            rows.append(Row(RowKind.FILE, f"{new_name} ({status})"))
        elif line.startswith("Binary files "):
            rows.append(Row(RowKind.FILE, f"{new_name or old_name} ({status})"))
            rows.append(Row(RowKind.NOTE, "This file is not text, so its lines are not shown."))
        elif line.startswith("+++ "):
            name = new_name if status != "deleted" else old_name
            rows.append(Row(RowKind.FILE, f"{name} ({status})"))
        elif line.startswith(("--- ", "index ", "old mode", "new mode", "similarity index")):
            continue
        elif match := HUNK.match(line):
            start = int(match.group(2)) or int(match.group(1)) or 1
            rows.append(Row(RowKind.PLACE, f"Around line {start}:"))
        elif line == NO_NEWLINE:
            where = "in the snapshot" if last_sign == "-" else "in your file now"
            rows.append(Row(RowKind.NOTE, f"(the line above has no line break after it, {where})"))
        elif line.startswith("-"):
            rows.append(Row(RowKind.REMOVED, "- " + line[1:]))
            last_sign = "-"
        elif line.startswith("+"):
            rows.append(Row(RowKind.ADDED, "+ " + line[1:]))
            last_sign = "+"
        elif line.startswith(" "):
            rows.append(Row(RowKind.SAME, "  " + line[1:]))
            last_sign = " "
    return rows


def _names(header: str) -> tuple[str, str]:
    """`diff --git a/x b/x` -> ("x", "x"); names with spaces are kept whole."""
    rest = header[len("diff --git ") :]
    if rest.startswith("a/") and " b/" in rest:
        old, new = rest[2:].split(" b/", 1)
        return old, new
    return rest, rest


LEGEND = "Lines with - are in the snapshot; lines with + are in your files now."
