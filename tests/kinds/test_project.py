"""The project kind: a brief, milestones checked on the learner's last commit, verify."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from project_helpers import SOLUTION, commit_all, copy_course, learner_git, reach

from tutor import kinds
from tutor.app_state import Tutor
from tutor.course import lint, load_course
from tutor.grading import Grader
from tutor.instructor.verify import verify_exercise
from tutor.kinds.project import ProjectDetails


@pytest.fixture
def course_root(tmp_path: Path) -> Path:
    return copy_course(tmp_path / "course")


@pytest.fixture
def tutor(course_root: Path, tmp_path: Path) -> Iterator[Tutor]:
    with Tutor(course_root, tmp_path / "home") as made:
        assert made.course.problems == [], [str(p) for p in made.course.problems]
        yield made


def milestone_status(tutor: Tutor, result: object) -> list[tuple[str | None, bool]]:
    exercise = tutor.exercise("corner-shop")
    checklist = tutor.checklist(exercise, result)  # type: ignore[arg-type]
    return [(group.title, group.done) for group in checklist.groups if group.tests]


def test_the_sample_project_lints_clean_and_reads_its_brief(course_root: Path) -> None:
    assert lint(course_root) == []
    (exercise,) = load_course(course_root).exercises
    kind = kinds.of(exercise)
    assert kind.name == "project" and kind.learner_owns_repository and kind.reviewed
    details = exercise.details
    assert isinstance(details, ProjectDetails)
    assert [m.id for m in details.milestones] == ["basket", "total"]
    shown = kind.task_text(exercise)
    assert shown.startswith("Build shop.py for the client.")
    assert "I run the corner shop on Mill Street" in shown
    assert "Prices stay whole pence" in details.rubric_text
    assert "Prices stay whole pence" not in shown  # the rubric is the instructor's alone


def test_a_milestone_is_reached_by_a_commit_not_by_saved_files(tutor: Tutor) -> None:
    exercise = tutor.exercise("corner-shop")
    folder = tutor.start(exercise).path
    first = tutor.check(exercise)
    assert first.status == "fail"
    assert milestone_status(tutor, first) == [
        ("Milestone 1: Items go into a basket", False),
        ("Milestone 2: The basket adds up its prices", False),
    ]
    (folder / "shop.py").write_text((SOLUTION / "basket" / "shop.py").read_text())
    saved_only = tutor.check(exercise)
    assert not any(test.status == "pass" for test in saved_only.tests)  # not committed yet
    first = saved_only.first_failure
    assert first is not None and first.name == "all your work is committed"
    assert (first.message or "").startswith("You have changed shop.py since your last commit.")
    head_before = learner_git(folder, "rev-parse", "HEAD")
    assert learner_git(folder, "status", "--porcelain") == "?? shop.py"  # the tutor made no commit
    assert head_before == learner_git(folder, "rev-list", "--max-parents=0", "HEAD")
    sha = commit_all(folder, "a basket")
    reached = tutor.check(exercise)
    assert reached.message == f"Checked your last commit, {sha[:7]}."
    assert milestone_status(tutor, reached) == [
        ("Milestone 1: Items go into a basket", True),
        ("Milestone 2: The basket adds up its prices", False),
    ]
    reach(folder, "total")
    assert tutor.check(exercise).status == "pass"
    assert tutor.progress.is_done("corner-shop")
    assert tutor.solution(exercise)["shop.py"].count("def ") == 3  # the last milestone's files


def test_a_broken_commit_is_explained_under_its_milestone(tutor: Tutor) -> None:
    exercise = tutor.exercise("corner-shop")
    folder = tutor.start(exercise).path
    (folder / "shop.py").write_text("def add_item(basket, name, price)\n    pass\n")
    commit_all(folder, "broken")
    result = tutor.check(exercise)
    first = result.first_failure
    assert first is not None and first.task_id == 1
    assert "shop.py" in (first.message or "") or (first.where and first.where.file == "shop.py")


def test_the_checks_stay_hidden_from_the_learner(tutor: Tutor) -> None:
    folder = tutor.start(tutor.exercise("corner-shop")).path
    names = {p.name for p in folder.iterdir()}
    assert names == {".git", ".tutor-exercise"}  # an empty folder: no checks, no solution


def test_tutor_verify_proves_it(course_root: Path) -> None:
    (exercise,) = load_course(course_root).exercises
    report = verify_exercise(exercise, Grader())
    assert report.ok, report.problems
    assert (report.starter, report.solution) == ("fails 0/2", "passes 4/4")


def test_verify_says_which_milestone_the_reference_does_not_reach(course_root: Path) -> None:
    solution = course_root / "exercises" / "projects" / "corner-shop" / "solution"
    (solution / "total" / "shop.py").write_text("def add_item(b, n, p):\n    b.append(p)\n")
    (exercise,) = load_course(course_root).exercises
    report = verify_exercise(exercise, Grader())
    assert not report.ok
    assert report.problems[0].startswith(
        "the solution up to solution/total/ does not reach milestone 1"
    ), report.problems


def test_verify_refuses_a_starter_that_reaches_a_milestone(course_root: Path) -> None:
    folder = course_root / "exercises" / "projects" / "corner-shop"
    (folder / "starter").mkdir()
    (folder / "starter" / "shop.py").write_text((SOLUTION / "basket" / "shop.py").read_text())
    (exercise,) = load_course(course_root).exercises
    report = verify_exercise(exercise, Grader())
    assert any("the starter already passes" in p for p in report.problems), report.problems


def test_verify_names_a_missing_milestone_folder(course_root: Path) -> None:
    import shutil

    shutil.rmtree(course_root / "exercises" / "projects" / "corner-shop" / "solution" / "total")
    (exercise,) = load_course(course_root).exercises
    report = verify_exercise(exercise, Grader())
    assert any("there is no solution/total/ folder" in p for p in report.problems)


LESSON = "lessons/projects/01-corner-shop.toml"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (('brief = "BRIEF.md"', 'brief = "BREIF.md"'),
         "'brief': the file exercises/projects/corner-shop/BREIF.md does not exist"),
        (('checks = ["checks/test_total.py"]', 'checks = ["checks/test_totl.py"]'),
         "the file exercises/projects/corner-shop/checks/test_totl.py does not exist"),
        (('id = "total"', 'id = "basket"'),
         "two milestones are called 'basket': give each its own id"),
        (('id = "total"', 'id = "Total Bill"'), "'id'"),
        (('brief = "BRIEF.md"\n', ""), "a project needs 'brief'"),
        (('rubric = "RUBRIC.md"', 'rubric = "RUBRICS.md"'),
         "'rubric': the file exercises/projects/corner-shop/RUBRICS.md does not exist"),
    ],
)  # fmt: skip
def test_lint_explains_a_broken_project(
    course_root: Path, change: tuple[str, str], expected: str
) -> None:
    lesson = course_root / LESSON
    lesson.write_text(lesson.read_text().replace(*change, 1))
    messages = [str(p) for p in lint(course_root)]
    assert any(expected in m for m in messages), messages


def test_verify_notes_a_milestone_reached_before_its_own_files(course_root: Path) -> None:
    solution = course_root / "exercises" / "projects" / "corner-shop" / "solution"
    (solution / "basket" / "shop.py").write_text((solution / "total" / "shop.py").read_text())
    (exercise,) = load_course(course_root).exercises
    report = verify_exercise(exercise, Grader())
    assert report.ok, report.problems
    assert report.notes == [
        "milestone 'total' is already reached before solution/total/ is laid: its checks may "
        "test too little"
    ]
