"""Limits for all of a check's processes together (tutor/runner/cgroup.py), tried for real.

A learner program that starts processes can go past limits that hold each process
alone (RLIMIT_AS per process; RLIMIT_NPROC, which root does not have): five
children of 180 MB each stay under the 200 MB each may use (a check that allows 200 MB
per process) but go past the 400 MB all may use together; 400 forks go past the 128
processes a check may have. Run through the real `tutor check` (its sandboxed helper,
in its cgroup) and the warm runner the TUI uses. Every test also asserts that no
cgroup is left behind.

Skipped where the tutor cannot make a cgroup (cgroup.status() says why) or where
there is no sandbox (only the sandboxed helper gets a cgroup). Allocations are
bounded (5 x 180 MB at most), so a failure cannot eat the machine's memory.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from robust_course import Learner, wait_for_no_leftovers

from tutor.runner import CheckRequest, WarmRunner, cgroup, cgroup_find, cgroup_outcome, sandbox

GROUPED = cgroup.status()
pytestmark = [
    pytest.mark.skipif(not GROUPED.active, reason=f"no cgroup here: {GROUPED.reason}"),
    pytest.mark.skipif(
        not sandbox.status().active, reason=f"no sandbox here: {sandbox.status().reason}"
    ),
]

# Five children alive at once, each 180 MB (filled, so really used), under the 200 MB each
# may use (memory_mb below), over the 400 MB they may use together, even with the 256 MB
# the tutor's own processes get on top. (Filling the 2048 MB of a default check takes
# seconds on a busy two-core machine.)
PER_PROCESS_MB = 200
MEMORY_HOG = """
import os, time

def _children_all_lived():
    pids = []
    for _ in range(5):
        pid = os.fork()
        if pid == 0:
            block = b"x" * (180 * 1024 * 1024)
            time.sleep(1)
            os._exit(0 if len(block) else 1)
        pids.append(pid)
    return all(os.waitpid(pid, 0)[1] == 0 for pid in pids)

ANSWER = 42 if _children_all_lived() else 0

def answer():
    return ANSWER
"""

# Up to 400 sleeping children (bounded: without the cgroup, as root, all 400 start), then
# all are stopped; a refused fork raises BlockingIOError out of answer().
FORK_FLOOD = """
import os, signal, time

def answer():
    pids = []
    try:
        for _ in range(400):
            pid = os.fork()
            if pid == 0:
                time.sleep(20)
                os._exit(0)
            pids.append(pid)
    finally:
        for pid in pids:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
    return 42
