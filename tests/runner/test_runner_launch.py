"""Each way of starting a check's child (tutor/runner/launch.py) runs real checks.

run.execute with each launcher, on a real exercise: one check the learner's code
passes, one it fails, in a real child process (no sandbox: execute is what runs
inside the sandboxed helper).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tutor.runner import CheckRequest
from tutor.runner.launch import (
    ForkLauncher,
    Launcher,
    PrestartedForkLauncher,
    SpareSpawnLauncher,
    SpawnLauncher,
    choose_launcher,
)
from tutor.runner.prestart import PrestartedChild
from tutor.runner.run import execute
from tutor.runner.session import RunnerSession

TESTS = """from answer import double, pid

def test_double():
    pid()
    assert double(2) == 4

def test_double_zero():
    assert double(0) == 0
"""
# The learner's code says which process ran it. WRONG fails only test_double_zero.
RIGHT = """import os
from pathlib import Path

def pid():
    Path("pid.txt").write_text(str(os.getpid()))

def double(x):
    return 2 * x
"""
WRONG = RIGHT.replace("2 * x", "x + 2")


@pytest.fixture(autouse=True)
def _no_sandbox(monkeypatch: pytest.MonkeyPatch) -> None:
    # PrestartedChild.start would start the sandboxed helper instead of forking.
    monkeypatch.setenv("TUTOR_SANDBOX", "off")
    monkeypatch.delenv("TUTOR_RUNNER_ISOLATION", raising=False)


@pytest.fixture
def session() -> Iterator[RunnerSession]:
    with RunnerSession(reuse_setup=True) as kept:
        yield kept


def _exercise(root: Path, code: str) -> CheckRequest:
    (root / "workspace").mkdir(parents=True)
    (root / "course").mkdir()
    (root / "workspace" / "answer.py").write_text(code)
    (root / "course" / "test_answer.py").write_text(TESTS)
    return CheckRequest("launch", root / "workspace", [root / "course" / "test_answer.py"])


def _check_both(root: Path, make: Callable[[], Launcher]) -> list[int]:
    """A passing and a failing check, each with a launcher from make(): the pids they ran in."""
    ran_in = []
    for name, code, statuses in (
        ("right", RIGHT, ["pass", "pass"]),
        ("wrong", WRONG, ["pass", "fail"]),
    ):
        request = _exercise(root / name, code)
        result = execute(request, launcher=make())
        assert result.status == statuses[-1], result.message
        assert [t.status for t in result.tests] == statuses
        ran_in.append(int((request.workspace / "pid.txt").read_text()))
    return ran_in


def test_fork_launcher_runs_a_passing_and_a_failing_check(
    tmp_path: Path, session: RunnerSession
) -> None:
    ran_in = _check_both(tmp_path, lambda: ForkLauncher(session))
    assert len(set(ran_in)) == 2  # a child of its own for each check


def test_prestarted_fork_launcher_uses_the_child_forked_before_the_request(
    tmp_path: Path,
) -> None:
    forked: list[int] = []

    def prestarted() -> Launcher:
        child = PrestartedChild.start()
        assert child is not None  # fork exists here and the sandbox is off
        forked.append(child.pid)
        return PrestartedForkLauncher(child)

    assert _check_both(tmp_path, prestarted) == forked


def test_spawn_launcher_runs_a_passing_and_a_failing_check(tmp_path: Path) -> None:
    ran_in = _check_both(tmp_path, SpawnLauncher)
    assert len(set(ran_in)) == 2


def test_spare_spawn_launcher_checks_in_the_process_started_ahead(
    tmp_path: Path, session: RunnerSession
) -> None:
    session.spare.start()
    waiting = session.spare_pid
    assert waiting is not None
    ran_in = _check_both(tmp_path, lambda: SpareSpawnLauncher(session))
    assert ran_in[0] == waiting
    assert ran_in[1] not in ran_in[:1]  # the next spare, started when the first check ended
    assert session.spare_pid not in (None, *ran_in)  # and one more, for the check after


@pytest.mark.parametrize(
    ("isolation", "reuse_setup", "chosen"),
    [
        ("fork", False, ForkLauncher),
        ("fork", True, ForkLauncher),
        ("spawn", True, SpareSpawnLauncher),
        ("spawn", False, SpawnLauncher),
    ],
)
def test_the_launcher_follows_the_isolation_and_the_session(
    isolation: str, reuse_setup: bool, chosen: type
) -> None:
    with RunnerSession(reuse_setup=reuse_setup) as session:
        assert type(choose_launcher(isolation, session)) is chosen  # type: ignore[arg-type]
        assert session.spare_pid is None  # choosing starts nothing
