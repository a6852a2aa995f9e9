"""A program a check starts cannot reach into the checker's memory (/proc/PID/mem).

Inside the sandbox, the check's helper, the check's own process and any program
the learner's code starts all run as the same user. Without protection, that
program could open /proc/PID/mem of the check (or of the helper that forks the
next check) and rewrite it, so that a later result says "pass". The helper
makes itself not dumpable (helper.not_dumpable), and the checks it forks
inherit that.

The learner's program starts a new Python (no guard there) that tries to open
the memory and the environment of its parent (the check) and of every tutor
helper it can see. The control is in the same run: the probe must reach a
decoy, a program the learner's code started, which is as much the same user's
as the check is; so the probe works, and the test can fail (it did, with
not_dumpable() left out: the environment of the check and of the helper were
read). answer() gives 42 only when the decoy, and nothing else, was reached.

/proc/PID/mem of the decoy itself is refused here: an interpreter file owned
by a user the sandbox does not map (root's Python, as in CI) makes the kernel
guard the memory of every program started from it. With a Python the learner
owns (installed in their home), the memory is as open as the environment,
which is why the helper does not rely on that.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from robust_course import Learner

from tutor.runner import CheckRequest, WarmRunner, sandbox

pytestmark = pytest.mark.skipif(
    not sandbox.status().active, reason=f"no sandbox here: {sandbox.status().reason}"
)

PROBE = r'''
import json, subprocess, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The control: a program of the learner's own, as reachable as anything of this user.
decoy = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)", "tutor-decoy"])
ATTACK = r"""
import json, os, sys

targets = {"the check": os.getppid(), "the decoy": int(sys.argv[1])}
for entry in os.listdir("/proc"):
    if not entry.isdigit() or int(entry) in (os.getpid(), os.getppid()):
        continue
    try:
        with open(f"/proc/{entry}/cmdline", "rb") as handle:
            words = handle.read().split(b"\0")
    except OSError:
        continue
    # bwrap itself (the sandbox's first process) waits for the helper and checks nothing.
    if b"tutor.runner.helper" in words and not words[0].endswith(b"bwrap"):
        targets[f"the helper {entry}"] = int(entry)
reached = []
for name, pid in targets.items():
    for part in ("mem", "environ"):
        try:
            with open(f"/proc/{pid}/{part}", "rb") as handle:
                handle.read(1)
            reached.append(f"{part} of {name}")
        except OSError:
            pass
print(json.dumps({"targets": sorted(targets), "reached": reached}))
"""
try:
    done = subprocess.run(
        [sys.executable, "-c", ATTACK, str(decoy.pid)], capture_output=True, text=True, timeout=60
    )
finally:
    decoy.kill()
    decoy.wait()
HERE.joinpath("memory.json").write_text(done.stdout or json.dumps({"error": done.stderr}))
seen = json.loads(HERE.joinpath("memory.json").read_text())
reached = seen.get("reached", [])
ONLY_THE_DECOY = "environ of the decoy" in reached and all(r.endswith("decoy") for r in reached)


def answer():
    return 42 if ONLY_THE_DECOY else "reached " + str(seen)
'''


def probe_workspace(learner: Learner) -> Path:
    workspace = learner.start("robust-py")
    (workspace / "solution.py").write_text(PROBE)
    return workspace


def seen(workspace: Path) -> dict[str, object]:
    return json.loads((workspace / "memory.json").read_text())


@pytest.mark.parametrize("helper", ["own", "resident"])
def test_tutor_check_a_started_program_cannot_reach_the_checker(
    learner: Learner, helper: str
) -> None:
    workspace = probe_workspace(learner)
    env = {"TUTOR_RESIDENT_HELPER": "1" if helper == "resident" else "0"}
    done = learner.run("check", "robust-py", "--json", env=env)
    if helper == "resident":  # the second check, in the helper the first one ran beside
        done = learner.run("check", "robust-py", "--json", env=env)
    result = json.loads(done.stdout)
    found = seen(workspace)
    assert result["status"] == "pass", found
    assert "environ of the decoy" in found["reached"]  # the control: the probe works
    assert all(name.endswith("the decoy") for name in found["reached"]), found
    assert any(name.startswith("the helper") for name in found["targets"]), found  # it looked


def test_the_warm_runner_a_started_program_cannot_reach_the_checker(learner: Learner) -> None:
    workspace = probe_workspace(learner)
    folder = learner.course / "exercises" / "robust" / "py"
    request = CheckRequest(
        "robust-py", workspace, [folder / "test_visible.py", folder / "test_hidden.py"]
    )
    with WarmRunner() as runner:
        first = runner.check(request)
        assert runner.sandboxed
        assert first.status == "pass", seen(workspace)
        second = runner.check(request)  # the helper that served the first is still unreachable
    assert second.status == "pass", seen(workspace)
