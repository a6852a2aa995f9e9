"""Which files of a workspace a learner can open: every text file they could read.

The task may say "read test_temperature.py" or "look at library.sql": those
are not files the learner edits, but they must be readable inside the tutor
(the learner may have no other program). Left out: git's and the tutor's own
files, Python's caches, the tutor's half-written temp files, and anything that
is not text or is too big to read on screen.
"""

from __future__ import annotations

import os
from pathlib import Path

from tutor.workspace.files import TEMP_SUFFIX
from tutor.workspace.gitcli import MARKER

SKIPPED_FOLDERS = frozenset({".git", "__pycache__", ".pytest_cache", "node_modules", ".venv"})
LARGEST_BYTES = 256 * 1024
MOST_FILES = 60


def readable_files(folder: Path, already: list[str] | tuple[str, ...] = ()) -> list[str]:
    """Workspace-relative names ('/'-separated), not in `already`; at most MOST_FILES.

    A folder's own files come first (sorted), then its subfolders'.
    """
    found: list[str] = []
    skip = set(already)
    for top, folders, files in os.walk(folder):
        folders[:] = sorted(f for f in folders if f not in SKIPPED_FOLDERS)
        for name in sorted(files):
            path = Path(top) / name
            relative = path.relative_to(folder).as_posix()
            if relative in skip or name == MARKER or name.endswith((".pyc", TEMP_SUFFIX)):
                continue
            if _is_text(path):
                found.append(relative)
            if len(found) >= MOST_FILES:
                return found
    return found


def _is_text(path: Path) -> bool:
    try:
        if path.is_symlink() or not path.is_file() or path.stat().st_size > LARGEST_BYTES:
            return False
        with path.open("rb") as file:
            head = file.read(4096)
    except OSError:
        return False
    if b"\0" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start > len(head) - 4  # a character cut by the 4096-byte read
    return True
