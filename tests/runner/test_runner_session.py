"""RunnerSession (tutor/runner/session.py): what a caller keeps between its checks, and ends.

Real checks through run.execute (no sandbox: execute is what runs inside the
sandboxed helper), real processes, pytest's real import hook.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from _pytest.assertion.rewrite import AssertionRewritingHook
from runner_procs import alive

import tutor
from tutor.runner import CheckRequest, procs
from tutor.runner.run import execute
from tutor.runner.session import RunnerSession

TESTS = "from answer import x\n\ndef test_x():\n    assert x() == 1\n"


@pytest.fixture(autouse=True)
def _no_sandbox(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TUTOR_SANDBOX", "off")
    monkeypatch.delenv("TUTOR_RUNNER_ISOLATION", raising=False)


def _exercise(root: Path, value: int = 1) -> CheckRequest:
    (root / "workspace").mkdir(parents=True)
    (root / "course").mkdir()
    (root / "workspace" / "answer.py").write_text(f"def x():\n    return {value}\n")
    (root / "course" / "test_answer.py").write_text(TESTS)
    return CheckRequest("session", root / "workspace", [root / "course" / "test_answer.py"])


def _rewrite_hooks() -> int:
    return sum(isinstance(finder, AssertionRewritingHook) for finder in sys.meta_path)


def test_a_second_check_reuses_what_the_first_kept(tmp_path: Path) -> None:
    request = _exercise(tmp_path)
    key = str(request.test_files[0])
    with RunnerSession(reuse_setup=True) as session:
        assert execute(request, "fork", session=session).status == "pass"
        rewritten = session.rewritten.made[key][1]
        config = session.prepared.kept
        assert config is not None
        (request.workspace / "answer.py").write_text("def x():\n    return 2\n")
        assert execute(request, "fork", session=session).status == "fail"  # the edit is seen
        assert session.rewritten.made[key][1] is rewritten  # not rewritten again
        assert session.prepared.kept is config  # not parsed again


def test_a_one_shot_session_keeps_rewritten_tests_but_no_settings(tmp_path: Path) -> None:
    request = _exercise(tmp_path)
    with RunnerSession() as session:
        assert execute(request, "fork", session=session).status == "pass"
        assert str(request.test_files[0]) in session.rewritten.made
        assert session.prepared.kept is None


def test_closing_a_session_takes_its_import_hook_away(tmp_path: Path) -> None:
    """A kept configuration puts pytest's import hook on sys.meta_path: it must not
    outlive its session (it would see the imports of whatever runs next)."""
    before = _rewrite_hooks()
    session = RunnerSession(reuse_setup=True)
    assert execute(_exercise(tmp_path), "fork", session=session).status == "pass"
    assert _rewrite_hooks() == before + 1
    session.close()
    assert _rewrite_hooks() == before
    assert session.prepared.kept is None


def test_two_sessions_keep_one_import_hook_between_them(tmp_path: Path) -> None:
    before = _rewrite_hooks()
    with RunnerSession(reuse_setup=True) as one, RunnerSession(reuse_setup=True) as two:
        assert execute(_exercise(tmp_path / "one"), "fork", session=one).status == "pass"
        assert execute(_exercise(tmp_path / "two", 2), "fork", session=two).status == "fail"
        assert _rewrite_hooks() == before + 1
        assert one.prepared.kept is None and two.prepared.kept is not None
        assert execute(_exercise(tmp_path / "three"), "fork", session=one).status == "pass"
        assert _rewrite_hooks() == before + 1
    assert _rewrite_hooks() == before


def test_closing_a_session_ends_its_spare_process(tmp_path: Path) -> None:
    session = RunnerSession(reuse_setup=True)
    assert execute(_exercise(tmp_path), "spawn", session=session).status == "pass"
    spare = session.spare_pid
    assert spare is not None and alive(spare)  # started for the next check
    session.close()
    assert session.spare_pid is None
    assert not alive(spare)
    # Closed: it checks as a one-shot caller does, and starts no spare.
    assert execute(_exercise(tmp_path / "after"), "spawn", session=session).status == "pass"
    assert session.spare_pid is None


def _spawned_children(pid: int) -> list[int]:
    found = []
    for child in procs.children_of(pid):
        try:
            command = Path(f"/proc/{child}/cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"tutor.runner.child" in command:
            found.append(child)
    return found


def test_the_warm_helper_ends_its_session_when_its_front_end_closes(tmp_path: Path) -> None:
    """The helper keeps a spare where checks are spawned; closing its stdin (the front
    end is gone) ends the helper, and its session ends the spare."""
    env = {**os.environ, "TUTOR_RUNNER_ISOLATION": "spawn", "TUTOR_SANDBOX": "off"}
    root = str(Path(tutor.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
    token = "t" * 32
    helper = subprocess.Popen(
        [sys.executable, "-m", "tutor.runner.helper", token, "--cold"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        cwd=tmp_path,
    )
    assert helper.stdin is not None and helper.stdout is not None
    try:
        request = _exercise(tmp_path)
        message = {"op": "check", "id": 1, "request": request.to_dict()}
        helper.stdin.write(json.dumps(message).encode() + b"\n")
        helper.stdin.flush()
        answer = helper.stdout.readline()
        assert answer.startswith(token.encode())
        assert json.loads(answer[len(token) :])["result"]["status"] == "pass"
        deadline = time.monotonic() + 10
        while not _spawned_children(helper.pid) and time.monotonic() < deadline:
            time.sleep(0.01)
        spares = _spawned_children(helper.pid)
        assert len(spares) == 1  # the next check's process, waiting
        helper.stdin.close()
        assert helper.wait(timeout=10) == 0
        assert not alive(spares[0])
    finally:
        if helper.poll() is None:
            helper.kill()
            helper.wait()
        helper.stdout.close()


# The warm helper's spare forked child (spare_fork.py). The learner's module records
# the process it runs in, and counts its calls in a module global: a check the spare
# runs must see a fresh module and the learner's latest edit, as any check does.
RECORDING = """\
import os
from pathlib import Path

