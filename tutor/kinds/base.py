"""The one interface every kind of exercise implements (as rustlings has one trait).

A kind says, for its exercises: which keys it accepts in a lesson file (its
schema fragment, and the checks a schema cannot make), how the learner's
workspace is made, how a check is graded, what the tutor may do to the
learner's files (snapshots, restores), how `tutor verify` proves the exercise,
and how its results group into the learner's checklist.

Nothing outside tutor/kinds/ asks which kind an exercise is: it asks the kind
(`tutor.kinds.of(exercise)`). This module imports nothing of the course at run
time (only for type hints), so the course's loader can use the kinds.
"""

from __future__ import annotations

import shutil
from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, TypeVar

if TYPE_CHECKING:
    from tutor.course.lines import KeyPath
    from tutor.course.model import Exercise
    from tutor.grading import Grader
    from tutor.kinds.proof import VerifyReport
    from tutor.progress import Attempt
    from tutor.runner.result import Result

Schema = dict[str, Any]
IGNORED_NAMES = shutil.ignore_patterns("__pycache__", "*.pyc", ".git", ".pytest_cache")
T = TypeVar("T")


@dataclass(frozen=True)
class Group:
    """A heading of the learner's checklist: the checks whose task_id is `number`."""

    number: int
    title: str


@dataclass(frozen=True)
class Question:
    """One question a learner answers (a quiz's, or any kind that asks)."""

    text: str
    choices: tuple[str, ...]  # empty for a short-answer question
    answer: tuple[str, ...]  # the right choice(s), or accepted short answers
    explain: str = ""


class ExerciseReader(Protocol):
    """What the loader gives a kind to read its own keys of one [[exercises]] section.

    Problems are reported against the lesson file, at the key's line.
    """

    folder: Path  # the exercise folder (absolute)
    shown: str  # the folder as an author writes it: "exercises/python/add"

    def error(self, key: str | KeyPath, message: str) -> None: ...

    def warn(self, key: str | KeyPath, message: str) -> None: ...

    def has(self, key: str | KeyPath, relative: str, want_dir: bool) -> bool:
        """Whether `relative` (inside the exercise folder) exists; else an error, False."""
        ...


