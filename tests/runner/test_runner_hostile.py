"""Each hostile or broken learner program, run for real through run_check."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from runner_case import assert_reports
from runner_corpus import BY_NAME, CASES, Case

from tutor.runner import run_check
from tutor.runner.session import RunnerSession

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
    "learner_skips_the_test",
    "value_claims_to_be_equal",
    "plugin_registered_mid_run",
    "frames_walked_for_the_token",
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


@pytest.fixture
def spare_worker(monkeypatch: pytest.MonkeyPatch) -> Iterator[RunnerSession]:
    """As in a warm helper with no fork: a process started ahead waits for each check.

    This process's own spare: without the sandbox, which would check in its helper.
    """
    monkeypatch.setenv("TUTOR_RUNNER_ISOLATION", "spawn")
    monkeypatch.setenv("TUTOR_SANDBOX", "off")
    with RunnerSession(reuse_setup=True) as session:
        session.spare.start()
        yield session


@pytest.mark.parametrize("name", SPAWN_SUBSET)
def test_spawn_with_a_spare_worker(name: str, tmp_path: Path, spare_worker: RunnerSession) -> None:
    case = BY_NAME[name]
    request = case.build(tmp_path)
    waiting = spare_worker.spare_pid
    assert waiting is not None
    result = run_check(request, session=spare_worker)
    assert_reports(case, result, request.workspace)
    assert spare_worker.spare_pid not in (None, waiting)  # the next check's, started after
