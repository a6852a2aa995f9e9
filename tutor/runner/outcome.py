"""From what the parent saw (RawRun) to the Result a learner reads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tutor.runner import messages, python_errors, tampering, timeouts
from tutor.runner.events import (
    CRASH,
    INTERNAL_ERROR,
    INTERRUPTED,
    Collected,
    CollectedTest,
    CollectFailed,
    PytestFailed,
    SessionEnded,
    Stopped,
    TestFinished,
    TestStarted,
    of_kind,
)
from tutor.runner.messages import Locator
from tutor.runner.request import CheckRequest
from tutor.runner.result import Result, TestResult, Where
from tutor.runner.supervise import RawRun


def task_id_for(test: CollectedTest, steps: list[tuple[str, ...]]) -> int | None:
    names = {test.function, f"{Path(test.file).name}::{test.function}"}
    for index, step in enumerate(steps):
        if names & set(step):
            return index + 1
    return None


class _Builder:
    def __init__(self, request: CheckRequest, run: RawRun) -> None:
        self.request = request
        self.run = run
        self.locator = Locator(request.workspace, request.test_files)

    def explain(self, info: dict[str, Any]) -> tuple[str, Where | None]:
        return python_errors.explain_exception(info, self.locator, self.request.memory_mb)

    def timeout(self, test_name: str | None) -> tuple[str, Where | None]:
        """Where it was stuck (faulthandler's dump), pointing at the loop around it.

        When no frame is in the learner's own Python, the check was stuck in the
        tutor's check code running their SQL, HTML, CSS or JavaScript: the
        message then speaks of that file and that language, not of loops.
        """
        dump = self.run.traceback_dump
        where = self.locator.where_in_dump(dump)
        loop = self.locator.loop_around(where)
        stuck = None
        if where is None:
            stuck = self.locator.stuck_in_check(dump) if dump else self.locator.guess_language()
        message = timeouts.timeout_message(self.request.timeout, where, test_name, loop, stuck)
        if stuck is not None:
            return message, Where(stuck.file, stuck.line) if stuck.file else None
        return message, loop[0] if loop else where

    def test_result(self, test: CollectedTest, event: TestFinished) -> TestResult | None:
        outcome = event.outcome
        if outcome == "skip":
            return None  # a skipped test proves nothing either way
        result = self.blank(test, "pass" if outcome == "pass" else outcome)
        result.duration_ms = event.duration_ms
        exception: dict[str, Any] = event.exception or {}  # {}: no exception
        failed_assert = bool(exception) and "AssertionError" in exception.get("bases", [])
        # A comparison from an assert that was caught earlier says nothing about this failure.
        comparison = event.comparison if failed_assert else None
        told = None
        if failed_assert and exception.get("unittest"):
            # Imported on a unittest failure only: ~2 ms a passing check need not pay.
            from tutor.runner.unittest_failures import explain_unittest

            told = explain_unittest(exception, self.locator)
        if told is not None:
            result.message, result.where = told.message, told.where
            result.expected, result.actual = told.expected, told.actual
        elif outcome != "pass":
            if failed_assert:
                result.message = messages.explain_assertion(exception, comparison)
                check_at = exception.get("check_at")
                if check_at:
                    result.where = self.locator.where_in_file(check_at["file"], check_at["line"])
                else:
                    result.where = self.locator.where_in_frames(exception.get("frames", []))
            elif exception:
                result.message, result.where = self.explain(exception)
            elif event.pytest_text.rstrip().endswith("BdbQuit"):
                result.message = messages.DEBUGGER  # pytest sends no exception for a quit pdb
            else:
                result.message = event.pytest_text or "This check failed."
            if comparison and comparison.get("op", "==") == "==":
                result.expected, result.actual = comparison["expected"], comparison["actual"]
        output = event.output
        dropped = event.output_dropped
        if dropped:
            note = messages.output_cut_note(self.request.output_limit_bytes, dropped)
            output += f"\n[... {dropped:,} more characters not shown]"
            result.message = f"{result.message}\n\n{note}" if result.message else note
        result.output = output or None
        return result

    def blank(self, test: CollectedTest, status: str) -> TestResult:
        return TestResult(
            name=messages.readable_name(test.function, test.param, test.doc),
            status=status,  # type: ignore[arg-type]
            task_id=task_id_for(test, self.request.steps),
            test_id=test.id,
        )

    def stop_reason(self) -> Stopped | None:
        """Why pytest stopped, if it said: an interrupt first, then its own error, a crash."""
        stops = of_kind(self.run.events, Stopped)
        for how in (INTERRUPTED, INTERNAL_ERROR, CRASH):
            found = next((stop for stop in stops if stop.how == how), None)
            if found is not None:
                return found
        return None

    def stopped_test_message(self, test_name: str | None) -> tuple[str, Where | None]:
        """Why the test that started but never finished did not finish."""
        run = self.run
        if run.cancelled:
            return messages.STOPPED, None
        if run.timed_out:
            return self.timeout(test_name)
        stop = self.stop_reason()
        if stop is not None:
            return self.explain(stop.exception)
        where = self.locator.where_in_dump(run.traceback_dump)
        return messages.crash_message(run.exit_code, self.request.memory_mb), where

    def build(self) -> Result:
        run, request = self.run, self.request
        lists = of_kind(run.events, Collected)
        collected = in_file_order(list(lists[0].tests) if lists else [])
        finished = {e.id: e for e in of_kind(run.events, TestFinished)}
        started = [e.id for e in of_kind(run.events, TestStarted)]
        unfinished = next((i for i in started if i not in finished), None)
        interrupted = any(stop.how == INTERRUPTED for stop in of_kind(run.events, Stopped))

        result = Result(status="pass", exercise=request.exercise_id)
        result.duration_ms = run.duration_ms
        result.timed_out = run.timed_out
        stop_message: str | None = None
        stop_where: Where | None = None
        for test in collected:
            if test.id in finished:
                one = self.test_result(test, finished[test.id])
                if one is not None:
                    result.tests.append(one)
            elif test.id == unfinished:
                one = self.blank(test, "error")
                one.message, one.where = self.stopped_test_message(one.name)
                stop_message, stop_where = one.message, one.where
                result.tests.append(one)
            elif not run.ended or interrupted:
                one = self.blank(test, "error")
                one.message = messages.NOT_RUN
                result.tests.append(one)

        problem = self.session_problem(collected, unfinished, finished)
        if problem is None and stop_message is None and collected and not run.ended:
            # Every test ended, then the session did not (a fixture's teardown hung or exited).
            stop_message, stop_where = self.stopped_test_message(None)
        if problem is not None:
            result.message, result.where = problem
        elif stop_message is not None:
            result.message, result.where = stop_message, stop_where
        really_ran = any(t.status in ("pass", "fail") for t in result.tests)
        if problem is not None or (stop_message is not None and not really_ran):
            result.status = "error"
        elif not result.tests:
            result.status = "error"
            result.message = result.message or (
                "No checks were found for this exercise. Tell your instructor."
            )
        elif stop_message is not None or any(t.status != "pass" for t in result.tests):
            result.status = "fail"
            result.message = result.message or f"{result.passed} of {result.total} checks pass."
            first = result.first_failure
            result.where = result.where or (first.where if first else None)
        if run.left_running:
            before = f"{result.message}\n\n" if result.message else ""
            result.message = before + messages.LEFT_RUNNING
        return result

    def session_problem(
        self,
        collected: list[CollectedTest],
        unfinished: str | None,
        finished: dict[str, TestFinished],
    ) -> tuple[str, Where | None] | None:
        """A reason no test could run, or a report that cannot be trusted."""
        run = self.run
        if run.cancelled and unfinished is None:
            return messages.STOPPED, None
        if run.startup_timed_out:
            return (
                "The checker could not start in time. Try again; if it keeps happening, "
                "tell your instructor.",
                None,
            )
        failures = of_kind(run.events, PytestFailed)
        if failures and not collected:
            return messages.checker_broken(failures[0].code, failures[0].text), None
        collect_errors = of_kind(run.events, CollectFailed)
        if collect_errors:
            return self.explain(collect_errors[0].exception)
        if unfinished is None and not collected:
            if run.timed_out:
                return self.timeout(None)
            stop = self.stop_reason()
            if stop is not None:
                return self.explain(stop.exception)
            if not run.ended:
                where = self.locator.where_in_dump(run.traceback_dump)
                return messages.crash_message(run.exit_code, self.request.memory_mb), where
        if run.ended and unfinished is None:
            claimed = of_kind(run.events, SessionEnded)[0].results
            if claimed != len(finished) or any(test.id not in finished for test in collected):
                return (
                    "The check's report was incomplete, so the tutor cannot trust it. "
                    "Check again; if it keeps happening, tell your instructor.",
                    None,
                )
        return None


def in_file_order(collected: list[CollectedTest]) -> list[CollectedTest]:
    """Tests in the order their file defines them, files in the order they ran.

    unittest runs a TestCase's methods sorted by name ("square 1, 16, 2, 3"),
    but the first thing to fix is the first test the instructor wrote.
    """
    files: dict[str, int] = {}
    for test in collected:
        files.setdefault(test.file, len(files))

    def place(numbered: tuple[int, CollectedTest]) -> tuple[int, int, int]:
        ran, test = numbered
        return files[test.file], test.line if test.line is not None else 0, ran

    return [test for _ran, test in sorted(enumerate(collected), key=place)]


def build_result(request: CheckRequest, run: RawRun) -> Result:
    """Never raises: a bug here must still give the learner a Result."""
    try:
        return tampering.apply(_Builder(request, run).build(), run.events, request)
    except Exception as error:  # noqa: BLE001 - the runner's promise: a Result, always
        return Result(
            status="error",
            exercise=request.exercise_id,
            message=f"The tutor could not read the check's report ({type(error).__name__}). "
            "Tell your instructor.",
            duration_ms=run.duration_ms,
            timed_out=run.timed_out,
        )
