"""Each hostile or broken learner program, run for real through run_check."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from runner_corpus import BY_NAME, CASES, Case
from runner_procs import alive, recorded_pids

from tutor.runner import Result, run_check

SPAWN_SUBSET = [
    "pass_and_fail",
    "infinite_loop",
    "os_exit",
    "sys_exit_at_import",
    "syntax_error",
    "setsid_grandchild",
    "fake_json_on_every_fd",
    "allocate_10_gb",
    "shadows_pytest_and_json",
]


def the_message(result: Result) -> str:
    """What the learner reads first: the Result's message, then each test's."""
    parts = [result.message or ""] + [t.message or "" for t in result.tests]
    return "\n".join(parts)


def assert_reports(case: Case, result: Result, workspace: Path) -> None:
    text = the_message(result)
    assert result.status == case.status, text
    assert not (result.message or "").startswith("None")
    for phrase in case.says:
        assert phrase in text, f"{phrase!r} not in {text!r}"
    if case.where is not None:
        assert result.where is not None, text
        assert (result.where.file, result.where.line) == case.where
    assert result.timed_out == case.timed_out
    if case.test_statuses is not None:
        assert tuple(t.status for t in result.tests) == case.test_statuses
    for pid in recorded_pids(workspace):
        assert not alive(pid), f"learner process {pid} is still running"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_fork(case: Case, tmp_path: Path) -> None:
    me = os.getpid()
    request = case.build(tmp_path)
    result = run_check(request, isolation="fork")
    assert os.getpid() == me
    assert_reports(case, result, request.workspace)


@pytest.mark.parametrize("name", SPAWN_SUBSET)
def test_spawn(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TUTOR_RUNNER_ISOLATION", "spawn")
    case = BY_NAME[name]
    request = case.build(tmp_path)
    result = run_check(request)
    assert_reports(case, result, request.workspace)
