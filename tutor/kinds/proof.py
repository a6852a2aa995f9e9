"""How `tutor verify` proves an exercise that the learner does in a workspace.

In a fresh workspace the starter must not pass (else a learner is done
before starting); then the kind lays its solution there (the solution/ files,
and for git its commands replayed) and every check must pass. Each kind
says, through its hooks, how to lay the solution and how to explain a
solution that fails.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tutor.course.model import Exercise
    from tutor.grading import Grader
    from tutor.kinds.base import Kind
    from tutor.runner.result import Result

# A starter that errors with one of these is missing the learner's work, as meant.
EXPECTED_STARTER_ERRORS = ("No test of yours ran",)


@dataclass
class VerifyReport:
    exercise: str
    kind: str
    starter: str = "-"  # the starter's verdict, in a few words
    solution: str = "-"  # the solution's verdict, in a few words
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)  # each makes the exercise fail verify
    notes: list[str] = field(default_factory=list)  # for the author to judge; not failures

    @property
    def ok(self) -> bool:
        return not self.problems


def prove_in_workspace(
    kind: Kind, exercise: Exercise, grader: Grader, report: VerifyReport
) -> None:
    from tutor.workspace import Workspace

    with tempfile.TemporaryDirectory(prefix="tutor-verify-") as home:
        workspace = Workspace(Path(home), exercise)
        workspace.create()
        starter = grader.grade(exercise, workspace.path)
        report.starter = verdict(starter)
        if starter.status == "pass":
            report.problems.append(
                "the starter already passes every check: a learner would be done before "
                "starting. Leave the learner's part out of the starter files."
            )
        elif starter.status == "error" and not _expected_starter_error(starter):
            report.notes.append(
                f"the starter cannot be checked at all: {first_line(starter.message)}"
            )
        if not kind.lay_solution(exercise, workspace.path, report):
            return
        solved = grader.grade(exercise, workspace.path)
        report.solution = verdict(solved)
        if solved.status != "pass":
            kind.solution_problems(exercise, solved, report)


def verdict(result: Result) -> str:
    if result.status == "error" and not result.tests:
        return "error"
    words = {"pass": "passes", "fail": "fails", "error": "error"}[result.status]
    return f"{words} {result.passed}/{result.total}"


def _expected_starter_error(result: Result) -> bool:
    return any(marker in (result.message or "") for marker in EXPECTED_STARTER_ERRORS)


def first_line(text: str | None) -> str:
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    return lines[0][:200] if lines else ""
