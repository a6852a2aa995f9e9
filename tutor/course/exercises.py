"""One [[exercises]] section -> an Exercise, checking what its kind needs.

The schema has already checked keys and types; this checks what a schema
cannot: that named files exist and stay inside the course, and that each
kind has what it needs to be checked. The kind (tutor/kinds/) reads and
checks its own keys and returns them as the exercise's details.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from tutor import kinds
from tutor.course.lines import KeyPath
from tutor.course.model import Exercise, Step, kind_name
from tutor.course.paths import CoursePaths, Lookup, Status, text_problem
from tutor.course.source import TomlSource
from tutor.spelling import closest_name


class _ExerciseChecker:
    """Checks one exercise's files, remembering whether any error makes it unusable."""

    def __init__(self, source: TomlSource, key: KeyPath, paths: CoursePaths) -> None:
        self.source = source
        self.key = key
        self.paths = paths
        self.usable = True
        self.folder = paths.root / "exercises"  # set once the exercise's folder is known
        self.shown = "exercises"

    def has(self, key: str | KeyPath, relative: str, want_dir: bool) -> bool:
        """Whether `relative` is in the exercise folder (a kind's own file); else an error."""
        shown = f"{self.shown}/{relative}" + ("/" if want_dir else "")
        return self.find(key, self.folder, relative, shown, want_dir) is not None

    def error(self, key: str | KeyPath, message: str) -> None:
        self.usable = False
        self.source.report(self._key(key), message)

    def warn(self, key: str | KeyPath, message: str) -> None:
        self.source.warn(self._key(key), message)

    def _key(self, key: str | KeyPath) -> KeyPath:
        return (*self.key, key) if isinstance(key, str) else (*self.key, *key)

    def find(
        self, key: str | KeyPath, base: str | Path, relative: str, shown: str, want_dir: bool
    ) -> Lookup | None:
        """Look up a path from the lesson; report it and return None if it is not there."""
        label = key if isinstance(key, str) else str(key[0])
        problem = text_problem(relative)
        if problem:
            self.error(key, f"'{label}': {problem}")
            return None
        found = self.paths.find(base, relative)
        if found.status is Status.OUTSIDE:
            self.error(key, f"'{label}': {shown} is a symlink that leads outside the course folder")
            return None
        kind = "folder" if want_dir else "file"
        if found.status is Status.MISSING:
            self.error(key, f"'{label}': the {kind} {shown} does not exist{_did_you_mean(found)}")
            return None
        if found.is_dir != want_dir:
            other = "file" if want_dir else "folder"
            self.error(key, f"'{label}': {shown.rstrip('/')} is a {other}, not a {kind}")
            return None
        return found


def build_exercise(
    source: TomlSource,
    index: int,
    raw: dict[str, Any],
    lesson_id: str,
    track_id: str,
    paths: CoursePaths,
) -> Exercise | None:
    """The Exercise, or None (with the reasons reported) when it cannot be used."""
    key: KeyPath = ("exercises", index)
    checker = _ExerciseChecker(source, key, paths)
    kind = kinds.get(raw["kind"])  # the schema allows only registered names
    exercise_id: str = raw["id"]
    relative = raw.get("path", f"{track_id}/{exercise_id}")
    folder = paths.root / "exercises" / relative
    checker.folder, checker.shown = folder, f"exercises/{relative}"
    if kind.needs_folder or "path" in raw:
        exercises_dir = checker.find("path", paths.root, "exercises", "exercises/", True)
        found = exercises_dir and checker.find(
            "path", exercises_dir.path, relative, f"exercises/{relative}/", True
        )
        if found is None:
            return None
        folder = checker.folder = Path(found.path)
        _check_files(checker, kind, raw, folder, relative)
    details = kind.read_details(raw, checker)
    _warn_of_other_kinds_keys(checker, kind, raw)
    if kind.wants_hints and len(raw.get("hints", [])) < 2:
        checker.warn(
            "hints", "give at least 2 hints: a gentle one first, then one nearly the answer"
        )
    if not checker.usable:
        return None
    return Exercise(
        id=exercise_id,
        title=raw["title"],
        kind=kind_name(kind.name),
        lesson_id=lesson_id,
        folder=folder,
        task=raw.get("task", ""),
        edit=tuple(raw.get("edit", ())),
        tests=tuple(raw.get("tests", ())),
        hidden=tuple(raw.get("hidden", ())),
        hints=tuple(raw.get("hints", ())),
        timeout=float(raw.get("timeout", 5.0)),
        steps=tuple(
            Step(step["title"], tuple(step["tests"]), step.get("hint"))
            for step in raw.get("steps", ())
        ),
        details=details,
        line=source.section_line("exercises", index),
    )


def _did_you_mean(missing: Lookup) -> str:
    """ "; did you mean test_script.py?" when the missing name is close to a real one."""
    folder, name = os.path.split(missing.path)
    try:
        names = os.listdir(folder)
    except OSError:
        return ""
    close = closest_name(name, (n for n in names if not n.startswith(".") and n != "__pycache__"))
    return f"; did you mean {close}?" if close else ""


def _check_files(
    checker: _ExerciseChecker, kind: kinds.Kind, raw: Mapping[str, Any], folder: Path, relative: str
) -> None:
    shown = f"exercises/{relative}"
    for key in ("tests", "hidden"):
        for name in raw.get(key, ()):
            checker.find(key, folder, name, f"{shown}/{name}", False)
    if kind.needs_tests and not (raw.get("tests") or raw.get("hidden")):
        checker.error(
            "kind", f"a {kind.name} exercise needs at least one test file in 'tests' or 'hidden'"
        )
    if kind.needs_solution:
        checker.find("path", folder, "solution", f"{shown}/solution/", True)
    edit = raw.get("edit", ())
    if kind.needs_solution or edit:
        starter = checker.find("edit", folder, "starter", f"{shown}/starter/", True)
        if starter is not None:
            for name in edit:
                checker.find("edit", starter.path, name, f"{shown}/starter/{name}", False)


def _warn_of_other_kinds_keys(
    checker: _ExerciseChecker, kind: kinds.Kind, raw: Mapping[str, Any]
) -> None:
    """A key only another kind uses is ignored here, with a warning."""
    for other in kinds.all_kinds():
        for name in other.schema_keys:
            if name in raw and name not in kind.schema_keys:
                checker.warn(
                    name,
                    f"'{name}' is only used by {other.name} exercises; this one is {kind.name}",
                )
