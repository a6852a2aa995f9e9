"""A course whose checks are unittest TestCase classes verifies like any other."""

from __future__ import annotations

import shutil
from pathlib import Path

from tutor.course import load_course
from tutor.grading import Grader
from tutor.instructor.verify import verify_course

UNITTEST_COURSE = Path(__file__).resolve().parent / "data" / "unittest_course"


def test_the_unittest_course_verifies(tmp_path: Path, grader: Grader) -> None:
    root = tmp_path / "course"
    shutil.copytree(UNITTEST_COURSE, root, ignore=shutil.ignore_patterns("__pycache__"))
    course = load_course(root)
    assert not course.errors, course.errors
    reports = verify_course(course, grader)
    assert [r.exercise for r in reports] == ["square", "leap", "anagram", "circle", "grains"]
    for report in reports:
        assert report.ok, (report.exercise, report.problems)
        assert report.starter.startswith("fails"), report
        assert report.solution.startswith("passes"), report
