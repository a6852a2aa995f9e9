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
