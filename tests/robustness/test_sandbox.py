"""The sandbox around every check (tutor/runner/sandbox.py), tried by a hostile learner.

One learner program tries, as it is imported by the instructor's test: to read
a private key from $HOME/.ssh and from /root, to list other home folders, to
append to ~/.bashrc, to write outside its folder and into the course, to
remount the course read-write (mount(MS_BIND|MS_REMOUNT) through ctypes) and
then write the test file, to connect to a server on this machine, to keep
root's rights, to fill /tmp and /dev/shm past their limits. Its answer() gives
42 only when every read, connection and right it tried was refused; otherwise
it names what it got, so the check fails. What it wrote is looked for from
outside: nothing may have changed there.

Run through the real commands: `tutor check` (its sandboxed helper), the warm
runner the TUI uses, and `tutor report --verify` on an export made by the real
`tutor progress --export`. As root (CI), the check runs as nobody. A control
run without the sandbox shows that the program does get the key there, so the
test can fail.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from robust_course import Learner

from tutor.runner import CheckRequest, WarmRunner, sandbox

pytestmark = pytest.mark.skipif(
    not sandbox.status().active, reason=f"no sandbox here: {sandbox.status().reason}"
)

FAKE_KEY = "-----BEGIN OPENSSH PRIVATE KEY----- fake key for the tutor's tests\n"
BASHRC = "# the instructor's own settings\n"

HOSTILE = r'''
import json, subprocess, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The checker's guard would stop the attacks below in this Python (ctypes, its frames), so
# they run in a new Python, which has no guard: only the sandbox stands in their way.
ATTACKS = r"""
import ctypes, errno, json, os, socket, sys
from pathlib import Path

HERE = Path(sys.argv[2])
got = []  # what the program should never have got
tried = {}


def attempt(name, action):
    try:
        result = action()
    except OSError as error:
        tried[name] = f"refused: {error.strerror}"
        return None
    tried[name] = "done"
    return result


def read_key():
    return Path(os.environ["HOME"], ".ssh", "id_rsa").read_text()


if attempt("read $HOME/.ssh/id_rsa", read_key):
    got.append("the key in $HOME/.ssh")
if attempt("read /root/.bashrc", lambda: Path("/root/.bashrc").read_text()):
    got.append("root's .bashrc")
if attempt("list /root/.ssh", lambda: os.listdir("/root/.ssh")):
    got.append("a look into /root/.ssh")
if attempt("list /home", lambda: os.listdir("/home")):
    got.append("a look into /home")
if attempt("read /etc/shadow", lambda: Path("/etc/shadow").read_text()):
    got.append("the password hashes")


def append_bashrc():
    with open(Path(os.environ["HOME"], ".bashrc"), "a") as bashrc:
        bashrc.write("echo owned\n")


attempt("append to ~/.bashrc", append_bashrc)
attempt("write outside", lambda: HERE.parent.parent.joinpath("escaped.txt").write_text("x"))
attempt("write into the scratch", lambda: Path(os.environ["ESCAPE_TO"]).write_text("x"))
test_file = Path(sys.argv[1])
attempt("write the course's test", lambda: test_file.write_text("def test_x():\n    pass\n"))

libc = ctypes.CDLL(None, use_errno=True)
MS_REMOUNT, MS_BIND = 0x20, 0x1000
folder = str(test_file.parent).encode()
if libc.mount(b"none", folder, None, MS_BIND | MS_REMOUNT, None) == 0:
    got.append("a remount of the course")
tried["remount the course read-write"] = os.strerror(ctypes.get_errno())
attempt("write the test after the remount", lambda: test_file.write_text("def test_x(): pass\n"))


def connect():
    port = int(HERE.joinpath("port.txt").read_text())
    with socket.create_connection(("127.0.0.1", port), timeout=2) as connection:
        return connection.recv(100)


if attempt("connect to this machine", connect):
    got.append("a network connection")

tried["uid"] = os.getuid()
if os.getuid() == 0 or os.geteuid() == 0:
    got.append("root's user id")
status = Path("/proc/self/status").read_text()
effective = [line.split()[1] for line in status.splitlines() if line.startswith("CapEff")]
tried["CapEff"] = effective[0]
if int(effective[0], 16):
    got.append("capabilities")


def fill(folder, limit_mb):
    # Write 40 MB files until the folder is full; how many MB it took. Only in a small
    # folder: never fill a real /tmp.
    stat = os.statvfs(folder)
    if stat.f_blocks * stat.f_frsize > 2 * limit_mb * 2**20:
        got.append(f"a {folder} larger than {limit_mb} MB")
        return 0
    written = 0
    chunk = b"x" * 2**20
    try:
        for number in range(20):
            with open(f"{folder}/fill-{number}", "wb") as out:
                for _ in range(40):
                    out.write(chunk)
                    written += 1
    except OSError as error:
        tried[f"fill {folder}"] = f"stopped after {written} MB: {error.strerror}"
    if written > limit_mb:
        got.append(f"{written} MB in {folder}")
    for number in range(20):
        if os.path.exists(f"{folder}/fill-{number}"):
            os.remove(f"{folder}/fill-{number}")
    return written


