"""`tutor preview LESSON`: see one lesson as a learner would, before learners do.

The full-screen tutor opens on a course folder, not on one lesson. So the
preview builds a small course in a throw-away folder holding only that lesson
(its `requires` dropped, so it is not locked) and copies of its exercise
folders, with a throw-away data folder (TUTOR_HOME) whose "continue" position
is the lesson's first exercise. Nothing of the real course or of any learner's
record is touched. Kept free of Textual: the command starts the TUI itself.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tutor import locations
from tutor.course.loader import load_course
from tutor.course.model import Lesson
from tutor.instructor.authoring import AuthoringError, find_lesson
from tutor.progress import Progress

# The top-level `requires = [...]` line(s) of a lesson file. Lesson ids cannot
# hold "]", so the first "]" closes the list.
REQUIRES_LINE = re.compile(r"(?m)^requires\s*=\s*\[[^\]]*\][ \t]*(#[^\n]*)?$")
COPY_IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", ".pytest_cache")


@dataclass(frozen=True)
class Preview:
    course_root: Path  # the one-lesson course
    home: Path  # the throw-away TUTOR_HOME
    lesson: Lesson  # the lesson, as loaded from the preview course
    first_exercise: str | None


def prepare_preview(course_root: Path, lesson_ref: str, work_dir: Path) -> Preview:
    """Build the one-lesson course and the data folder under work_dir (which must be empty)."""
    if not (course_root / "lessons" / "course.toml").is_file():
        raise AuthoringError(
            f"There is no course in {course_root}: it needs a file lessons/course.toml. "
            "Go to your course folder, or give it with --course DIR."
        )
    course = load_course(course_root)
    lesson = find_lesson(course, lesson_ref)
    preview_root = work_dir / "course"
    home = work_dir / "home"
    lessons_dir = preview_root / "lessons" / lesson.track_id
    lessons_dir.mkdir(parents=True)
    track_title = next(t.title for t in course.tracks if t.id == lesson.track_id)
    (preview_root / "lessons" / "course.toml").write_text(
        f"title = {_quoted('Preview: ' + lesson.title)}\n"
        "show_solutions = true\n\n"
        f"[[tracks]]\nid = {_quoted(lesson.track_id)}\ntitle = {_quoted(track_title)}\n",
        encoding="utf-8",
    )
    text = lesson.path.read_text(encoding="utf-8")
    (lessons_dir / lesson.path.name).write_text(REQUIRES_LINE.sub("", text), encoding="utf-8")
    for exercise in lesson.exercises:
        if exercise.folder.is_dir():
            relative = exercise.folder.relative_to(course_root / "exercises")
            shutil.copytree(
                exercise.folder, preview_root / "exercises" / relative, ignore=COPY_IGNORE
            )
    if (course_root / "reference").is_dir():
        shutil.copytree(course_root / "reference", preview_root / "reference", ignore=COPY_IGNORE)
    previewed = load_course(preview_root).lesson(lesson.id)
    if previewed is None:
        raise AuthoringError(
            f"The lesson '{lesson.id}' cannot be shown on its own. "
            f"See what is wrong with: tutor lint {lesson.path}"
        )
    first = previewed.exercises[0] if previewed.exercises else None
    home.mkdir()
    if first is not None:
        with Progress(locations.progress_db_path(home)) as progress:
            progress.set_position(first.id, first.edit[0] if first.edit else "", 1, 0)
    return Preview(preview_root, home, previewed, first.id if first else None)


def preview_folder() -> Path:
    """A fresh throw-away folder for one preview (the caller removes it)."""
    return Path(tempfile.mkdtemp(prefix="tutor-preview-"))


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