Path(__file__).with_name("pid.txt").write_text(str(os.getpid()))
CALLS = []


def x():
    CALLS.append(1)
    return {value} + len(CALLS) - 1
"""


def _recording(root: Path, value: int = 1) -> CheckRequest:
    request = _exercise(root)
    (request.workspace / "answer.py").write_text(RECORDING.format(value=value))
    return request


def _ran_in(request: CheckRequest) -> int:
    return int((request.workspace / "pid.txt").read_text())


def _checked_with_a_spare(session: RunnerSession, request: CheckRequest) -> int:
    """Check once (the configuration is kept), fork the spare as the helper does: its pid."""
    assert execute(request, "fork", session=session).status == "pass"
    session.fork_spare()
    spare = session.forked_spare_pid
    assert spare is not None and alive(spare)
    return spare


def test_the_next_check_runs_in_the_spare_and_sees_the_learners_edit(tmp_path: Path) -> None:
    request = _recording(tmp_path)
    with RunnerSession(reuse_setup=True) as session:
        spare = _checked_with_a_spare(session, request)
        assert execute(request, "fork", session=session).status == "pass"  # a fresh module
        assert _ran_in(request) == spare
        assert session.forked_spare_pid is None  # used once
        assert not alive(spare)
        session.fork_spare()
        second = session.forked_spare_pid
        (request.workspace / "answer.py").write_text(RECORDING.format(value=2))
        assert execute(request, "fork", session=session).status == "fail"
        assert _ran_in(request) == second


def test_a_check_of_another_exercise_stops_the_spare_and_forks_its_own(tmp_path: Path) -> None:
    other = _recording(tmp_path / "two")
    with RunnerSession(reuse_setup=True) as session:
        spare = _checked_with_a_spare(session, _recording(tmp_path / "one"))
        assert execute(other, "fork", session=session).status == "pass"
        assert _ran_in(other) != spare
        assert not alive(spare)
        assert session.forked_spare_pid is None


def test_a_changed_test_file_is_not_checked_by_a_spare_forked_before(tmp_path: Path) -> None:
    request = _recording(tmp_path)
    with RunnerSession(reuse_setup=True) as session:
        spare = _checked_with_a_spare(session, request)
        request.test_files[0].write_text(TESTS.replace("== 1", "== 3"))
        assert execute(request, "fork", session=session).status == "fail"
        assert _ran_in(request) != spare
        assert not alive(spare)


def test_closing_a_session_stops_its_forked_spare(tmp_path: Path) -> None:
    session = RunnerSession(reuse_setup=True)
    spare = _checked_with_a_spare(session, _recording(tmp_path))
    session.close()
    assert not alive(spare)
    session.fork_spare()  # a closed session forks none
    assert session.forked_spare_pid is None


def test_a_one_shot_session_forks_no_spare(tmp_path: Path) -> None:
    with RunnerSession() as session:
        assert execute(_exercise(tmp_path), "fork", session=session).status == "pass"
        session.fork_spare()
        assert session.forked_spare_pid is None


def test_a_fork_refused_leaves_no_spare_and_no_open_pipe(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A process limit (the cgroup's, RLIMIT_NPROC) refuses the fork: the helper goes on."""
    with RunnerSession(reuse_setup=True) as session:
        assert execute(_recording(tmp_path), "fork", session=session).status == "pass"
        open_before = len(os.listdir("/proc/self/fd"))

        def refuse() -> int:
            raise BlockingIOError("Resource temporarily unavailable")

        monkeypatch.setattr(os, "fork", refuse)
        session.fork_spare()
        assert session.forked_spare_pid is None
        assert len(os.listdir("/proc/self/fd")) == open_before