class Kind(ABC):
    """One kind of exercise. Subclass it, then `tutor.kinds.register(YourKind())`."""

    name: ClassVar[str]  # what `kind = "..."` says in a lesson file
    summary: ClassVar[str]  # a few words for the schema's description of `kind`
    # Keys of an [[exercises]] section that only this kind uses (JSON Schema
    # properties), and the $defs they refer to. The other keys are every kind's.
    schema_keys: ClassVar[Mapping[str, Schema]] = {}
    schema_defs: ClassVar[Mapping[str, Schema]] = {}

    # What the exercise folder must hold (checked by the loader).
    needs_folder: ClassVar[bool] = True  # exercises/<path>/ must exist
    needs_tests: ClassVar[bool] = True  # at least one file in `tests` or `hidden`
    needs_solution: ClassVar[bool] = True  # solution/ and starter/ must exist
    wants_hints: ClassVar[bool] = True  # warn when fewer than 2 hints
    # The workspace: does the learner edit files in it (so checks snapshot
    # them first)? Is its git repository the learner's own (so the tutor
    # makes no snapshot commits and never restores over it)?
    has_files: ClassVar[bool] = True
    learner_owns_repository: ClassVar[bool] = False
    # Does the instructor review its work (verdicts, line comments: tutor/kinds/review/)?
    # Its files and history are then exported as soon as it is started.
    reviewed: ClassVar[bool] = False

    # --- the lesson file ---------------------------------------------------

    def read_details(self, raw: Mapping[str, Any], reader: ExerciseReader) -> object:
        """Check this kind's own keys and files; return what Exercise.details holds."""
        return None

    def task_text(self, exercise: Exercise) -> str:
        """What the learner is asked to do (Markdown): the lesson's task by default."""
        return exercise.task

    # --- the workspace -------------------------------------------------------

    def edited_files(self, exercise: Exercise, readable: list[str]) -> list[str]:
        """The files the learner edits in the tutor's editor, of the workspace's `readable`
        text files (the others are shown read-only): the lesson's `edit` by default."""
        return list(exercise.edit)

    def setup_script(self, exercise: Exercise) -> Path | None:
        """A Python script run in a new workspace, after the starter files are copied."""
        return None

    # --- grading -----------------------------------------------------------------

    @abstractmethod
    def grade(
        self, exercise: Exercise, workspace: Path, grader: Grader, answers: Mapping[int, str]
    ) -> Result:
        """Check the learner's work. `answers`: to questions(), numbered from 0.

        grader.request() and grader.run() run pytest on files through the runner;
        a kind that runs several checks stops when grader.cancelled.
        """

    def questions(self, exercise: Exercise) -> tuple[Question, ...]:
        """What the learner answers (front ends ask these); empty: nothing to answer."""
        return ()

    # --- what the learner sees ------------------------------------------------------

    def groups(self, exercise: Exercise) -> tuple[Group, ...]:
        """The checklist's headings; by default the exercise's steps."""
        return tuple(
            Group(number, f"Step {number}: {step.title}")
            for number, step in enumerate(exercise.steps, start=1)
        )

    def feedback(self, exercise: Exercise, result: Result) -> tuple[str, ...]:
        """Sentences shown instead of "the first thing to fix" (a quiz: every wrong answer)."""
        return ()

    def pass_note(self, exercise: Exercise, attempts: Iterable[Attempt]) -> str | None:
        """A sentence under a passing result, read from the learner's record of checks."""
        return None

    def solution_files(self, exercise: Exercise) -> dict[str, str]:
        """What `tutor solution` shows once the exercise is done: file name -> text."""
        files: dict[str, str] = {}
        root = exercise.solution_dir
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            if "__pycache__" in path.parts:
                continue
            files[path.relative_to(root).as_posix()] = path.read_text(
                encoding="utf-8", errors="replace"
            )
        return files

    # --- `tutor verify` ----------------------------------------------------------------

    def verify(self, exercise: Exercise, grader: Grader, report: VerifyReport) -> None:
        """Prove the exercise: the starter fails, the reference solution passes."""
        from tutor.kinds.proof import prove_in_workspace

        prove_in_workspace(self, exercise, grader, report)

    def lay_solution(self, exercise: Exercise, folder: Path, report: VerifyReport) -> bool:
        """Turn a fresh workspace into the solved one; False (with a problem) if it cannot."""
        if not exercise.solution_dir.is_dir():
            report.problems.append(f"there is no solution/ folder in {exercise.folder}")
            return False
        overlay(folder, [exercise.solution_dir])
        return True

    def solution_problems(self, exercise: Exercise, solved: Result, report: VerifyReport) -> None:
        """Why the solved workspace does not pass, in the author's terms."""
        from tutor.kinds.proof import first_line

        if solved.status == "error" and not solved.tests:
            report.problems.append(f"the solution cannot be checked: {first_line(solved.message)}")
        for test in solved.tests:
            if test.status != "pass":
                detail = f": {first_line(test.message)}" if test.message else ""
                report.problems.append(f"the solution fails '{test.name}'{detail}")


def details_of(exercise: Exercise, cls: type[T]) -> T:
    """The exercise's details as `cls`; an empty `cls()` for an exercise made without them."""
    details = exercise.details
    return details if isinstance(details, cls) else cls()


def instructor_tests(exercise: Exercise) -> list[Path]:
    """Visible and hidden tests, always from the course folder."""
    return [exercise.folder / name for name in (*exercise.tests, *exercise.hidden)]


def overlay(target: Path, layers: Iterable[Path]) -> None:
    """Copy each layer's files over target, in order (used by verify and TDD grading)."""
    for layer in layers:
        if layer.is_dir():
            shutil.copytree(layer, target, dirs_exist_ok=True, ignore=IGNORED_NAMES)
