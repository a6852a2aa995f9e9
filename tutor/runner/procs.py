"""Finding and stopping every process a check started, including strays.

A check's child leads its own process group; killing the group stops most of
what learner code starts. A process that called setsid() has left the group, so
on Linux the process that forks checks becomes a "child subreaper": orphans
below it are re-parented to it instead of to init, where /proc shows them.
Without /proc (macOS, Windows) only the group kill is available.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass

PR_SET_CHILD_SUBREAPER = 36
_subreaper = False
# Clean-ups a learner need not wait for (reaping a check's child that ended well), run by
# the warm helper once it has answered; see defer_cleanups().
_deferred: list[Callable[[], object]] = []
_deferring = False


@dataclass(frozen=True)
class ProcessInfo:
    pid: int
    state: str  # "Z" is a zombie: dead, waiting to be reaped
    parent: int
    group: int

    @property
    def alive(self) -> bool:
        return self.state not in ("Z", "X")


def become_subreaper() -> bool:
    """Make orphans of learner processes our children (Linux only); idempotent."""
    global _subreaper
    if not _subreaper and os.path.isdir("/proc"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            _subreaper = libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
        except (OSError, AttributeError):
            _subreaper = False
    return _subreaper


def process_table() -> dict[int, ProcessInfo]:
    """Every process /proc shows. Read with os.open/os.read relative to an open /proc, not
    open(): a buffered file object and a full path per process made a table of a
    desktop's ~300 processes cost 2x as much, and a check reads it twice before it
    answers (run.execute's children_of and count_left_running)."""
    table: dict[int, ProcessInfo] = {}
    try:
        proc = os.open("/proc", os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return table
    try:
        for name in os.listdir(proc):
            if not name.isdigit():
                continue
            try:
                fd = os.open(f"{name}/stat", os.O_RDONLY, dir_fd=proc)
            except OSError:
                continue  # it ended while we looked
            try:
                data = os.read(fd, 4096)  # one read: the kernel makes the line at once
            except OSError:
                continue
            finally:
                os.close(fd)
            # The command name may hold spaces and parentheses: split after the last ')'.
            end = data.rfind(b")")
            if end < 0:
                continue
            fields = data[end + 2 :].split(None, 3)
            pid = int(name)
            table[pid] = ProcessInfo(pid, fields[0].decode(), int(fields[1]), int(fields[2]))
    except OSError:
        pass  # /proc went away (unmounted): what was read so far
    finally:
        os.close(proc)
    return table


def children_of(pid: int, table: dict[int, ProcessInfo] | None = None) -> set[int]:
    table = process_table() if table is None else table
    return {info.pid for info in table.values() if info.parent == pid}


def descendants(roots: set[int], table: dict[int, ProcessInfo]) -> set[int]:
    found: set[int] = set()
    frontier = set(roots)
    while frontier:
        found |= frontier
        frontier = {i.pid for i in table.values() if i.parent in frontier} - found
    return found


def learner_processes(
    check_pid: int, group: int, known_children: set[int], table: dict[int, ProcessInfo]
) -> set[int]:
    """Everything the check started: its group, its descendants, and orphans re-parented to us."""
    me = os.getpid()
    orphans = children_of(me, table) - known_children - {check_pid}
    members = {i.pid for i in table.values() if i.group == group}
    found = descendants({check_pid} | orphans | members, table)
    found.discard(me)
    return found


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.kill(pid, signal.SIGKILL)


def kill_group(group: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(group, signal.SIGKILL)


def _reap(pid: int) -> bool:
    """True once pid is gone (reaped now, or not our child)."""
    try:
        done, _status = os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return done == pid


def count_left_running(check_pid: int, group: int, known_children: set[int]) -> int:
    """Live learner processes other than the check's child itself."""
    table = process_table()
    found = learner_processes(check_pid, group, known_children, table) - {check_pid}
    return sum(1 for pid in found if table[pid].alive) if table else 0


def stop_everything(
    check_pid: int, group: int, known_children: set[int], seconds: float = 3.0
) -> None:
    """Kill and reap every learner process; the check child must already be reaped or dead."""
    kill_group(group)
    deadline = time.monotonic() + seconds
    me = os.getpid()
    seen: set[int] = set()
    while True:
        table = process_table()
        if not table:
            return  # no /proc: the group kill is all we can do
        found = learner_processes(check_pid, group, known_children, table) - {check_pid}
        found = {pid for pid in found if pid in table}
        seen |= found
        for pid in found:
            if table[pid].alive:
                _kill(pid)
        pending = {pid for pid in found if table[pid].parent == me and not _reap(pid)}
        alive_elsewhere = {pid for pid in found if table[pid].parent != me}
        if not pending and not alive_elsewhere:
            return
        if time.monotonic() > deadline:
            return
        time.sleep(0.005)


def defer_cleanups() -> None:
    """For the warm helper: a check whose session ended, with nothing of the learner's
    left running, answers first and is reaped after (finish_deferred). Its child only
    has to exit, which takes 2-15 ms (the kernel frees its copy of the helper's memory,
    and without the sandbox its mount namespace) that the learner would wait for."""
    global _deferring
    _deferring = True


def deferring() -> bool:
    return _deferring


def defer(cleanup: Callable[[], object]) -> None:
    _deferred.append(cleanup)


def finish_deferred() -> None:
    """Run the deferred clean-ups: before the next check forks (a stray of this check
    must not be mistaken for the next one's) and before the helper exits."""
    while _deferred:
        cleanup = _deferred.pop(0)
        with contextlib.suppress(Exception):  # as the synchronous clean-up: never raises
            cleanup()
