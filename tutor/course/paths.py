"""Paths named in lesson files: are they safe, and do they exist?

A lesson names files relative to the course (exercise folders, tests,
starter files). A path must stay inside the course folder: an absolute path,
a `..`, or a symlink that resolves outside would let a lesson file point the
tutor at anything on the machine (and would break when the course is copied
to another PC).

Loading must stay fast, so instead of resolve() on every path (an lstat per
component from `/` down) this lstats only the components below a folder that
is already known to be inside, caches each answer, and resolves only the
components that are symlinks.
"""

from __future__ import annotations

import os
import re
import stat
from enum import Enum
from pathlib import Path
from typing import NamedTuple

_DRIVE = re.compile(r"^[A-Za-z]:")


class Status(Enum):
    FOUND = "found"
    MISSING = "missing"
    OUTSIDE = "outside"  # a symlink on the way resolves outside the course


class Lookup(NamedTuple):  # a NamedTuple: thousands are made per load, and it is cheap
    path: str  # a plain string: most lookups only need the status
    status: Status
    is_dir: bool = False


def text_problem(text: str) -> str | None:
    """Why a relative path written in a lesson is not allowed, or None."""
    if not text.strip():
        return "is empty"
    if text.startswith(("/", "\\")) or _DRIVE.match(text):
        return f'"{text}" is an absolute path; write it relative to the folder, like "test_page.py"'
    if ".." in text and ".." in re.split(r"[/\\]", text):
        return (
            f'"{text}" climbs out of its folder with ".."; every file must stay inside the course'
        )
    if "\\" in text:
        return f'"{text}" uses "\\"; write paths with "/", which works on every system'
    return None


class CoursePaths:
    """Finds files under one course root, refusing anything that leads outside it."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._real_root = os.path.realpath(root)
        # Keyed by plain strings: pathlib objects cost more than the lstat calls.
        self._lstat: dict[str, os.stat_result | None] = {}

    def find(self, base: str | Path, relative: str) -> Lookup:
        """Look up `relative` (already passed text_problem) under `base`.

        `base` must be the course root or a folder found by this method.
        """
        current = os.fspath(base)
        for part in relative.split("/"):
            if part in ("", "."):
                continue
            current = f"{current}{os.sep}{part}"
            info = self._lstat_cached(current)
            if info is None:
                return Lookup(current, Status.MISSING)
            if stat.S_ISLNK(info.st_mode) and not self._inside(current):
                return Lookup(current, Status.OUTSIDE)
        info = self._lstat_cached(current)
        if info is not None and stat.S_ISLNK(info.st_mode):
            try:
                info = os.stat(current)
            except OSError:
                return Lookup(current, Status.MISSING)  # a dangling link
        is_dir = info is not None and stat.S_ISDIR(info.st_mode)
        return Lookup(current, Status.FOUND, is_dir)

    def _lstat_cached(self, path: str) -> os.stat_result | None:
        if path not in self._lstat:
            try:
                self._lstat[path] = os.lstat(path)
            except (OSError, ValueError):  # ValueError: a NUL byte in the name
                self._lstat[path] = None
        return self._lstat[path]

    def _inside(self, path: str) -> bool:
        real = os.path.realpath(path)
        return real == self._real_root or real.startswith(self._real_root.rstrip(os.sep) + os.sep)
