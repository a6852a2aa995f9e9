"""Checks where there is no fork (Windows, or TUTOR_RUNNER_ISOLATION=spawn): a new process each.

A spawned child must start Python and import pytest before it can check
anything: ~200 ms on this machine, seconds on an old PC. A long-lived process
(the warm helper, `tutor watch`) therefore keeps one *spare*: the next check's
process, started ahead of time, which has imported pytest and set up its
plugins by the time the check comes and then waits for it on stdin
(child.wait_and_run). Each check still gets a fresh process; the spare for
the next one is started when this one has ended, so the two never compete
for the CPU.
"""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import tutor
from tutor.runner.pinned import child_environment
from tutor.runner.request import CheckRequest, setup_line
from tutor.runner.supervise import SpawnedProcess

_spare: subprocess.Popen[bytes] | None = None
_spare_home: str | None = None  # the spare's working folder: empty, the tutor's own


def launch(request: CheckRequest, token: str, scratch: Path) -> tuple[SpawnedProcess, int]:
    """The spare if there is one, else a new process: sent the request, ready to supervise."""
    global _spare
    popen, _spare = _spare, None
    if popen is not None and popen.poll() is not None:
        _close_pipes(popen)  # the spare died waiting: start one now
        popen = None
    if popen is None:
        # Not the learner's folder: a learner's pytest.py there must not shadow pytest.
        popen = _start(cwd=scratch)
    assert popen.stdin is not None and popen.stdout is not None
    try:
        popen.stdin.write(setup_line(request, token, scratch))
        popen.stdin.close()
    except OSError:
        pass  # the child died at once; supervise reports it
    # os.read on the raw descriptor: the file object's buffer would hide data from select().
    return SpawnedProcess(popen), os.dup(popen.stdout.fileno())


def start_spare() -> None:
    """Start the next check's process now (a long-lived front end, between checks)."""
    global _spare, _spare_home
    if _spare is not None and _spare.poll() is None:
        return
    if _spare_home is None:
        _spare_home = tempfile.mkdtemp(prefix="tutor-worker-")
        atexit.register(discard_spare)
    _spare = _start(cwd=Path(_spare_home))


def spare_pid() -> int | None:
    return _spare.pid if _spare is not None and _spare.poll() is None else None


def discard_spare() -> None:
    """Stop the spare (at exit, or when checks will no longer be spawned)."""
    global _spare, _spare_home
    popen, _spare = _spare, None
    if popen is not None:
        _close_pipes(popen)  # its stdin at end of file: it would leave by itself
        popen.kill()
        popen.wait()
    if _spare_home is not None:
        shutil.rmtree(_spare_home, ignore_errors=True)
        _spare_home = None


def _close_pipes(popen: subprocess.Popen[bytes]) -> None:
    for stream in (popen.stdin, popen.stdout):
        if stream is not None:
            stream.close()


def _start(cwd: Path) -> subprocess.Popen[bytes]:
    env = child_environment(dict(os.environ))
    # The child must import this tutor, whether installed or run from a checkout.
    package_root = str(Path(tutor.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
    posix = os.name == "posix"
    return subprocess.Popen(
        [sys.executable, "-m", "tutor.runner.child"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        cwd=cwd,
        close_fds=True,
        start_new_session=posix,
        creationflags=0 if posix else getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0),
    )
