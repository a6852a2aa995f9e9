"""The course as data: what the loader builds and everything else reads.

Nothing here touches the disk; see loader.py for how files become these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One lint finding, printed as `path:line: message`."""

    path: Path
    line: int | None
    message: str
    severity: Severity = Severity.ERROR
    column: int | None = None

    def __str__(self) -> str:
        where = str(self.path)
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        label = "" if self.severity is Severity.ERROR else "warning: "
        return f"{where}: {label}{self.message}"


class ExerciseKind(str, Enum):
    """The names of the kinds of exercise that ship with the tutor.

    What each kind means lives in tutor/kinds/ (one module each); code asks
    the kind (`tutor.kinds.of(exercise)`), never this name. Exercise.kind
    holds one of these members for a built-in kind, so that code written
    before the kinds package, which compares Exercise.kind with a member,
    still works; a kind registered elsewhere is its plain name.
    """

    TESTS = "tests"
    TDD = "tdd"
    GIT = "git"
    QUIZ = "quiz"


def kind_name(name: str) -> str:
    """The value Exercise.kind holds for `name` (see ExerciseKind)."""
    try:
        return ExerciseKind(name)
    except ValueError:
        return name


@dataclass(frozen=True)
class Step:
    """An ordered part of an exercise: a title and the tests that prove it."""

    title: str
    tests: tuple[str, ...]  # test names (function names, or `file::name`)
    hint: str | None = None  # shown first (F2) while one of these tests is the first to fail


@dataclass(frozen=True)
class Exercise:
    id: str  # unique in the course
    title: str
    kind: str  # the kind's name; tutor.kinds.of(exercise) is what it means
    lesson_id: str
    folder: Path  # absolute: exercises/<path>
    task: str  # Markdown
    edit: tuple[str, ...] = ()  # files the learner edits, relative to the workspace
    tests: tuple[str, ...] = ()  # visible test files, relative to folder
    hidden: tuple[str, ...] = ()  # hidden test files, relative to folder
    hints: tuple[str, ...] = ()
    timeout: float = 5.0
    steps: tuple[Step, ...] = ()
    details: object = None  # what only its kind uses, typed by the kind (e.g. kinds.tdd.TddDetails)
    line: int | None = None  # where [[exercises]] starts in the lesson file

    @property
    def setup(self) -> str | None:
        """A git exercise's setup script; kept for tutor/workspace until it asks the kind."""
        setup = getattr(self.details, "setup", None)
        return setup if isinstance(setup, str) else None

    @property
    def starter_dir(self) -> Path:
        return self.folder / "starter"

    @property
    def solution_dir(self) -> Path:
        return self.folder / "solution"


@dataclass(frozen=True)
class Page:
    title: str
    text: str  # Markdown


@dataclass(frozen=True)
class Lesson:
    id: str  # e.g. "html/first-page"
    title: str
    track_id: str
    path: Path  # the lesson's TOML file
    summary: str = ""
    requires: tuple[str, ...] = ()
    minutes: int | None = None
    pages: tuple[Page, ...] = ()
    exercises: tuple[Exercise, ...] = ()


@dataclass(frozen=True)
class Track:
    id: str  # the folder name under lessons/
    title: str
    lessons: tuple[Lesson, ...] = ()


@dataclass(frozen=True)
class LeftOut:
    """A lesson or exercise the loader left out because of an error, and why."""

    what: str  # "lesson" or "exercise"
    id: str | None  # the id it would have had (None when even that cannot be read)
    path: Path  # its lesson file
    line: int | None
    reason: str  # the first error's message

    def where(self) -> str:
        return f"{self.path}:{self.line}" if self.line else str(self.path)


@dataclass
class Course:
    title: str
    root: Path  # the course folder (holds lessons/ and exercises/)
    tracks: list[Track] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    show_solutions: bool = True  # an instructor can hide solutions altogether
    terminal: bool = True  # the TUI's terminal pane; an instructor can turn it off
    share_folder: str | None = None  # where each learner's export is written after each check
    left_out: list[LeftOut] = field(default_factory=list)  # what errors kept out of the course

    @property
    def lessons(self) -> list[Lesson]:
        return [lesson for track in self.tracks for lesson in track.lessons]

    @property
    def exercises(self) -> list[Exercise]:
        return [ex for lesson in self.lessons for ex in lesson.exercises]

    def exercise(self, exercise_id: str) -> Exercise | None:
        return next((ex for ex in self.exercises if ex.id == exercise_id), None)

    def lesson(self, lesson_id: str) -> Lesson | None:
        return next((ls for ls in self.lessons if ls.id == lesson_id), None)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]
