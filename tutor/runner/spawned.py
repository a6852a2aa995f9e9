"""Checks where there is no fork (Windows, or TUTOR_RUNNER_ISOLATION=spawn): a new process each.

A spawned child must start Python and import pytest before it can check
anything: ~200 ms on this machine, seconds on an old PC. A long-lived process
(the warm helper, `tutor watch`) therefore keeps one *spare* in its
RunnerSession (session.py): the next check's process, started ahead of time,
which has imported pytest and set up its plugins by the time the check comes
and then waits for it on stdin (child.wait_and_run). Each check still gets a
fresh process; the spare for the next one is started when this one has ended,
so the two never compete for the CPU.
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


class SpareProcess:
    """At most one process started ahead for the next check; owned by one RunnerSession."""

    def __init__(self) -> None:
        self._popen: subprocess.Popen[bytes] | None = None
        self._home: str | None = None  # the spare's working folder: empty, the tutor's own
        # A forked copy of this object (verify's workers) must not use its parent's spare:
        # that process is not its child, and two processes would send it a check.
        self._owner = os.getpid()

    def take(self) -> subprocess.Popen[bytes] | None:
        """The waiting process, now this check's (None: there is none, or it died)."""
        popen, self._popen = self._popen, None
        if popen is None or self._owner != os.getpid():
            return None
        if popen.poll() is not None:
            _close_pipes(popen)  # the spare died waiting: the caller starts one now
            return None
        return popen

    def start(self) -> None:
        """Start the next check's process now (a long-lived front end, between checks)."""
        if self._owner != os.getpid():
            self._popen, self._home, self._owner = None, None, os.getpid()
        if self._popen is not None and self._popen.poll() is None:
            return
        if self._home is None:
            self._home = tempfile.mkdtemp(prefix="tutor-worker-")
            atexit.register(self.discard)  # a caller that forgot to close its session
        self._popen = start_child(cwd=Path(self._home))

    @property
    def pid(self) -> int | None:
        popen = self._popen
        return popen.pid if popen is not None and popen.poll() is None else None

    def discard(self) -> None:
        """Stop the spare (the session closes, or checks will no longer be spawned)."""
        popen, self._popen = self._popen, None
        if self._owner != os.getpid():
            return  # the parent's, seen through a fork: the parent stops it
        if popen is not None:
            _close_pipes(popen)  # its stdin at end of file: it would leave by itself
            popen.kill()
            popen.wait()
        if self._home is not None:
            shutil.rmtree(self._home, ignore_errors=True)
            self._home = None
            atexit.unregister(self.discard)


def send_request(
    popen: subprocess.Popen[bytes], request: CheckRequest, token: str, scratch: Path
) -> tuple[SpawnedProcess, int]:
    """Give a waiting child its check: the process and the descriptor its events arrive on."""
    assert popen.stdin is not None and popen.stdout is not None
    try:
        popen.stdin.write(setup_line(request, token, scratch))
        popen.stdin.close()
    except OSError:
        pass  # the child died at once; supervise reports it
    # os.read on the raw descriptor: the file object's buffer would hide data from select().
    return SpawnedProcess(popen), os.dup(popen.stdout.fileno())


def _close_pipes(popen: subprocess.Popen[bytes]) -> None:
    for stream in (popen.stdin, popen.stdout):
        if stream is not None:
            stream.close()


def start_child(cwd: Path) -> subprocess.Popen[bytes]:
    """`python -m tutor.runner.child`, which sets pytest up and waits for its check on stdin."""
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
