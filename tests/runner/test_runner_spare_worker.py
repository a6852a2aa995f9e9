"""Where there is no fork, a long-lived front end keeps the next check's process ready.

Forced on Linux with TUTOR_RUNNER_ISOLATION=spawn, as on Windows: each check
runs in a fresh process, the one started ahead of it, which has imported
pytest by the time the check comes.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tutor.runner import CheckRequest, run_check
from tutor.runner.session import RunnerSession, default_session

TESTS = "from answer import pid\n\ndef test_pid():\n    assert pid() > 0\n"
# The learner's code says which process ran it.
ANSWER = """import os
from pathlib import Path

def pid():
    Path("pid.txt").write_text(str(os.getpid()))
    return os.getpid()
"""


@pytest.fixture(autouse=True)
def _spawn_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TUTOR_RUNNER_ISOLATION", "spawn")
    # This process's own spare, not the sandboxed helper's (sandbox.py): no sandbox here.
    monkeypatch.setenv("TUTOR_SANDBOX", "off")


@pytest.fixture
def session() -> Iterator[RunnerSession]:
    """A caller that checks again and again (the warm helper, `tutor watch`)."""
    with RunnerSession(reuse_setup=True) as kept:
        yield kept


def _exercise(root: Path) -> CheckRequest:
    (root / "workspace").mkdir(parents=True)
    (root / "course").mkdir()
    (root / "workspace" / "answer.py").write_text(ANSWER)
    (root / "course" / "test_answer.py").write_text(TESTS)
    return CheckRequest("spare", root / "workspace", [root / "course" / "test_answer.py"])


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    # A zombie is gone for our purpose only once reaped: Popen.wait reaps it.
    return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] == "Z"


def test_each_check_runs_in_the_process_started_ahead_of_it(
    tmp_path: Path, session: RunnerSession
) -> None:
    request = _exercise(tmp_path)
    assert session.spare_pid is None
    assert run_check(request, session=session).status == "pass"  # no spare yet: a new process
    ran_in: list[int] = []
    for _ in range(2):
        waiting = session.spare_pid
        assert waiting is not None
        assert run_check(request, session=session).status == "pass"
        ran_in.append(int((request.workspace / "pid.txt").read_text()))
        assert ran_in[-1] == waiting
    assert ran_in[0] != ran_in[1]  # a fresh process for every check


def test_a_one_shot_check_keeps_no_spare(tmp_path: Path) -> None:
    """`tutor check` ends after its check: a spare would only be killed unused."""
    assert run_check(_exercise(tmp_path)).status == "pass"
    assert default_session().spare_pid is None


def test_a_spare_that_died_is_replaced_by_a_new_process(
    tmp_path: Path, session: RunnerSession
) -> None:
    request = _exercise(tmp_path)
    session.spare.start()
    dead = session.spare_pid
    assert dead is not None
    os.kill(dead, 9)
    deadline = time.monotonic() + 10
    while session.spare_pid is not None and time.monotonic() < deadline:
        time.sleep(0.01)  # until the tutor could know (a check sent to a dying one is lost)
    assert run_check(request, session=session).status == "pass"
    assert int((request.workspace / "pid.txt").read_text()) != dead


def test_closing_the_session_stops_its_spare(session: RunnerSession) -> None:
    session.spare.start()
    pid = session.spare_pid
    assert pid is not None
    session.close()
    assert session.spare_pid is None
    assert _gone(pid)
