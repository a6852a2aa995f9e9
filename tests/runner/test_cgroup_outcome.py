"""What a Result says when the check's cgroup stopped the learner's programs
(tutor/runner/cgroup_outcome.py). The real kernel limits are tried in
tests/robustness/test_cgroup_limits.py; here, each kind of Result they can meet."""

from __future__ import annotations

from tutor.runner.cgroup import Counts
from tutor.runner.cgroup_outcome import explain, memory_message, processes_message
from tutor.runner.result import Result, Where
from tutor.runner.result import TestResult as Check  # not collected as a test class


def _result(status: str, *tests: Check, message: str | None = None) -> Result:
    return Result(status=status, exercise="ex", message=message, tests=list(tests))  # type: ignore[arg-type]


def test_nothing_stopped_changes_nothing() -> None:
    failed = Check("adds", "fail", message="Expected 5, but got 6")
    result = explain(_result("fail", failed), Counts(), 2048, 128)
    assert failed.message == "Expected 5, but got 6" and result.message is None


def test_a_failing_check_says_first_what_the_memory_limit_did() -> None:
    passed = Check("one", "pass")
    killed = Check("two", "fail", message="Python was stopped by a KILL signal ...")
    explain(_result("fail", passed, killed), Counts(oom_kills=1), 2048, 128)
    assert killed.message == memory_message(2048)
    assert killed.message.startswith(
        "Your program and the programs it started used more than 2048 MB of memory together"
    )
    assert passed.message is None


def test_a_refused_fork_keeps_the_line_it_happened_at() -> None:
    refused = Check("forks", "fail", message="BlockingIOError", where=Where("solution.py", 8))
    explain(_result("fail", refused), Counts(forks_refused=3), 2048, 128)
    assert refused.message == processes_message(128)
    assert "more than 128 programs" in refused.message
    assert refused.where == Where("solution.py", 8)


def test_a_check_that_could_not_run_says_both_limits() -> None:
    result = _result("error", message="The checker stopped unexpectedly. Check again.")
    explain(result, Counts(oom_kills=1, forks_refused=1), 400, 128)
    assert result.status == "error"
    assert result.message == memory_message(400) + "\n" + processes_message(128)


def test_a_check_that_passed_anyway_keeps_its_pass_with_a_note() -> None:
    result = _result("pass", Check("one", "pass"), message="Your code printed a lot.")
    explain(result, Counts(oom_kills=2), 2048, 128)
    assert result.status == "pass"
    assert result.message == "Your code printed a lot.\n" + memory_message(2048)
