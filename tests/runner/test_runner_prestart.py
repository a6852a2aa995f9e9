"""PrestartedChild: `tutor check` forks its child first; used or not, nothing is left behind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from runner_case import Case, assert_reports
from runner_corpus import CASES

from tutor.runner.prestart import PrestartedChild


@pytest.fixture(autouse=True)
def _no_sandbox(monkeypatch: pytest.MonkeyPatch) -> None:
    """The forked child of a process without the sandbox (with it, `tutor check` starts its
    sandboxed helper instead: tests/robustness/test_sandbox.py)."""
    monkeypatch.setenv("TUTOR_SANDBOX", "off")


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_prestarted_child_reports_every_hostile_program(case: Case, tmp_path: Path) -> None:
    """`tutor check`'s path: pytest set up in the child before the request, gc frozen."""
    child = PrestartedChild.start()
    assert child is not None
    request = case.build(tmp_path)
    request.cache_folder = tmp_path / "cache"
    assert_reports(case, child.run(request), request.workspace)
    child.close()  # after use: nothing to do
    assert _gone(child.pid)


def test_unused_prestarted_child_is_stopped_and_reaped() -> None:
    child = PrestartedChild.start()
    assert child is not None
    child.close()
    assert _gone(child.pid)  # reaped: not even a zombie
