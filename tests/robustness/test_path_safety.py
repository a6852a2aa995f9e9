"""Lesson files and exercise folders cannot make the tutor read or write outside the
course folder and the learner's data folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from robust_course import build_course

from tutor.app_state import Tutor
from tutor.course import load_course
from tutor.workspace import WorkspaceError

SECRET = "TOP SECRET: outside the course\n"


def course_with(tmp_path: Path, replace: str, by: str) -> Path:
    """The four-language course with one line of the Python exercise changed."""
    root = build_course(tmp_path / "course")
    lesson = root / "lessons" / "robust" / "01-languages.toml"
    text = lesson.read_text(encoding="utf-8")
    start = text.index('id = "robust-py"')
    assert replace in text[start:]
    lesson.write_text(text[:start] + text[start:].replace(replace, by, 1), encoding="utf-8")
    return root


@pytest.mark.parametrize(
    ("replace", "by", "complaint"),
    [
        ('edit = ["solution.py"]', 'edit = ["../../x"]', "climbs out of its folder"),
        ('tests = ["test_visible.py"]', 'tests = ["/etc/passwd"]', "absolute path"),
        ('hidden = ["test_hidden.py"]', 'hidden = ["../../../etc/passwd"]', "climbs out"),
        ('path = "robust/py"', 'path = "../../outside"', "climbs out"),
        ('path = "robust/py"', 'path = "/etc"', "absolute path"),
    ],
)
def test_lesson_paths_leading_out_are_refused(
    tmp_path: Path, replace: str, by: str, complaint: str
) -> None:
    course = load_course(course_with(tmp_path, replace, by))
    assert any(complaint in problem.message for problem in course.errors), course.errors
    # The exercise is left out, so nothing ever opens or copies that path.
    assert course.exercise("robust-py") is None
    assert course.exercise("robust-js") is not None


def test_an_edit_file_linked_outside_the_course_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    root = build_course(tmp_path / "course")
    starter = root / "exercises" / "robust" / "py" / "starter" / "solution.py"
    starter.unlink()
    starter.symlink_to(secret)
    course = load_course(root)
    assert any("leads outside the course folder" in p.message for p in course.errors)
    assert course.exercise("robust-py") is None


def test_an_exercise_folder_linked_outside_the_course_is_refused(tmp_path: Path) -> None:
    root = build_course(tmp_path / "course")
    outside = tmp_path / "elsewhere"
    (root / "exercises" / "robust" / "py").rename(outside)
    (root / "exercises" / "robust" / "py").symlink_to(outside)
    course = load_course(root)
    assert any("outside the course" in p.message for p in course.errors), course.errors
    assert course.exercise("robust-py") is None


def test_other_starter_files_linked_outside_are_not_copied(tmp_path: Path) -> None:
    """Lint looks at the edit files only; the copy must not follow a link out either."""
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    root = build_course(tmp_path / "course")
    starter = root / "exercises" / "robust" / "py" / "starter"
    (starter / "notes.txt").symlink_to(secret)
    (starter / "etc").symlink_to("/etc")
    shared = root / "exercises" / "shared.txt"  # inside the course: may be shared by a link
    shared.write_text("shared\n")
    (starter / "shared.txt").symlink_to(shared)
    with Tutor(course_root=root, home=tmp_path / "home") as tutor:
        workspace = tutor.start(tutor.exercise("robust-py"))
    names = sorted(p.name for p in workspace.path.iterdir())
    assert "notes.txt" not in names and "etc" not in names
    assert (workspace.path / "shared.txt").read_text() == "shared\n"
    for path in workspace.path.rglob("*"):
        if path.is_file() and ".git" not in path.parts:
            assert "TOP SECRET" not in path.read_text(errors="replace")


@pytest.mark.parametrize(
    "name", ["../x", "../../progress.sqlite3", "/tmp/x", "sub/../../x", "link-out/passwd"]
)
def test_workspace_reads_and_writes_stay_inside(tmp_path: Path, name: str) -> None:
    root = build_course(tmp_path / "course")
    with Tutor(course_root=root, home=tmp_path / "home") as tutor:
        workspace = tutor.start(tutor.exercise("robust-py"))
        os.symlink(tmp_path, workspace.path / "link-out")  # the learner made a link out
        before = sorted(p.name for p in tmp_path.iterdir())
        with pytest.raises(WorkspaceError, match="outside the exercise folder"):
            workspace.write(name, "overwritten\n")
        with pytest.raises(WorkspaceError, match="outside the exercise folder"):
            workspace.read(name)
        assert sorted(p.name for p in tmp_path.iterdir()) == before
        assert not (tmp_path / "x").exists()
        workspace.write("sub/inside.py", "fine\n")  # a folder inside is fine
        assert workspace.read("sub/inside.py") == "fine\n"
