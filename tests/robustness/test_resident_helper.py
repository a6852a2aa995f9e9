"""The resident helper (tutor/runner/resident.py): `tutor check` leaves its sandboxed
helper running, and the next `tutor check` of the same learner uses it.

Run through the real `tutor` command, with the real sandbox. The suite turns the
resident helper off (tests/conftest.py); these tests turn it on.
"""

from __future__ import annotations

import json
import os
import stat
import time

import pytest
from robust_course import PY_SOLUTION, Learner, process_state

from tutor.runner import cgroup, cgroup_outcome, sandbox

pytestmark = pytest.mark.skipif(
    not sandbox.status().active, reason=f"no sandbox here: {sandbox.status().reason}"
)

ON = {"TUTOR_RESIDENT_HELPER": "1"}

# Learner code that looks for the helper's socket (its path written beside it by the test)
# and tries to talk to it; answer() gives 42 only when it could not.
SOCKET_PROBE = r"""
import socket
from pathlib import Path

HERE = Path(__file__).resolve().parent
ADDRESS = HERE.joinpath("socket.txt").read_text()
try:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.connect(ADDRESS)
    reached = "connected to the helper's socket"
except OSError as error:
    reached = ""
    HERE.joinpath("socket-probe.txt").write_text(error.strerror or str(error))


def answer():
    return 42 if not reached else reached
"""


def helper_info(learner: Learner) -> dict[str, object]:
    return json.loads((learner.home / "helper" / "info.json").read_text())


def alive(pid: object) -> bool:
    assert isinstance(pid, int)
    return process_state(str(pid)) not in ("Z", "X")


def wait_until_gone(pid: object, seconds: float = 20) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if not alive(pid):
            return True
        time.sleep(0.1)
    return False


def check(learner: Learner, env: dict[str, str] | None = None) -> dict[str, object]:
    done = learner.run("check", "robust-py", "--json", env={**ON, **(env or {})})
    assert done.returncode in (0, 1), done.stderr[-3000:]
    return json.loads(done.stdout)


def test_the_next_check_uses_the_helper_the_first_left_running(learner: Learner) -> None:
    workspace = learner.start("robust-py")
    first = check(learner)
    assert first["status"] == "fail"  # the starter
    info = helper_info(learner)
    assert alive(info["pid"])
    # Only this user may reach it: the folder 0700, the socket and its facts 0600.
    place = learner.home / "helper"
    assert stat.S_IMODE(place.stat().st_mode) == 0o700
    assert stat.S_IMODE((place / "socket").stat().st_mode) == 0o600
    assert stat.S_IMODE((place / "info.json").stat().st_mode) == 0o600
    (workspace / "solution.py").write_text(PY_SOLUTION)
    second = check(learner)
    assert second["status"] == "pass", second
    assert helper_info(learner)["pid"] == info["pid"]  # the same helper answered
    assert learner.progress()["robust-py"]["status"] == "done"
    (workspace / "solution.py").write_text("def answer():\n    return 41\n")
    assert check(learner)["status"] == "fail"  # no answer is kept from the check before


def test_learner_code_cannot_reach_the_helpers_socket(learner: Learner) -> None:
    workspace = learner.start("robust-py")
    check(learner)  # starts the helper
    (workspace / "socket.txt").write_text(str(learner.home / "helper" / "socket"))
    (workspace / "solution.py").write_text(SOCKET_PROBE)
    result = check(learner)
    assert result["status"] == "pass", result
    # The data folder is hidden in the sandbox: there is no such file there.
    assert (workspace / "socket-probe.txt").read_text() == "No such file or directory"


def test_a_helper_started_with_other_settings_is_replaced(learner: Learner) -> None:
    learner.start("robust-py")
    check(learner)
    before = helper_info(learner)["pid"]
    check(learner, env={"SOME_SETTING": "changed"})  # checks run with the environment they get
    after = helper_info(learner)["pid"]
    assert after != before
    assert wait_until_gone(before)
    assert alive(after)


