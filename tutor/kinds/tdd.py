"""`kind = "tdd"`: the learner writes the tests; the tutor tests the tests.

The learner's tests must pass on the reference (solution/ over starter/) and
fail on every mutant (solution/ + mutants/NAME/); then the learner's code
must pass the learner's tests and the hidden tests. Runs are sequential:
forking from a process with threads is unsafe, and on 2 cores parallel runs
gained little. The checks come in two groups (TestResult.task_id), which
groups() names for the learner's checklist.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tutor.kinds.base import ExerciseReader, Group, Kind, details_of, instructor_tests, overlay

if TYPE_CHECKING:
    from tutor.course.model import Exercise
    from tutor.grading import Grader
    from tutor.kinds.proof import VerifyReport
    from tutor.progress import Attempt
    from tutor.runner.result import Result, TestResult

# The checklist's two groups (TestResult.task_id of each check).
TESTS_TRIED = 1  # the learner's tests on the reference and on each mutant
CODE_CHECKED = 2  # the learner's and the course's tests on the learner's code
GROUPS = (
    Group(TESTS_TRIED, "Your tests, tried on a correct version and on buggy versions"),
    Group(CODE_CHECKED, "Your tests and the course's tests, on your code"),
)


@dataclass(frozen=True)
class Mutant:
    """A buggy variant of the reference solution."""

    name: str
    path: Path  # folder holding the mutated files (absolute)
    description: str  # what a good test would notice


@dataclass(frozen=True)
class TddDetails:
    mutants: tuple[Mutant, ...] = ()


class TddKind(Kind):
    name = "tdd"
    summary = (
        "the learner writes tests (pytest, or Jest-style *.test.js), graded against the "
        "solution and mutants"
    )
    schema_keys = {
        "mutants": {
            "description": "tdd exercises: buggy variants of the solution, each a folder "
            "mutants/<name>/ that the learner's tests must catch.",
            "type": "array",
            "items": {"$ref": "#/$defs/mutant"},
            "default": [],
        }
    }
    schema_defs = {
        "mutant": {
            "description": "A buggy variant of the reference solution (tdd exercises).",
            "type": "object",
            "additionalProperties": False,
            "required": ["name", "description"],
            "properties": {
                "name": {
                    "description": "The folder mutants/<name>/ in the exercise folder, holding "
                    "files laid over the solution.",
                    "type": "string",
                    "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                    "x-pattern-words": "a plain folder name: letters, digits, '-', '_' and '.', "
                    'like "off-by-one"',
                },
                "description": {
                    "description": 'What a good test would notice, e.g. "a score of exactly 90 '
                    'is an A".',
                    "type": "string",
                    "minLength": 1,
                },
            },
        }
    }

    def read_details(self, raw: Mapping[str, Any], reader: ExerciseReader) -> TddDetails:
        mutants = raw.get("mutants", ())
        if not mutants:
            reader.error(
                "kind", "a tdd exercise needs at least one [[exercises.mutants]] to test the tests"
            )
        for position, mutant in enumerate(mutants):
            reader.has(("mutants", position, "name"), f"mutants/{mutant['name']}", True)
        return TddDetails(
            tuple(
                Mutant(m["name"], reader.folder / "mutants" / m["name"], m["description"])
                for m in mutants
            )
        )

    def mutants(self, exercise: Exercise) -> tuple[Mutant, ...]:
        return details_of(exercise, TddDetails).mutants

    # --- grading ---------------------------------------------------------------

    def grade(
        self, exercise: Exercise, workspace: Path, grader: Grader, answers: Mapping[int, str]
    ) -> Result:
        from tutor.runner.result import Result  # when grading: loading a course needs no result

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
            on_reference = _run_learner_tests_on(
                grader, exercise, workspace, reference_layers(exercise), Path(scratch) / "reference"
            )
            if on_reference.total == 0 and not on_reference.where:
                # The runner's "no checks found, tell your instructor" is wrong here:
                # in a TDD exercise the missing tests are the learner's to write.
                on_reference.status = "error"
                on_reference.message = _no_tests_message(learner_test_names(exercise))
            if grader.cancelled:
                return grader.stopped(exercise)
            if on_reference.status == "error" or on_reference.total == 0:
                on_reference.duration_ms = _ms_since(started)
                return on_reference
            quality.append(_reference_verdict(on_reference))
            if on_reference.status == "pass":
                for mutant in self.mutants(exercise):
                    caught = _run_learner_tests_on(
                        grader,
                        exercise,
                        workspace,
                        [*reference_layers(exercise), mutant.path],
                        Path(scratch) / f"mutant-{mutant.name}",
                    )
                    if grader.cancelled:  # a stopped run "catches" no mutant
                        return grader.stopped(exercise)
                    quality.append(_mutant_verdict(mutant.description, caught))
        own = grader.run(
            grader.request(exercise, workspace, learner_tests + instructor_tests(exercise))
        )
        if grader.cancelled:  # a stopped run has no failed test, yet passed nothing
            return grader.stopped(exercise)
        for test in quality:
            test.task_id = TESTS_TRIED
        for test in own.tests:
            test.task_id = CODE_CHECKED
        tests = quality + own.tests
        failed = [t for t in tests if t.status != "pass"]
        where = own.where
        if where is not None and where.file in exercise.hidden:
            where = None  # the learner cannot open a hidden test file
        return Result(
            status="pass" if not failed else ("error" if own.status == "error" else "fail"),
            exercise=exercise.id,
            message=own.message if own.status == "error" else None,
            tests=tests,
            duration_ms=_ms_since(started),
            timed_out=own.timed_out,
            where=where,
        )

    # --- what the learner sees ----------------------------------------------------

    def groups(self, exercise: Exercise) -> tuple[Group, ...]:
        return GROUPS

    def pass_note(self, exercise: Exercise, attempts: Iterable[Attempt]) -> str | None:
        from tutor.tdd_cycle import read_cycles

        return read_cycles(attempts).sentence()

    # --- `tutor verify` ------------------------------------------------------------

    def lay_solution(self, exercise: Exercise, folder: Path, report: VerifyReport) -> bool:
        reference = exercise.solution_dir
        missing = [n for n in learner_test_names(exercise) if not (reference / n).is_file()]
        if reference.is_dir() and missing:
            report.problems.append(
                f"solution/ has no {missing[0]}: put the reference tests there, "
                "under the name of the learner's test file"
            )
            return False
        return super().lay_solution(exercise, folder, report)

    def solution_problems(self, exercise: Exercise, solved: Result, report: VerifyReport) -> None:
        failing = {t.name for t in solved.tests if t.status != "pass"}
        for mutant in self.mutants(exercise):
            if mutant_check_name(mutant.description) in failing:
                report.problems.append(
                    f"mutant '{mutant.name}' survives the reference tests: no test notices "
                    f"that {mutant.description}"
                )
        # Each surviving mutant is said above, in the author's terms.
        rest = [t for t in solved.tests if not t.name.startswith(_MUTANT_PREFIX)]
        super().solution_problems(exercise, replace(solved, tests=rest), report)


def learner_test_names(exercise: Exercise) -> list[str]:
    """The edit files that hold the learner's tests."""
    return [name for name in exercise.edit if _is_test_file(name)]


