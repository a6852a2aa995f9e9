"""The parent's side of a check: read events until the deadline, then clean up.

Works the same for a forked child and a spawned one; what differs (how to
poll, kill and reap) sits behind CheckProcess.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from tutor.runner import events as wire
from tutor.runner import procs
from tutor.runner.wire import STARTUP_ALLOWANCE, EventReader

EXIT_GRACE = 0.5  # after the session ended, the child only has to call os._exit


class CheckProcess(Protocol):
    pid: int

    def poll(self) -> int | None:
        """Exit code once ended (negative: killed by that signal), else None."""

    def kill(self) -> None: ...

    def wait(self) -> int: ...

    def release(self) -> None:
        """After the check: let go of what the parent still holds of it."""


class ForkedProcess:
    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None:
            try:
                done, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:
                self.returncode = -signal.SIGKILL
                return self.returncode
            if done == self.pid:
                self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def kill(self) -> None:
        procs.kill_group(self.pid)
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)

    def wait(self) -> int:
        if self.returncode is None:
            try:
                _done, status = os.waitpid(self.pid, 0)
                self.returncode = os.waitstatus_to_exitcode(status)
            except ChildProcessError:
                self.returncode = -signal.SIGKILL
        return self.returncode

    def release(self) -> None:
        pass  # the events pipe is the caller's to close


class SpawnedProcess:
    def __init__(self, popen: subprocess.Popen[bytes]) -> None:
        self.popen = popen
        self.pid = popen.pid

    def poll(self) -> int | None:
        return self.popen.poll()

    def kill(self) -> None:
        if os.name == "posix":
            procs.kill_group(self.pid)  # started with a new session: its group is its pid
        with contextlib.suppress(OSError):
            self.popen.kill()

    def wait(self) -> int:
        return self.popen.wait()

    def release(self) -> None:
        if self.popen.stdout is not None:  # the caller closes its own duplicate of it
            self.popen.stdout.close()


class Control(Protocol):
    """Another input to watch while a check runs (the warm helper's stdin)."""

    def fileno(self) -> int: ...

    def cancel_requested(self) -> bool:
        """Read what is there without blocking; True to stop the check."""


@dataclass
class RawRun:
    """What the parent saw; outcome.py turns it into a Result."""

    events: list[wire.Event] = field(default_factory=list)
    ready: bool = False
    ended: bool = False  # the reporter's SessionEnded arrived
    timed_out: bool = False
    startup_timed_out: bool = False
    cancelled: bool = False
    exit_code: int | None = None
    left_running: int = 0
    traceback_dump: str = ""
    duration_ms: float = 0.0


def _read_until_done(
    reader: EventReader, run: RawRun, timeout: float, control: Control | None
) -> None:
    started = time.monotonic()
    deadline = started + STARTUP_ALLOWANCE
    if control is not None and control.cancel_requested():
        run.cancelled = True
        return
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            run.timed_out = run.ready
            run.startup_timed_out = not run.ready
            return
        what = reader.wait(remaining, control)
        if what == "timeout":
            continue
        if what == "control":
            if control is not None and control.cancel_requested():
                run.cancelled = True
                return
            continue
        events = reader.read_events()
        if events is None:
            return  # the child closed the pipe: it ended, or learner code closed it
        for data in events:
            event = wire.decode(data)
            if event is None:
                continue  # unknown or malformed: the guard's count of results says so
            run.events.append(event)
            if isinstance(event, wire.Ready) and not run.ready:
                run.ready = True
                deadline = time.monotonic() + timeout
            elif isinstance(event, wire.SessionEnded):
                run.ended = True
                return  # don't wait for end of file: a learner fork may hold the pipe


def _ask_for_traceback(process: CheckProcess, dump_file: Path) -> str:
    """faulthandler in the child writes where it is stuck when sent SIGUSR1."""
    if not hasattr(signal, "SIGUSR1"):
        return ""
    try:
        os.kill(process.pid, signal.SIGUSR1)
    except OSError:
        return ""
    deadline = time.monotonic() + 0.3
    last_size = -1
    while time.monotonic() < deadline:
        time.sleep(0.02)
        size = dump_file.stat().st_size if dump_file.exists() else 0
        if size and size == last_size:
            break
        last_size = size
    return _read_dump(dump_file)


def _read_dump(dump_file: Path) -> str:
    try:
        return dump_file.read_text(encoding="utf-8", errors="replace")[-20000:]
    except OSError:
        return ""


def _wait_for_exit(process: CheckProcess, seconds: float) -> int | None:
    deadline = time.monotonic() + seconds
    while True:
        code = process.poll()
        if code is not None or time.monotonic() > deadline:
            return code
        time.sleep(0.001)


def _stop(process: CheckProcess, known_children: set[int]) -> int:
    """Kill and reap the check's child, then every process it left; its exit code."""
    try:
        process.kill()
        return process.wait()
    finally:
        if os.name == "posix":
            procs.stop_everything(process.pid, process.pid, known_children)


def supervise(
    process: CheckProcess,
    events_fd: int,
    token: str,
    timeout: float,
    scratch: Path,
    known_children: set[int],
    control: Control | None = None,
) -> RawRun:
    started = time.monotonic()
    run = RawRun()
    reader = EventReader(events_fd, token)
    # The session ended and a warm helper reaps after answering: the exit code, read only
    # when a session did not end (messages.crash_message), is not waited for.
    # Forked checks only: a spawned check's launcher starts the next check's spare process
    # before the answer, which a deferred sweep would take for a leftover of this check.
    later = os.name == "posix" and procs.deferring() and isinstance(process, ForkedProcess)
    deferred = False
    try:
        _read_until_done(reader, run, timeout, control)
        if run.timed_out:
            run.traceback_dump = _ask_for_traceback(process, scratch / "traceback.txt")
        elif not run.cancelled and not (run.ended and later):
            run.exit_code = _wait_for_exit(process, EXIT_GRACE if run.ended else 2.0)
        if os.name == "posix":
            run.left_running = procs.count_left_running(process.pid, process.pid, known_children)
        if run.ended and later and not run.left_running:
            process.kill()  # its group too: it has nothing left to do
            procs.defer(lambda: _stop(process, known_children))
            deferred = True
    finally:
        if not deferred:
            code = _stop(process, known_children)
            if run.exit_code is None and not (run.timed_out or run.cancelled):
                run.exit_code = code
    if not run.traceback_dump and not run.ended:
        run.traceback_dump = _read_dump(scratch / "traceback.txt")  # a crash may have left one
    run.duration_ms = 1000 * (time.monotonic() - started)
    return run