def test_tutor_start_starts_the_helper_the_first_check_uses(learner: Learner) -> None:
    """So the learner's first check does not wait for a new Python to import pytest."""
    assert learner.run("start", "robust-py", env=ON).returncode == 0
    ahead = helper_info(learner)["pid"]
    assert alive(ahead)
    assert check(learner)["status"] == "fail"  # the starter, checked by that helper
    assert helper_info(learner)["pid"] == ahead
    assert learner.run("start", "robust-py", env=ON).returncode == 0  # once is enough
    assert helper_info(learner)["pid"] == ahead


def test_a_check_from_another_terminal_uses_the_same_helper(learner: Learner) -> None:
    """Two tmux panes (or terminal tabs) differ only in what says which terminal it is."""
    learner.start("robust-py")
    check(learner, env={"TMUX_PANE": "%1", "WINDOWID": "1", "TERM_PROGRAM": "tmux"})
    before = helper_info(learner)["pid"]
    check(learner, env={"TMUX_PANE": "%2", "WINDOWID": "2", "TERM_PROGRAM": "xterm"})
    assert helper_info(learner)["pid"] == before
    assert alive(before)


def test_doctor_shows_and_stops_the_helper(learner: Learner) -> None:
    learner.start("robust-py")
    check(learner)
    pid = helper_info(learner)["pid"]
    shown = learner.run("doctor", env=ON)
    assert f"check helper: running (process {pid})" in shown.stdout
    stopped = learner.run("doctor", "--stop-helper", env=ON)
    assert stopped.returncode == 0 and "Stopped the check helper." in stopped.stdout
    assert wait_until_gone(pid)
    again = learner.run("doctor", env=ON)
    assert "check helper: none running" in again.stdout


def test_the_helper_leaves_when_no_check_comes(learner: Learner) -> None:
    learner.start("robust-py")
    check(learner, env={"TUTOR_RESIDENT_IDLE": "1"})
    pid = helper_info(learner)["pid"]
    assert wait_until_gone(pid, seconds=30)
    # The next check starts a new one and still answers.
    assert check(learner, env={"TUTOR_RESIDENT_IDLE": "1"})["status"] == "fail"


def test_without_the_resident_helper_each_check_has_its_own(learner: Learner) -> None:
    learner.start("robust-py")
    done = learner.run("check", "robust-py", "--json")  # the suite's default: off
    assert json.loads(done.stdout)["status"] == "fail"
    assert not (learner.home / "helper" / "info.json").exists()


FORK_FLOOD = r"""
import os, time

children = []
for _ in range(400):
    try:
        pid = os.fork()
    except OSError:
        break
    if pid == 0:
        time.sleep(3)
        os._exit(0)
    children.append(pid)
for pid in children:
    os.waitpid(pid, 0)


def answer():
    return 42 if len(children) == 400 else f"only {len(children)} children"
"""


@pytest.mark.skipif(not cgroup.status().active, reason=f"no cgroup: {cgroup.status().reason}")
def test_the_resident_helper_has_its_cgroup_for_all_its_checks(learner: Learner) -> None:
    workspace = learner.start("robust-py")
    check(learner)
    info = helper_info(learner)
    made = cgroup.from_facts(info["cgroup"])
    assert made is not None, info
    assert info["pid"] in made.processes()  # bwrap, and the helper in it
    # A later check in the same helper is limited, and told so plainly.
    (workspace / "solution.py").write_text(FORK_FLOOD)
    result = check(learner)
    assert result["status"] == "fail", result
    said = [t["message"] for t in result["tests"] if t["status"] != "pass"]  # type: ignore[union-attr]
    assert said and said[0] == cgroup_outcome.processes_message(cgroup.PIDS_MAX), said
    assert helper_info(learner)["pid"] == info["pid"]
    # Stopping the helper removes its cgroup too.
    assert learner.run("doctor", "--stop-helper", env=ON).returncode == 0
    assert wait_until_gone(info["pid"])
    assert not any(os.path.isdir(folder) for folder in made.folders)