fill("/tmp", 128)
fill("/dev/shm", 64)
tried["/tmp before"] = sorted(os.listdir("/tmp"))
Path("/tmp/left-by-the-last-check").write_text("x")
HERE.joinpath("attempts.json").write_text(json.dumps({"got": got, "tried": tried}, indent=1))
"""
test_file = next(
    module.__file__ for module in list(sys.modules.values())
    if str(getattr(module, "__file__", "") or "").endswith("test_visible.py")
)
subprocess.run([sys.executable, "-c", ATTACKS, test_file, str(HERE)], timeout=120, check=False)
got = json.loads(HERE.joinpath("attempts.json").read_text())["got"]


def answer():
    return 42 if not got else "got " + ", ".join(got)
'''


@pytest.fixture
def server() -> Iterator[int]:
    """A server on this machine that answers whoever connects: the learner must not."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    yield listener.getsockname()[1]
    listener.close()


@pytest.fixture
def fake_home(learner: Learner) -> Path:
    """The user's home: a private key and a .bashrc (HOME, as `tutor` sees it)."""
    home = learner.scratch / "user"
    (home / ".ssh").mkdir(parents=True, exist_ok=True)
    (home / ".ssh" / "id_rsa").write_text(FAKE_KEY)
    (home / ".bashrc").write_text(BASHRC)
    return home


def hostile_workspace(learner: Learner, port: int) -> Path:
    workspace = learner.start("robust-py")
    (workspace / "solution.py").write_text(HOSTILE)
    (workspace / "port.txt").write_text(str(port))
    return workspace


def course_files(learner: Learner) -> dict[str, str]:
    root = learner.course / "exercises"
    return {str(p): p.read_text() for p in sorted(root.rglob("*")) if p.is_file()}


def assert_nothing_changed_outside(learner: Learner, home: Path, course: dict[str, str]) -> None:
    assert (home / ".ssh" / "id_rsa").read_text() == FAKE_KEY
    assert (home / ".bashrc").read_text() == BASHRC
    assert course_files(learner) == course
    assert not (learner.home / "escaped.txt").exists()
    assert not (learner.scratch / "escaped.txt").exists()


def attempts(workspace: Path) -> dict[str, object]:
    return json.loads((workspace / "attempts.json").read_text())


@pytest.mark.parametrize("helper", ["own", "resident"])
def test_tutor_check_keeps_hostile_code_in_the_sandbox(
    learner: Learner, fake_home: Path, server: int, helper: str
) -> None:
    """Also through the resident helper (resident.py), two checks in a row: the second
    runs in the helper the first one's hostile code ran beside."""
    workspace = hostile_workspace(learner, server)
    course = course_files(learner)
    env = {"ESCAPE_TO": str(learner.scratch / "escaped.txt")}
    env["TUTOR_RESIDENT_HELPER"] = "1" if helper == "resident" else "0"
    done = learner.run("check", "robust-py", "--json", env=env)
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    result = json.loads(done.stdout)
    seen = attempts(workspace)
    assert result["status"] == "pass", seen
    assert seen["got"] == []
    tried = seen["tried"]
    assert tried["uid"] != 0 and tried["CapEff"] == "0000000000000000"
    assert tried["remount the course read-write"] == os.strerror(1)  # EPERM
    assert tried["write the test after the remount"] == "refused: Read-only file system"
    assert "No space left on device" in tried["fill /tmp"]
    assert "No space left on device" in tried["fill /dev/shm"]
    assert_nothing_changed_outside(learner, fake_home, course)
    # The check's files stay the learner's, and the next check's snapshot takes them.
    assert (workspace / "attempts.json").stat().st_uid == os.getuid()
    assert learner.run("check", "robust-py", env=env).returncode == 0
    log = subprocess.run(
        ["git", "log", "--stat", "-1"], cwd=workspace, capture_output=True, text=True, check=True
    )
    assert "attempts.json" in log.stdout
    assert learner.progress()["robust-py"]["status"] == "done"


def test_without_the_sandbox_the_same_program_gets_the_key(
    learner: Learner, fake_home: Path, server: int
) -> None:
    """The control: the program does report what it got, so the test above can fail."""
    workspace = hostile_workspace(learner, server)
    env = {"ESCAPE_TO": str(learner.scratch / "escaped.txt"), "TUTOR_SANDBOX": "off"}
    done = learner.run("check", "robust-py", "--json", env=env)
    result = json.loads(done.stdout)
    assert result["status"] == "fail"
    assert "the key in $HOME/.ssh" in attempts(workspace)["got"]
    assert (learner.scratch / "escaped.txt").exists()


