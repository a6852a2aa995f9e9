"""Each hostile or broken learner program, run for real through run_check."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from runner_case import assert_reports
from runner_corpus import BY_NAME, CASES, Case

from tutor.runner import run_check

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
