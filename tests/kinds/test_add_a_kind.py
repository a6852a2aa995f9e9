"""How to add a kind (docs/architecture.md), proved: a kind made here, in the test alone.

"file-exists": the learner makes a file whose name the lesson gives. It is
registered, a tiny course uses it, and lint, the grader, `tutor verify` and
`tutor check` all work with it, with no change to the tutor's own code.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from kinds_course import build_course

from tutor import kinds
from tutor.app_state import Tutor
from tutor.cli import main
from tutor.course import lint, load_course
from tutor.course.model import Exercise
from tutor.grading import Grader
from tutor.instructor.verify import verify_exercise
from tutor.kinds.base import ExerciseReader, Kind, details_of
from tutor.runner.result import Result
from tutor.runner.result import TestResult as Check  # not collected as a test class


@dataclass(frozen=True)
class FileExistsDetails:
    file: str = ""


class FileExistsKind(Kind):
    name = "file-exists"
    summary = "the learner makes a file"
    schema_keys = {
        "file": {
            "description": "file-exists exercises: the file the learner makes.",
            "type": "string",
            "minLength": 1,
        }
    }
    needs_tests = False  # it checks without pytest

    def read_details(self, raw: Mapping[str, Any], reader: ExerciseReader) -> FileExistsDetails:
        if "file" not in raw:
            reader.error("kind", "a file-exists exercise needs 'file': the file to make")
        return FileExistsDetails(raw.get("file", ""))

    def grade(
        self, exercise: Exercise, workspace: Path, grader: Grader, answers: Mapping[int, str]
    ) -> Result:
        name = details_of(exercise, FileExistsDetails).file
        there = (workspace / name).is_file()
        check = Check(
            name=f"there is a file called {name}",
            status="pass" if there else "fail",
            message=None if there else f"Make a file called {name} in your exercise folder.",
        )
        return Result(status=check.status, exercise=exercise.id, tests=[check])


LESSON = """
title = "Files"
summary = "Make a file."

[[pages]]
title = "Files"
text = "A file has a name."

[[exercises]]
id = "make-notes"
title = "Make notes.txt"
kind = "file-exists"
file = "notes.txt"
hints = ["Make a new file.", "Save it as notes.txt."]
"""

FILES = {
    "lessons/course.toml": 'title = "F"\n\n[[tracks]]\nid = "f"\ntitle = "F"\n',
    "lessons/f/01-files.toml": LESSON,
    "exercises/f/make-notes/starter/README.txt": "Make notes.txt here.\n",
    "exercises/f/make-notes/solution/notes.txt": "My notes.\n",
}


@pytest.fixture(autouse=True)
def file_exists_kind() -> Iterator[Kind]:
    kind = FileExistsKind()
    kinds.register(kind)
    yield kind
    kinds.unregister(kind.name)


@pytest.fixture
def course_root(tmp_path: Path) -> Path:
    return build_course(tmp_path / "course", FILES)


def test_a_course_of_the_new_kind_lints_clean(course_root: Path) -> None:
    assert lint(course_root) == []
    (exercise,) = load_course(course_root).exercises
    assert kinds.of(exercise) is kinds.get("file-exists")
    assert exercise.details == FileExistsDetails("notes.txt")


def test_its_keys_are_checked_with_the_lessons_line(course_root: Path) -> None:
    lesson = course_root / "lessons" / "f" / "01-files.toml"
    text = LESSON.lstrip("\n").replace('file = "notes.txt"', 'fiel = "notes.txt"')
    lesson.write_text(text, encoding="utf-8")
    messages = [(p.line, p.message) for p in lint(course_root)]
    assert (
        12,
        "unknown key 'fiel' in exercise 'make-notes': did you mean 'file'?",
    ) in messages
    assert (11, "a file-exists exercise needs 'file': the file to make") in messages


def test_its_keys_on_another_kind_are_ignored_with_a_warning(tmp_path: Path) -> None:
    from kinds_course import FILES as KINDS_COURSE

    lesson = KINDS_COURSE["lessons/k/01-kinds.toml"].replace(
        'kind = "tests"\n', 'kind = "tests"\nfile = "x.txt"\n', 1
    )
    root = build_course(tmp_path / "k", {**KINDS_COURSE, "lessons/k/01-kinds.toml": lesson})
    (problem,) = lint(root)
    assert problem.message == "'file' is only used by file-exists exercises; this one is tests"


def test_unregistered_it_is_an_unknown_kind(course_root: Path) -> None:
    kinds.unregister("file-exists")
    (problem, *_) = lint(course_root)
    assert problem.line == 11
    assert problem.message.startswith("'kind' in exercise 'make-notes' should be one of")


def test_it_is_graded_and_recorded_through_the_tutor(course_root: Path, tmp_path: Path) -> None:
    with Tutor(course_root, tmp_path / "home") as tutor:
        exercise = tutor.exercise("make-notes")
        assert tutor.check(exercise).status == "fail"
        (tutor.workspace(exercise).path / "notes.txt").write_text("hi\n", encoding="utf-8")
        assert tutor.check(exercise).status == "pass"
        assert tutor.progress.is_done("make-notes")
        assert tutor.solution(exercise) == {"notes.txt": "My notes.\n"}


def test_tutor_verify_proves_it(course_root: Path) -> None:
    (exercise,) = load_course(course_root).exercises
    report = verify_exercise(exercise, Grader())
    assert report.ok, report.problems
    assert (report.kind, report.starter, report.solution) == (
        "file-exists",
        "fails 0/1",
        "passes 1/1",
    )
    (course_root / "exercises" / "f" / "make-notes" / "starter" / "notes.txt").write_text("")
    assert not verify_exercise(exercise, Grader()).ok  # a starter that passes is a problem


def test_tutor_check_shows_it(
    course_root: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("TUTOR_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("TUTOR_PLAIN", "1")
    assert main(["--course", str(course_root), "check", "make-notes"]) == 1
    shown = capsys.readouterr().out
    assert "Checking make-notes: 0 of 1 checks pass" in shown
    assert "there is a file called notes.txt" in shown
    assert "Make a file called notes.txt in your exercise folder." in shown
    (tmp_path / "home" / "workspaces" / "make-notes" / "notes.txt").write_text("x")
    assert main(["--course", str(course_root), "check", "make-notes"]) == 0
    assert "Done! Every check passes." in capsys.readouterr().out