def test_the_warm_runner_sandboxes_each_check_and_empties_tmp(
    learner: Learner, fake_home: Path, server: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = hostile_workspace(learner, server)
    course = course_files(learner)
    monkeypatch.setenv("HOME", str(fake_home))
    monkeypatch.setenv("ESCAPE_TO", str(learner.scratch / "escaped.txt"))
    folder = learner.course / "exercises" / "robust" / "py"
    request = CheckRequest(
        "robust-py", workspace, [folder / "test_visible.py", folder / "test_hidden.py"]
    )
    with WarmRunner() as runner:
        first = runner.check(request)
        assert runner.sandboxed
        assert first.status == "pass", attempts(workspace)
        second = runner.check(request)
    assert second.status == "pass", attempts(workspace)
    # The first check's files in /tmp were gone when the second one started.
    assert "left-by-the-last-check" not in attempts(workspace)["tried"]["/tmp before"]
    assert_nothing_changed_outside(learner, fake_home, course)


def _export(learner: Learner, server: int, out: Path) -> None:
    hostile_workspace(learner, server)
    env = {"ESCAPE_TO": str(learner.scratch / "escaped.txt")}
    assert learner.run("check", "robust-py", env=env).returncode == 0
    exported = learner.run("progress", "--export", str(out), "--learner", "Eve")
    assert exported.returncode == 0, exported.stderr


def test_report_verify_runs_learners_code_in_the_sandbox(
    learner: Learner, tmp_path: Path, server: int
) -> None:
    """The instructor's home (with a key and a .bashrc) and the course are out of reach."""
    out = tmp_path / "eve.zip"
    _export(learner, server, out)
    instructor = tmp_path / "instructor"
    (instructor / ".ssh").mkdir(parents=True)
    (instructor / ".ssh" / "id_rsa").write_text(FAKE_KEY)
    (instructor / ".bashrc").write_text(BASHRC)
    course = course_files(learner)
    env = {"HOME": str(instructor), "ESCAPE_TO": str(tmp_path / "escaped.txt")}
    env["TUTOR_HOME"] = str(tmp_path / "instructor-data")
    report = tmp_path / "class.html"
    done = learner.run("report", str(out), "--html", str(report), "--verify", env=env)
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    assert "do not hold up" not in done.stdout
    assert "the checks pass again" in report.read_text(encoding="utf-8")
    assert_nothing_changed_outside(learner, instructor, course)
    assert not (tmp_path / "escaped.txt").exists()


def test_report_verify_refuses_without_a_sandbox(
    learner: Learner, tmp_path: Path, server: int
) -> None:
    out = tmp_path / "eve.zip"
    _export(learner, server, out)
    env = {"TUTOR_SANDBOX": "off", "ESCAPE_TO": str(tmp_path / "escaped.txt")}
    report = tmp_path / "class.html"
    done = learner.run("report", str(out), "--html", str(report), "--verify", env=env)
    assert done.returncode == 2
    assert "cannot put it in a sandbox" in done.stderr
    assert "--unsafe-run-learner-code" in done.stderr and "tutor doctor" in done.stderr
    assert not report.exists() and not (tmp_path / "escaped.txt").exists()


def test_doctor_says_the_sandbox_is_on(learner: Learner) -> None:
    done = learner.run("doctor", "--json")
    assert done.returncode == 0, done.stderr
    found = {item["name"]: item for item in json.loads(done.stdout)}
    assert found["sandbox"]["active"] is True
    assert found["read-only course"]["active"] is True
    assert found["no network in checks"]["active"] is True
    if os.getuid() == 0:
        assert "nobody (uid 65534)" in found["not root"]["detail"]


def test_doctor_says_how_to_turn_the_sandbox_on(learner: Learner) -> None:
    done = learner.run("doctor", env={"TUTOR_SANDBOX": "off"})
    assert done.returncode == 1
    assert "sandbox: no" in done.stdout and "To turn it on" in done.stdout
    profile = learner.run("doctor", "--apparmor-profile")
    assert profile.returncode == 0
    assert "userns," in profile.stdout and sandbox.program() in profile.stdout
    with contextlib.suppress(FileNotFoundError):  # where AppArmor's parser exists, it parses
        checked = subprocess.run(
            ["apparmor_parser", "-Q", "-K", "/dev/stdin"],
            input=profile.stdout,
            capture_output=True,
            text=True,
            check=False,
        )
        assert checked.returncode == 0, checked.stderr
    assert sys.platform.startswith("linux")


def test_emptying_the_private_folders_does_nothing_outside_the_sandbox(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Outside the sandbox /tmp is everyone's: a helper that believed it was inside
    (or a developer's call) must not empty it. Only tmp_path is at stake here."""
    kept = tmp_path / "someone-elses-file"
    kept.write_text("keep me", encoding="utf-8")
    monkeypatch.delenv(sandbox.INSIDE_ENV, raising=False)
    sandbox.empty_private_folders((str(tmp_path),))
    assert kept.read_text(encoding="utf-8") == "keep me"
    monkeypatch.setenv(sandbox.INSIDE_ENV, "1")  # inside: the same call empties it
    monkeypatch.setenv(sandbox.KEEP_ENV, "[]")
    sandbox.empty_private_folders((str(tmp_path),))
    assert not kept.exists()
