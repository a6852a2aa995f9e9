"""A check's Result -> the learner's checklist, which both front ends only render.

One function decides what the learner sees after a check, whatever the
kind: the headline, the checks grouped under their headings (an exercise's
steps, a TDD exercise's two groups), the first thing to fix (or a quiz's
feedback on every wrong answer), and a note under a pass (TDD's red, green).
The CLI (commands/result_view.py) prints it; the TUI (results panel) shows
it. Neither asks which kind an exercise is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tutor import kinds
from tutor.runner.messages import NOT_RUN, STOPPED

if TYPE_CHECKING:
    from tutor.course.model import Exercise
    from tutor.progress import Attempt
    from tutor.runner.result import Result, TestResult, Where


@dataclass(frozen=True)
class ChecklistGroup:
    title: str | None  # None: the checks under no heading (all of them, when there is none)
    tests: tuple[TestResult, ...]

    @property
    def done(self) -> bool:
        return bool(self.tests) and all(test.status == "pass" for test in self.tests)


@dataclass(frozen=True)
class Checklist:
    status: str  # "pass", "fail" or "error", as the Result's
    headline: str  # "3 of 5 checks pass"
    groups: tuple[ChecklistGroup, ...]  # titled ones in order, then the untitled one if any
    first_failure: TestResult | None  # the first thing to fix
    feedback: tuple[str, ...]  # shown instead of the first failure (a quiz's wrong answers)
    message: str | None  # the Result's message: when no check could run, why
    note: str | None  # under a pass: what the learner's record says (TDD's red, green)
    where: Where | None = None  # the first place the learner should look (of the whole result)
    stopped: bool = False  # the learner stopped the check (ctrl+t, or F5 again) before it ended

    @property
    def ran(self) -> bool:
        """False when no check could run at all (then `message` says why)."""
        return not (self.status == "error" and not any(g.tests for g in self.groups))

    @property
    def has_headings(self) -> bool:
        return any(group.title is not None for group in self.groups)


def was_checked(test: TestResult) -> bool:
    """False for a test the check never reached, or was in when the learner stopped it.

    Such a test says nothing about the learner's code: it is shown as not
    checked, never as an ERROR (a loop in one function must not make the
    functions that were fine look broken).
    """
    return not (test.status == "error" and test.message in (NOT_RUN, STOPPED))


def first_to_fix(result: Result) -> TestResult | None:
    """The first test to fix: the one that ran too long when the check timed out.

    A loop stops every check after it, so it comes first; otherwise the first
    test that ran and did not pass.
    """
    checked = [t for t in result.tests if t.status != "pass" and was_checked(t)]
    if result.timed_out and result.message:
        stuck = (t for t in checked if t.message and result.message.startswith(t.message))
        return next(stuck, checked[0] if checked else None)
    return checked[0] if checked else None


def step_hint(exercise: Exercise, test: TestResult | None) -> str | None:
    """The hint the lesson gives for the step `test` belongs to (a hint per check or group)."""
    if test is None or test.task_id is None or not 0 < test.task_id <= len(exercise.steps):
        return None
    return exercise.steps[test.task_id - 1].hint


def build_checklist(
    exercise: Exercise, result: Result, attempts: Iterable[Attempt] = ()
) -> Checklist:
    """The learner's checklist for one check of `exercise`.

    attempts: the learner's record of checks, oldest first (for the note
    under a pass); read only when the result passes.
    """
    kind = kinds.of(exercise)
    headings = kind.groups(exercise)
    numbers = {group.number for group in headings}
    groups = [
        ChecklistGroup(group.title, tuple(t for t in result.tests if t.task_id == group.number))
        for group in headings
    ]
    others = tuple(t for t in result.tests if t.task_id not in numbers)
    if others or not groups:
        groups.append(ChecklistGroup(None, others))
    note = kind.pass_note(exercise, attempts) if result.status == "pass" else None
    first = first_to_fix(result)
    return Checklist(
        status=result.status,
        headline=f"{result.passed} of {result.total} checks pass",
        groups=tuple(groups),
        first_failure=first,
        feedback=kind.feedback(exercise, result) if result.status != "pass" else (),
        message=result.message,
        note=note,
        where=result.where,
        stopped=result.message == STOPPED
        or any(t.status == "error" and t.message == STOPPED for t in result.tests),
    )