"""


PASSING = "def answer():\n    return 42\n"


def _ours() -> set[str]:
    """The cgroups the tutor made (in the folders it makes them), by full path."""
    found = cgroup_find.parents()
    assert not isinstance(found, str), found
    return {
        entry.path
        for parent in {found.memory, found.pids}
        for entry in os.scandir(parent)
        if entry.name.startswith(cgroup.PREFIX)
    }


@pytest.fixture(autouse=True)
def no_cgroup_left_behind() -> Iterator[None]:
    before = _ours()
    yield
    deadline = time.monotonic() + 5
    while (left := _leaked(_ours() - before)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not left, f"cgroups left behind: {sorted(left)}"


def _leaked(made: set[str]) -> set[str]:
    """Those made by this process, or by one that has ended (a `tutor check`), not those of
    another tutor still running on this machine (its cgroups come and go meanwhile)."""
    owners = {path: int(Path(path).name[len(cgroup.PREFIX) :].split("-")[0]) for path in made}
    return {path for path, pid in owners.items() if pid == os.getpid() or not _alive(pid)}


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _check(learner: Learner, program: str, env: dict[str, str] | None = None) -> dict[str, object]:
    workspace = learner.start("robust-py")
    (workspace / "solution.py").write_text(program, encoding="utf-8")
    done = learner.run("check", "robust-py", "--json", env=env)
    assert done.returncode in (0, 1), done.stderr[-3000:]
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    assert not wait_for_no_leftovers(learner.marker)
    result: dict[str, object] = json.loads(done.stdout)
    return result


def _first_problem(result: dict[str, object]) -> str:
    tests = result["tests"]
    assert isinstance(tests, list)
    failed = [t for t in tests if t["status"] != "pass"]
    return str(failed[0]["message"] if failed else result["message"])


def test_processes_that_use_too_much_memory_together_are_stopped(learner: Learner) -> None:
    request = _request(learner, MEMORY_HOG, memory_mb=PER_PROCESS_MB)
    with WarmRunner(warm_up=False) as runner:  # what run_check uses, where the sandbox works
        result = runner.check(request)
        assert runner.sandboxed
        assert result.status == "fail", result
        first = result.first_failure
        assert first is not None
        assert first.message == cgroup_outcome.memory_message(2 * PER_PROCESS_MB), first.message
        assert "more than 400 MB of memory together" in first.message
        # The next check starts afresh: the limit's earlier work is not told again.
        (request.workspace / "solution.py").write_text(PASSING, encoding="utf-8")
        again = runner.check(request)
        assert again.status == "pass" and not again.message, again
    assert not wait_for_no_leftovers(learner.marker)


def test_a_fork_flood_is_capped_and_said_plainly(learner: Learner) -> None:
    result = _check(learner, FORK_FLOOD)
    assert result["status"] == "fail", result
    said = _first_problem(result)
    assert said == cgroup_outcome.processes_message(cgroup.PIDS_MAX), said
    assert "more than 128 programs" in said


def test_switched_off_no_cgroup_is_made(learner: Learner, monkeypatch: pytest.MonkeyPatch) -> None:
    # A helper that lives while we look: with the switch, it is in no cgroup of the tutor's.
    request = _request(learner)
    before = _ours()
    monkeypatch.setenv(cgroup.SWITCH_ENV, "off")
    with WarmRunner(warm_up=False) as runner:
        assert runner.check(request).status == "pass"
        assert not _ours_holding(runner.pid)
        assert not _leaked(_ours() - before)
    monkeypatch.delenv(cgroup.SWITCH_ENV)
    result = _check(learner, PASSING, env={cgroup.SWITCH_ENV: "off"})
    assert result["status"] == "pass", result


def test_the_warm_helper_runs_in_its_cgroup_which_goes_with_it(learner: Learner) -> None:
    request = _request(learner)
    with WarmRunner(warm_up=False) as runner:
        assert runner.check(request).status == "pass"
        holding = _ours_holding(runner.pid)
        assert holding, "the helper is in no cgroup of the tutor's"
        assert all(os.path.isdir(folder) for folder in holding)
    assert not any(os.path.isdir(folder) for folder in holding)


def test_remove_stops_what_is_still_running_then_removes_it() -> None:
    made = cgroup.new_for_helper()
    assert made is not None
    sleeper = subprocess.Popen(made.wrap([sys.executable, "-c", "import time; time.sleep(60)"]))
    try:
        deadline = time.monotonic() + 10
        while sleeper.pid not in made.processes() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert sleeper.pid in made.processes()
        assert made.remove(wait_s=0.5)
        assert sleeper.wait(timeout=5) == -9
        assert not any(os.path.isdir(folder) for folder in made.folders)
    finally:
        sleeper.kill()
        sleeper.wait()


def test_a_cgroup_left_by_a_killed_tutor_is_removed_later() -> None:
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    found = cgroup_find.parents()
    assert not isinstance(found, str)
    stale = os.path.join(found.memory, f"{cgroup.PREFIX}{int(gone.stdout)}-1")
    os.mkdir(stale)
    cgroup_find.swept.clear()
    made = cgroup.new_for_helper()
    assert made is not None
    made.remove()
    assert not os.path.isdir(stale)


def _ours_holding(pid: int | None) -> list[str]:
    """The tutor's cgroups that hold this process."""
    return [
        folder
        for folder in _ours()
        if pid is not None and str(pid) in Path(folder, "cgroup.procs").read_text().split()
    ]


def _request(learner: Learner, program: str = "", memory_mb: int = 1024) -> CheckRequest:
    workspace = learner.start("robust-py")
    (workspace / "solution.py").write_text(program or PASSING, encoding="utf-8")
    tests = learner.course / "exercises" / "robust" / "py"
    files = [tests / "test_visible.py", tests / "test_hidden.py"]
    return CheckRequest("robust-py", workspace, files, timeout=30, memory_mb=memory_mb)


def test_doctor_says_the_limit_together_holds_or_how_to_turn_it_on(learner: Learner) -> None:
    name = "limits for all of a check's processes together"
    done = learner.run("doctor", "--json")
    assert done.returncode == 0, done.stderr
    found = {item["name"]: item for item in json.loads(done.stdout)}
    assert found[name]["active"] is True
    assert (
        "memory of all processes together: limited to 2048 MB by a cgroup"
        in (found[name]["detail"])
    )
    off = learner.run("doctor", env={cgroup.SWITCH_ENV: "off"})
    assert f"{name}: no" in off.stdout
    assert f"To turn it on: Unset {cgroup.SWITCH_ENV}" in off.stdout


def test_a_forked_child_at_its_exit_leaves_its_parents_cgroups_alone() -> None:
    made = cgroup.new_for_helper()
    assert made is not None
    try:
        pid = os.fork()
        if pid == 0:  # what its atexit would do
            try:
                cgroup.remove_all()
            finally:
                os._exit(0)
        os.waitpid(pid, 0)
        assert all(os.path.isdir(folder) for folder in made.folders)
    finally:
        made.remove()
