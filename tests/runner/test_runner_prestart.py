"""PrestartedChild: `tutor check` forks its child first; used or not, nothing is left behind."""

from __future__ import annotations

import os
from pathlib import Path

from runner_case import assert_reports
from runner_corpus import BY_NAME

from tutor.runner.prestart import PrestartedChild


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_prestarted_child_runs_the_request_it_is_sent(tmp_path: Path) -> None:
    for name in ("pass_and_fail", "learner_conftest_forges_pass", "os_exit"):
        child = PrestartedChild.start()
        assert child is not None
        case = BY_NAME[name]
        request = case.build(tmp_path / name)
        assert_reports(case, child.run(request), request.workspace)
        child.close()  # after use: nothing to do
        assert _gone(child.pid)


def test_unused_prestarted_child_is_stopped_and_reaped() -> None:
    child = PrestartedChild.start()
    assert child is not None
    child.close()
    assert _gone(child.pid)  # reaped: not even a zombie
