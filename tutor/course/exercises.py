"""One [[exercises]] section -> an Exercise, checking what its kind needs.

The schema has already checked keys and types; this checks what a schema
cannot: that named files exist and stay inside the course, and that each
kind has what it needs to be checked.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tutor.course.lines import KeyPath
from tutor.course.model import Exercise, ExerciseKind, Mutant, Question, Step
from tutor.course.paths import CoursePaths, Lookup, Status, text_problem
from tutor.course.source import TomlSource

_NEEDS_FOLDER = (ExerciseKind.TESTS, ExerciseKind.TDD, ExerciseKind.GIT)
_NEEDS_SOLUTION = (ExerciseKind.TESTS, ExerciseKind.TDD)


class _ExerciseChecker:
    """Checks one exercise's files, remembering whether any error makes it unusable."""

    def __init__(self, source: TomlSource, key: KeyPath, paths: CoursePaths) -> None:
        self.source = source
        self.key = key
        self.paths = paths
        self.usable = True

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
            self.error(key, f"'{label}': the {kind} {shown} does not exist")
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
    kind = ExerciseKind(raw["kind"])
    exercise_id: str = raw["id"]
    relative = raw.get("path", f"{track_id}/{exercise_id}")
    folder = paths.root / "exercises" / relative
    if kind in _NEEDS_FOLDER or "path" in raw:
        exercises_dir = checker.find("path", paths.root, "exercises", "exercises/", True)
        found = exercises_dir and checker.find(
            "path", exercises_dir.path, relative, f"exercises/{relative}/", True
        )
        if found is None:
            return None
        folder = Path(found.path)
        _check_files(checker, kind, raw, folder, relative)
    _check_kind_keys(checker, kind, raw)
    questions = _questions(checker, kind, raw)
    if kind is not ExerciseKind.QUIZ and len(raw.get("hints", [])) < 2:
        checker.warn(
            "hints", "give at least 2 hints: a gentle one first, then one nearly the answer"
        )
    if not checker.usable:
        return None
    return Exercise(
        id=exercise_id,
        title=raw["title"],
        kind=kind,
        lesson_id=lesson_id,
        folder=folder,
        task=raw.get("task", ""),
        edit=tuple(raw.get("edit", ())),
        tests=tuple(raw.get("tests", ())),
        hidden=tuple(raw.get("hidden", ())),
        hints=tuple(raw.get("hints", ())),
        timeout=float(raw.get("timeout", 5.0)),
        steps=tuple(Step(step["title"], tuple(step["tests"])) for step in raw.get("steps", ())),
        questions=questions,
        mutants=tuple(
            Mutant(mutant["name"], folder / "mutants" / mutant["name"], mutant["description"])
            for mutant in raw.get("mutants", ())
        ),
        setup=raw.get("setup"),
        solution_commands=tuple(raw.get("solution", ())),
        line=source.section_line("exercises", index),
    )


def _check_files(
    checker: _ExerciseChecker, kind: ExerciseKind, raw: dict[str, Any], folder: Path, relative: str
) -> None:
    shown = f"exercises/{relative}"
    for key in ("tests", "hidden"):
        for name in raw.get(key, ()):
            checker.find(key, folder, name, f"{shown}/{name}", False)
    if kind in (ExerciseKind.TESTS, ExerciseKind.TDD, ExerciseKind.GIT) and not (
        raw.get("tests") or raw.get("hidden")
    ):
        checker.error(
            "kind", f"a {kind.value} exercise needs at least one test file in 'tests' or 'hidden'"
        )
    if kind in _NEEDS_SOLUTION:
        checker.find("path", folder, "solution", f"{shown}/solution/", True)
    edit = raw.get("edit", ())
    if kind in _NEEDS_SOLUTION or edit:
        starter = checker.find("edit", folder, "starter", f"{shown}/starter/", True)
        if starter is not None:
            for name in edit:
                checker.find("edit", starter.path, name, f"{shown}/starter/{name}", False)
    for position, mutant in enumerate(raw.get("mutants", ())):
        checker.find(
            ("mutants", position, "name"),
            folder,
            f"mutants/{mutant['name']}",
            f"{shown}/mutants/{mutant['name']}/",
            True,
        )
    if kind is ExerciseKind.GIT and "setup" in raw:
        checker.find("setup", folder, raw["setup"], f"{shown}/{raw['setup']}", False)


def _check_kind_keys(checker: _ExerciseChecker, kind: ExerciseKind, raw: dict[str, Any]) -> None:
    """Keys that only one kind uses: missing where needed, ignored (with a warning) elsewhere."""
    if kind is ExerciseKind.TDD and not raw.get("mutants"):
        checker.error(
            "kind", "a tdd exercise needs at least one [[exercises.mutants]] to test the tests"
        )
    if kind is ExerciseKind.QUIZ and not raw.get("questions"):
        checker.error("kind", "a quiz needs at least one [[exercises.questions]]")
    only = {"setup": ExerciseKind.GIT, "solution": ExerciseKind.GIT}
    only |= {"mutants": ExerciseKind.TDD, "questions": ExerciseKind.QUIZ}
    for name, owner in only.items():
        if name in raw and kind is not owner:
            checker.warn(
                name, f"'{name}' is only used by {owner.value} exercises; this one is {kind.value}"
            )


def _questions(
    checker: _ExerciseChecker, kind: ExerciseKind, raw: dict[str, Any]
) -> tuple[Question, ...]:
    questions = []
    for position, question in enumerate(raw.get("questions", ())):
        choices = tuple(question.get("choices", ()))
        answer = question["answer"]
        answers = (answer,) if isinstance(answer, str) else tuple(answer)
        key: KeyPath = ("questions", position, "answer")
        if choices:
            wrong = [item for item in answers if item not in choices]
            if wrong:
                listed = ", ".join(f'"{item}"' for item in choices)
                checker.error(
                    key,
                    f'question {position + 1}: the answer "{wrong[0]}" is not one of the choices '
                    f"({listed}); copy it exactly from 'choices'",
                )
            if len(set(choices)) != len(choices):
                checker.warn(
                    ("questions", position, "choices"), f"question {position + 1} repeats a choice"
                )
        questions.append(Question(question["text"], choices, answers, question.get("explain", "")))
    return tuple(questions)