def reference_layers(exercise: Exercise) -> list[Path]:
    """The reference code: solution/ laid over starter/, as the lesson format says."""
    return [exercise.starter_dir, exercise.solution_dir]


def mutant_check_name(description: str) -> str:
    """The check's name for one mutant.

    A mutant's description says what a good test would notice ("a score of
    exactly 90 is an A"), so it reads after "check that", not "notice when".
    """
    return f"your tests check that {description}"


_MUTANT_PREFIX = mutant_check_name("").strip()


def _no_tests_message(test_names: list[str]) -> str:
    """What to write when none of the learner's tests ran, in the words of their language."""
    files = ", ".join(test_names)
    if all(name.endswith((".test.js", ".spec.js")) for name in test_names):
        return (
            f"No test of yours ran. Write at least one test in {files}, like "
            "test('what should be true', () => { expect(...).toBe(...); });"
        )
    return (
        "No test of yours ran. Write at least one function whose name starts with test_ "
        f"in {files}."
    )


def _is_test_file(name: str) -> bool:
    base = Path(name).name
    if base.endswith((".test.js", ".spec.js")):  # Jest-style tests (tutor/checks/jstest.py)
        return True
    return base.endswith(".py") and (base.startswith("test_") or base.endswith("_test.py"))


def _run_learner_tests_on(
    grader: Grader, exercise: Exercise, workspace: Path, layers: list[Path], scratch: Path
) -> Result:
    """Run the learner's tests against the reference code (plus a mutant layer)."""
    overlay(scratch, layers)
    test_names = learner_test_names(exercise)
    for name in test_names:
        (scratch / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(workspace / name, scratch / name)
    request = grader.request(exercise, scratch, [scratch / name for name in test_names])
    request.steps = []
    return grader.run(request)


def _reference_verdict(on_reference: Result) -> TestResult:
    from tutor.runner.result import TestResult

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


def _mutant_verdict(description: str, run: Result) -> TestResult:
    from tutor.runner.result import TestResult

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


def _ms_since(started: float) -> float:
    return (time.perf_counter() - started) * 1000
