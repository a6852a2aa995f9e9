"""`tutor verify`: prove that each exercise works as the author meant.

For every exercise, in a throw-away data folder, its kind proves it
(Kind.verify, tutor/kinds/):
- the starter must not pass (else a learner is done before starting);
- the reference solution, laid over the starter (and, for git exercises, its
  commands replayed), must pass every visible and hidden test;
- tdd: the reference tests must pass on the reference and catch every mutant;
- quiz: every answer must be one of the choices, and the right answers pass.

Anchors: rustlings' `dev check` (exercises fail as shipped, solutions pass)
and nbgrader's `validate --invert`.
"""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Iterable

from tutor import kinds
from tutor.course.model import Course, Exercise
from tutor.grading import Grader
from tutor.kinds.proof import VerifyReport
from tutor.workspace import WorkspaceError

__all__ = ["VerifyReport", "verify_course", "verify_exercise"]


def verify_course(
    course: Course, grader: Grader, only: Iterable[str] | None = None, jobs: int = 1
) -> list[VerifyReport]:
    """Verify every exercise of the course, or only those whose ids are in `only`.

    jobs > 1 verifies that many exercises at once, each worker with its own
    Grader (`grader` is then unused); the reports keep the course's order.
    """
    wanted = set(only) if only is not None else None
    chosen = [ex for ex in course.exercises if wanted is None or ex.id in wanted]
    can_fork = "fork" in multiprocessing.get_all_start_methods()  # not on Windows
    if jobs <= 1 or len(chosen) <= 1 or not can_fork:
        return [verify_exercise(exercise, grader) for exercise in chosen]
    # fork, not spawn: spawn re-runs the main module, and `python -m tutor` has
    # no __main__ guard. The CLI has started no threads, so forking is safe.
    context = multiprocessing.get_context("fork")
    with context.Pool(min(jobs, len(chosen))) as pool:
        return pool.map(_verify_in_worker, chosen, chunksize=1)


_worker_grader: Grader | None = None


def _verify_in_worker(exercise: Exercise) -> VerifyReport:
    global _worker_grader  # one per worker process, made on its first exercise
    if _worker_grader is None:
        _worker_grader = Grader()
    return verify_exercise(exercise, _worker_grader)


def verify_exercise(exercise: Exercise, grader: Grader) -> VerifyReport:
    kind = kinds.of(exercise)
    report = VerifyReport(exercise.id, kind.name)
    started = time.perf_counter()
    try:
        kind.verify(exercise, grader, report)
    except WorkspaceError as error:
        report.problems.append(f"the exercise folder could not be made: {error}")
    report.seconds = time.perf_counter() - started
    return report
