"""`tutor verify`: prove that each exercise works as the author meant.

For every exercise, in a throw-away data folder:
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
import shlex
import subprocess
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tutor.course.model import Course, Exercise, ExerciseKind
from tutor.grading import Grader, learner_test_names, mutant_check_name, overlay
from tutor.runner.result import Result
from tutor.workspace import Workspace, WorkspaceError, gitcli

GIT_COMMAND_TIMEOUT_S = 30.0
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
    report = VerifyReport(exercise.id, exercise.kind.value)
    started = time.perf_counter()
    try:
        if exercise.kind is ExerciseKind.QUIZ:
            _verify_quiz(exercise, grader, report)
        else:
            with tempfile.TemporaryDirectory(prefix="tutor-verify-") as home:
                _verify_in_workspace(exercise, grader, Workspace(Path(home), exercise), report)
    except WorkspaceError as error:
        report.problems.append(f"the exercise folder could not be made: {error}")
    report.seconds = time.perf_counter() - started
    return report


def _verify_in_workspace(
    exercise: Exercise, grader: Grader, workspace: Workspace, report: VerifyReport
) -> None:
    workspace.create()
    starter = grader.grade(exercise, workspace.path)
    report.starter = _verdict(starter)
    if starter.status == "pass":
        report.problems.append(
            "the starter already passes every check: a learner would be done before starting. "
            "Leave the learner's part out of the starter files."
        )
    elif starter.status == "error" and not _expected_starter_error(starter):
        report.notes.append(f"the starter cannot be checked at all: {_first_line(starter.message)}")

    if not exercise.solution_dir.is_dir() and not exercise.solution_commands:
        report.problems.append(f"there is no solution/ folder in {exercise.folder}")
        return
    if exercise.kind is ExerciseKind.TDD:
        reference = exercise.solution_dir
        missing = [n for n in learner_test_names(exercise) if not (reference / n).is_file()]
        if missing:
            report.problems.append(
                f"solution/ has no {missing[0]}: put the reference tests there, "
                "under the name of the learner's test file"
            )
            return
    overlay(workspace.path, [exercise.solution_dir])
    if exercise.kind is ExerciseKind.GIT and not _replay_git(exercise, workspace.path, report):
        return

    solved = grader.grade(exercise, workspace.path)
    report.solution = _verdict(solved)
    if solved.status == "pass":
        return
    if exercise.kind is ExerciseKind.TDD:
        _tdd_problems(exercise, solved, report)
    if solved.status == "error" and not solved.tests:
        report.problems.append(f"the solution cannot be checked: {_first_line(solved.message)}")
    for test in solved.tests:
        if test.status != "pass" and not test.name.startswith(_MUTANT_PREFIX):
            detail = f": {_first_line(test.message)}" if test.message else ""
            report.problems.append(f"the solution fails '{test.name}'{detail}")


_MUTANT_PREFIX = mutant_check_name("").strip()


def _tdd_problems(exercise: Exercise, solved: Result, report: VerifyReport) -> None:
    failing = {t.name for t in solved.tests if t.status != "pass"}
    for mutant in exercise.mutants:
        if mutant_check_name(mutant.description) in failing:
            report.problems.append(
                f"mutant '{mutant.name}' survives the reference tests: no test notices "
                f"that {mutant.description}"
            )


def _replay_git(exercise: Exercise, folder: Path, report: VerifyReport) -> bool:
    """Run the solution's git commands in the workspace; False (with a problem) if one fails."""
    # As every git command of the tutor: no hooks, no drivers, no config from outside.
    env = gitcli.safe_environment(folder)
    for number, command in enumerate(exercise.solution_commands, start=1):
        try:
            words = shlex.split(command)
        except ValueError as error:
            report.problems.append(f"solution command {number} cannot be read ({error}): {command}")
            return False
        if not words or words[0] != "git":
            report.problems.append(
                f"solution command {number} does not start with git: {command}. "
                "Only git commands are replayed."
            )
            return False
        try:
            done = subprocess.run(
                ["git", *gitcli.safe_options(), *words[1:]],
                cwd=folder,
                env=env,
                capture_output=True,
                text=True,
                timeout=GIT_COMMAND_TIMEOUT_S,
                stdin=subprocess.DEVNULL,
            )
        except subprocess.TimeoutExpired:
            report.problems.append(
                f"solution command {number} did not finish in "
                f"{GIT_COMMAND_TIMEOUT_S:g} s: {command}"
            )
            return False
        if done.returncode != 0:
            said = _first_line(done.stderr or done.stdout) or f"exit code {done.returncode}"
            report.problems.append(f"solution command {number} failed: {command}: {said}")
            return False
    return True


def _verify_quiz(exercise: Exercise, grader: Grader, report: VerifyReport) -> None:
    if not exercise.questions:
        report.problems.append("the quiz has no questions")
        return
    for number, question in enumerate(exercise.questions, start=1):
        if not question.answer:
            report.problems.append(f"question {number} has no answer")
        choices = {_normalise(choice) for choice in question.choices}
        for answer in question.answer:
            if choices and _normalise(answer) not in choices:
                report.problems.append(
                    f"question {number}: the answer '{answer}' is not one of its choices"
                )
    unanswered = grader.grade_quiz(exercise, {})
    report.starter = _verdict(unanswered)
    if unanswered.status == "pass":
        report.problems.append("the quiz passes with no answers at all")
    right = {n: q.answer[0] for n, q in enumerate(exercise.questions) if q.answer}
    answered = grader.grade_quiz(exercise, right)
    report.solution = _verdict(answered)
    if answered.status != "pass":
        wrong = [t.name for t in answered.tests if t.status != "pass"]
        report.problems.append(f"the right answers do not pass: '{wrong[0] if wrong else '?'}'")


def _verdict(result: Result) -> str:
    if result.status == "error" and not result.tests:
        return "error"
    words = {"pass": "passes", "fail": "fails", "error": "error"}[result.status]
    return f"{words} {result.passed}/{result.total}"


def _expected_starter_error(result: Result) -> bool:
    return any(marker in (result.message or "") for marker in EXPECTED_STARTER_ERRORS)


def _first_line(text: str | None) -> str:
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    return lines[0][:200] if lines else ""


def _normalise(text: str) -> str:
    return " ".join(text.strip().lower().split())
