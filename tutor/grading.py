"""What "check this exercise" means for each kind of exercise.

- tests, git: the instructor's visible and hidden tests, run from the course
  folder against the learner's workspace (editing the workspace copy of a
  visible test cannot fake a pass).
- tdd: "test the tests". The learner's tests must pass on the reference
  solution and fail on every mutant; then the learner's code must pass the
  learner's tests and the hidden tests.
- quiz: answers compared with the lesson file; no pytest at all.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

from tutor.course.model import Exercise, ExerciseKind
from tutor.runner import CheckRequest, WarmRunner, messages, run_check
from tutor.runner.prestart import PrestartedChild
from tutor.runner.result import Result, TestResult

IGNORED_NAMES = shutil.ignore_patterns("__pycache__", "*.pyc", ".git", ".pytest_cache")


class Grader:
    """Runs checks by forking from this process (CLI) or through a warm helper (TUI).

    warm: through a warm helper (the TUI, which must not fork itself).
    reuse_setup: this process checks again and again (`tutor watch`): keep
        pytest's parsed settings between checks.
    prestarted: the first check's child, forked before the course was loaded
        so that it imports pytest meanwhile (`tutor check`); closed with the grader.
    """

    def __init__(
        self,
        warm: bool = False,
        reuse_setup: bool = False,
        prestarted: PrestartedChild | None = None,
    ) -> None:
        self._warm: WarmRunner | None = None
        self._reuse_setup = reuse_setup
        self._prestarted = prestarted
        self._cancel_requested = False
        # Where checks keep rewritten test modules between runs (set by the Tutor).
        self.cache_folder: Path | None = None
        if warm:
            self._warm = WarmRunner()
            self._warm.start()

    def close(self) -> None:
        if self._warm is not None:
            self._warm.close()
        if self._prestarted is not None:
            self._prestarted.close()
            self._prestarted = None

    def cancel(self) -> None:
        """Stop the check in progress; a TDD check also runs nothing more."""
        self._cancel_requested = True
        if self._warm is not None:
            self._warm.cancel()

    def run(self, request: CheckRequest) -> Result:
        if self._cancel_requested:
            return _stopped(request.exercise_id)
        if self._warm is not None:
            return self._warm.check(request)
        if self._prestarted is not None:
            child, self._prestarted = self._prestarted, None
            return child.run(request)
        return run_check(request, reuse_setup=self._reuse_setup)

    # --- per kind -----------------------------------------------------------

    def grade(self, exercise: Exercise, workspace: Path) -> Result:
        self._cancel_requested = False
        if exercise.kind is ExerciseKind.TDD:
            return self.grade_tdd(exercise, workspace)
        if exercise.kind is ExerciseKind.QUIZ:
            return self.grade_quiz(exercise, {})
        return self.run(self.request(exercise, workspace, instructor_tests(exercise)))

    def request(self, exercise: Exercise, workspace: Path, test_files: list[Path]) -> CheckRequest:
        return CheckRequest(
            exercise_id=exercise.id,
            workspace=workspace,
            test_files=test_files,
            timeout=exercise.timeout,
            steps=[step.tests for step in exercise.steps],
            plugin_options={
                "tutor-workspace": str(workspace),
                "tutor-exercise": str(exercise.folder),
            },
            cache_folder=self.cache_folder,
        )

    def grade_tdd(self, exercise: Exercise, workspace: Path) -> Result:
        started = time.perf_counter()
        learner_tests = [workspace / name for name in learner_test_names(exercise)]
        missing = [p.name for p in learner_tests if not p.is_file()]
        if missing:
            return Result(
                status="error",
                exercise=exercise.id,
                message=f"The file {missing[0]} is missing from your exercise folder. "
                "It is where your tests go. Run `tutor reset` to get it back.",
            )
        quality: list[TestResult] = []
        with tempfile.TemporaryDirectory(prefix="tutor-tdd-") as scratch:
            on_reference = self._run_learner_tests_on(
                exercise, workspace, reference_layers(exercise), Path(scratch) / "reference"
            )
            if on_reference.total == 0 and not on_reference.where:
                # The runner's "no checks found, tell your instructor" is wrong here:
                # in a TDD exercise the missing tests are the learner's to write.
                on_reference.status = "error"
                on_reference.message = (
                    "No test of yours ran. Write at least one function whose name starts "
                    "with test_ in " + ", ".join(learner_test_names(exercise)) + "."
                )
            if self._cancel_requested:
                return _stopped(exercise.id)
            if on_reference.status == "error" or on_reference.total == 0:
                on_reference.duration_ms = _ms_since(started)
                return on_reference
            quality.append(_reference_verdict(on_reference))
            if on_reference.status == "pass":
                for mutant in exercise.mutants:
                    caught = self._run_learner_tests_on(
                        exercise,
                        workspace,
                        [*reference_layers(exercise), mutant.path],
                        Path(scratch) / f"mutant-{mutant.name}",
                    )
                    if self._cancel_requested:  # a stopped run "catches" no mutant
                        return _stopped(exercise.id)
                    quality.append(_mutant_verdict(mutant.description, caught))
        own = self.run(
            self.request(exercise, workspace, learner_tests + instructor_tests(exercise))
        )
        if self._cancel_requested:  # a stopped run has no failed test, yet passed nothing
            return _stopped(exercise.id)
        for test in quality:
            test.task_id = 1
        for test in own.tests:
            test.task_id = 2
        tests = quality + own.tests
        failed = [t for t in tests if t.status != "pass"]
        return Result(
            status="pass" if not failed else ("error" if own.status == "error" else "fail"),
            exercise=exercise.id,
            message=own.message if own.status == "error" else None,
            tests=tests,
            duration_ms=_ms_since(started),
            timed_out=own.timed_out,
            where=own.where,
        )

    def _run_learner_tests_on(
        self, exercise: Exercise, workspace: Path, layers: list[Path], scratch: Path
    ) -> Result:
        """Run the learner's tests against the reference code (plus a mutant layer)."""
        overlay(scratch, layers)
        test_names = learner_test_names(exercise)
        for name in test_names:
            (scratch / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(workspace / name, scratch / name)
        request = self.request(exercise, scratch, [scratch / name for name in test_names])
        request.steps = []
        return self.run(request)

    def grade_quiz(self, exercise: Exercise, answers: dict[int, str]) -> Result:
        tests: list[TestResult] = []
        for number, question in enumerate(exercise.questions):
            given = answers.get(number)
            right = given is not None and _normalise(given) in {
                _normalise(a) for a in question.answer
            }
            if given is None:
                message = "Not answered yet."
            elif right:
                message = question.explain or None
            else:
                message = f"'{given}' is not right. " + (question.explain or "Read the page again.")
            tests.append(
                TestResult(
                    name=question.text,
                    status="pass" if right else "fail",
                    message=message,
                    task_id=number + 1,
                )
            )
        all_right = bool(tests) and all(t.status == "pass" for t in tests)
        return Result(status="pass" if all_right else "fail", exercise=exercise.id, tests=tests)


def _stopped(exercise_id: str) -> Result:
    return Result(status="error", exercise=exercise_id, message=messages.STOPPED)


def instructor_tests(exercise: Exercise) -> list[Path]:
    """Visible and hidden tests, always from the course folder."""
    return [exercise.folder / name for name in (*exercise.tests, *exercise.hidden)]


def learner_test_names(exercise: Exercise) -> list[str]:
    """In a TDD exercise, the edit files that hold the learner's tests."""
    return [name for name in exercise.edit if _is_test_file(name)]


def _is_test_file(name: str) -> bool:
    base = Path(name).name
    if base.endswith((".test.js", ".spec.js")):  # Jest-style tests (tutor/checks/jstest.py)
        return True
    return base.endswith(".py") and (base.startswith("test_") or base.endswith("_test.py"))


def _reference_verdict(on_reference: Result) -> TestResult:
    if on_reference.status == "pass":
        return TestResult(name="your tests pass on a correct solution", status="pass")
    wrong = [t.name for t in on_reference.tests if t.status != "pass"]
    first = on_reference.first_failure
    detail = f" ({first.message})" if first and first.message else ""
    return TestResult(
        name="your tests pass on a correct solution",
        status="fail",
        message=(
            f"Your test '{wrong[0]}' fails on a correct solution{detail}. A test should only "
            "fail when the code is wrong: check what your test expects against the task."
        ),
        where=first.where if first else None,
    )


def mutant_check_name(description: str) -> str:
    """The check's name for one mutant.

    A mutant's description says what a good test would notice ("a score of
    exactly 90 is an A"), so it reads after "check that", not "notice when".
    """
    return f"your tests check that {description}"


def _mutant_verdict(description: str, run: Result) -> TestResult:
    name = mutant_check_name(description)
    if run.status != "pass":
        return TestResult(name=name, status="pass")
    return TestResult(
        name=name,
        status="fail",
        message=(
            f"Your tests do not check that {description}. Some code that gets this wrong "
            "passed all your tests. Add a test that would fail on such code."
        ),
    )


def _normalise(answer: str) -> str:
    return " ".join(answer.strip().lower().split())


def _ms_since(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def overlay(target: Path, layers: Iterable[Path]) -> None:
    """Copy each layer's files over target, in order (used by verify and TDD grading)."""
    for layer in layers:
        if layer.is_dir():
            shutil.copytree(layer, target, dirs_exist_ok=True, ignore=IGNORED_NAMES)


def reference_layers(exercise: Exercise) -> list[Path]:
    """The reference code: solution/ laid over starter/, as the lesson format says."""
    return [exercise.starter_dir, exercise.solution_dir]
