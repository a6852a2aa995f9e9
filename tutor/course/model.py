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
    TESTS = "tests"  # instructor's tests check the learner's files
    TDD = "tdd"  # the learner writes tests; graded against solution + mutants
    GIT = "git"  # the learner works with git in the workspace; tests check the repo
    QUIZ = "quiz"  # questions answered in the TUI or `tutor check`


@dataclass(frozen=True)
class Step:
    """An ordered part of an exercise: a title and the tests that prove it."""

    title: str
    tests: tuple[str, ...]  # test names (function names, or `file::name`)


@dataclass(frozen=True)
class Question:
    text: str
    choices: tuple[str, ...]  # empty for a short-answer question
    answer: tuple[str, ...]  # the right choice(s), or accepted short answers
    explain: str = ""


@dataclass(frozen=True)
class Mutant:
    """A buggy variant of the reference solution for TDD grading."""

    name: str
    path: Path  # folder holding the mutated files (absolute)
    description: str  # what a good test would notice


@dataclass(frozen=True)
class Exercise:
    id: str  # unique in the course
    title: str
    kind: ExerciseKind
    lesson_id: str
    folder: Path  # absolute: exercises/<path>
    task: str  # Markdown
    edit: tuple[str, ...] = ()  # files the learner edits, relative to the workspace
    tests: tuple[str, ...] = ()  # visible test files, relative to folder
    hidden: tuple[str, ...] = ()  # hidden test files, relative to folder
    hints: tuple[str, ...] = ()
    timeout: float = 5.0
    steps: tuple[Step, ...] = ()
    questions: tuple[Question, ...] = ()
    mutants: tuple[Mutant, ...] = ()
    setup: str | None = None  # git: a Python script (relative to folder) run in the new workspace
    solution_commands: tuple[str, ...] = ()  # git: commands `tutor verify` replays
    line: int | None = None  # where [[exercises]] starts in the lesson file

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


@dataclass
class Course:
    title: str
    root: Path  # the course folder (holds lessons/ and exercises/)
    tracks: list[Track] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    show_solutions: bool = True  # an instructor can hide solutions altogether
    terminal: bool = True  # the TUI's terminal pane; an instructor can turn it off

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
