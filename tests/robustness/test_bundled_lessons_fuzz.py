"""The real bundled lesson files, mutated at random: loading never raises and never
lets a lesson point outside the course.

tests/course/ fuzzes random and mutated TOML built from a sample lesson; this
does the same to every lesson the course ships, whose shapes (steps, quizzes,
mutants, git setup scripts) the sample does not have.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tutor.course import load_course
from tutor.locations import bundled_course_dir

BUNDLED = bundled_course_dir()
LESSONS = sorted(
    path.relative_to(BUNDLED / "lessons").as_posix()
    for path in (BUNDLED / "lessons").glob("*/*.toml")
)

# Each edit: at a position, cut up to 3 characters and insert up to 4 (TOML's own
# punctuation is likelier than other characters, to break structure, not only words).
insertions = st.text(alphabet=st.sampled_from("[]{}=\"'\n.,#\\/ ab1"), max_size=4) | st.text(
    max_size=4
)
edit_lists = st.lists(
    st.tuples(st.integers(0, 100_000), st.integers(0, 3), insertions), min_size=1, max_size=6
)


def mutate(text: str, edits: list[tuple[int, int, str]]) -> str:
    for position, cut, insert in edits:
        position %= len(text) + 1
        text = text[:position] + insert + text[position + cut :]
    return text


@pytest.fixture(scope="module")
def course_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled course's exercises and course.toml; lessons are written one at a time."""
    root = tmp_path_factory.mktemp("bundled")
    shutil.copytree(BUNDLED / "exercises", root / "exercises")
    (root / "lessons").mkdir()
    shutil.copy(BUNDLED / "lessons" / "course.toml", root / "lessons" / "course.toml")
    return root


def test_the_bundled_lessons_are_there() -> None:
    assert len(LESSONS) >= 20


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(lesson=st.sampled_from(LESSONS), edits=edit_lists)
def test_mutated_bundled_lessons_never_raise(
    course_copy: Path, lesson: str, edits: list[tuple[int, int, str]]
) -> None:
    for track in (course_copy / "lessons").iterdir():
        if track.is_dir():
            shutil.rmtree(track)
    target = course_copy / "lessons" / lesson
    target.parent.mkdir(parents=True)
    original = (BUNDLED / "lessons" / lesson).read_text(encoding="utf-8")
    target.write_text(mutate(original, edits), encoding="utf-8")

    course = load_course(course_copy)

    for problem in course.problems:
        assert isinstance(problem.message, str) and problem.message
        assert problem.line is None or problem.line >= 1
    real_root = os.path.realpath(course_copy)
    for exercise in course.exercises:
        # Whatever the mutation, what loads stays inside the course.
        for path in (exercise.folder, *(exercise.folder / name for name in exercise.tests)):
            assert os.path.realpath(path).startswith(real_root + os.sep), path
        for name in exercise.edit:
            assert not name.startswith("/") and ".." not in Path(name).parts, name


def test_each_lesson_alone_loads_its_exercises(course_copy: Path) -> None:
    """Unmutated, each lesson loads on its own: so the fuzzing starts from working files."""
    for lesson in LESSONS:
        for track in (course_copy / "lessons").iterdir():
            if track.is_dir():
                shutil.rmtree(track)
        target = course_copy / "lessons" / lesson
        target.parent.mkdir(parents=True)
        shutil.copy(BUNDLED / "lessons" / lesson, target)
        course = load_course(course_copy)
        assert len(course.lessons) == 1, (lesson, course.errors)
