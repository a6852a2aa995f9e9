"""`kind = "tests"`: the course's tests check the learner's files.

The visible and hidden tests always run from the course folder, against the
learner's workspace: editing the workspace's copy of a visible test cannot
fake a pass.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from tutor.kinds.base import Kind, instructor_tests

if TYPE_CHECKING:
    from tutor.course.model import Exercise
    from tutor.grading import Grader
    from tutor.runner.result import Result


class TestsKind(Kind):
    name = "tests"
    summary = (
        "the course's tests (pytest files, or Jest-style *.test.js files) check the learner's "
        "files, pages and scripts"
    )

    def grade(
        self, exercise: Exercise, workspace: Path, grader: Grader, answers: Mapping[int, str]
    ) -> Result:
        return grader.run(grader.request(exercise, workspace, instructor_tests(exercise)))
