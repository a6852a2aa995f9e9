"""Limits for all of a check's processes together: one cgroup per sandboxed helper.

RLIMIT_AS limits each process (child.py); a program that starts N processes could
still use N times that. A cgroup limits them together: memory (`MEMORY_MB`, twice a
check's per-process limit, on top of `TUTOR_MB` for the tutor's own processes) and the
number of processes (`PIDS_MAX`). The tutor makes
one child cgroup, `tutor-check-<pid>-<n>`, of the cgroup it runs in for each helper
it starts (runner/warm.py), and puts the helper in it as it starts: wrap() puts a
tiny `sh` in front of bwrap that writes its own pid into the cgroup, then execs
bwrap, so every process of the check is in it from its first instruction (Python
3.11 cannot pass a cgroup to clone3). After the helper has stopped, remove() waits
for its processes to end (killing what is left) and removes the cgroup.

Where they can be made (cgroup v2 delegated to the tutor, or v1 as root) is
runner/cgroup_find.py's to find; elsewhere none is made, and `tutor doctor` says why
(status()).

TUTOR_CGROUP=off: never make one.

For a process that starts a long-lived helper (warm.py does this):

    made = cgroup.new_for_helper(cgroup.TOGETHER * request.memory_mb)  # None: no cgroup
    process = subprocess.Popen(made.wrap(argv) if made else argv, ...)
    seen = made.counts()                 # before a check
    ...                                  # the check
    stopped = made.counts() - seen       # what the limits did in it (Counts, falsy if nothing)
    result = cgroup_outcome.explain(result, stopped, made.memory_mb, made.pids_max)
    ...                                  # after the helper has stopped (or to stop it):
    made.remove()
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import os
import signal
import time
from collections.abc import Iterable
from typing import NamedTuple

from tutor.runner import cgroup_find
from tutor.runner.cgroup_find import write as _write

SWITCH_ENV = "TUTOR_CGROUP"  # "off": no cgroup
TOGETHER = 2  # all of a check's processes together may use twice what each one may
MEMORY_MB = TOGETHER * 1024  # for request.memory_mb's 1024 MB per process
# On top of what the learner's processes may use together: the helper, the check's own
# child and the page cache of the check's files (as RLIMIT_AS is on top of the checker's
# use). Without it an exercise with a small memory_mb could starve the helper itself.
TUTOR_MB = 256
PIDS_MAX = 128  # processes (threads count too) a check's helper and learner code may have
PREFIX = cgroup_find.CHECK_PREFIX  # then <pid of the tutor>-<n>
REMOVE_WAIT_S = 3.0  # for the processes of a stopped helper to end before rmdir
_numbers = itertools.count(1)


class Counts(NamedTuple):
    """What the cgroup's limits did so far: processes killed for memory, forks refused."""

    oom_kills: int = 0
    forks_refused: int = 0

    def __sub__(self, other: tuple[int, ...]) -> Counts:
        return Counts(self[0] - other[0], self[1] - other[1])

    def __add__(self, other: tuple[int, ...]) -> Counts:  # type: ignore[override]
        return Counts(self[0] + other[0], self[1] + other[1])

    def __bool__(self) -> bool:
        return self.oom_kills > 0 or self.forks_refused > 0


class Status(NamedTuple):
    active: bool
    reason: str  # where the cgroups are made, or why none can be
    version: int = 0  # 2 or 1 when active


class CheckCgroup:
    """One cgroup (v2) or pair of cgroups (v1: memory, pids) for one helper's processes."""

    def __init__(self, version: int, folders: tuple[str, ...], memory_mb: int, pids_max: int):
        self.version = version
        self.folders = folders
        self.memory_mb = memory_mb
        self.pids_max = pids_max
        self.owner = os.getpid()  # a forked child that exits normally must not remove it

    @property
    def path(self) -> str:
        return self.folders[0]

    def __repr__(self) -> str:
        return f"CheckCgroup(v{self.version}, {', '.join(self.folders)})"

    def wrap(self, argv: list[str]) -> list[str]:
        """argv, started inside this cgroup: `sh` joins it, then execs argv (~1 ms)."""
        joins = " ".join(f"echo $$ > {_quoted(f + '/cgroup.procs')} &&" for f in self.folders)
        return ["/bin/sh", "-c", f'{joins} exec "$@"', "tutor-cgroup", *argv]

    def set_memory_mb(self, memory_mb: int) -> bool:
        """Change the memory limit (a check that allows its processes more, or less).
        False where the kernel refused (v1: lower than what is in use now)."""
        try:
            _set_memory(self.version, self.path, memory_mb)
        except OSError:
            return False
        self.memory_mb = memory_mb
        return True

    def add_process(self, pid: int) -> None:
        """Move a running process (a host pid) in: for a helper that starts its own processes
        outside this module's wrap(). Its children started before the move stay out."""
        for folder in self.folders:
            _write(os.path.join(folder, "cgroup.procs"), str(pid))

    def counts(self) -> Counts:
        """Since the cgroup was made: processes the kernel killed for memory, forks refused."""
        if self.version == 2:
            oom = _field(os.path.join(self.path, "memory.events"), "oom_kill")
        else:
            oom = _field(os.path.join(self.path, "memory.oom_control"), "oom_kill")
        return Counts(oom, _field(os.path.join(self.folders[-1], "pids.events"), "max"))

    def facts(self) -> dict[str, object]:
        """What from_facts() needs to find it again (the resident helper's info.json)."""
        return {
            "version": self.version,
            "folders": list(self.folders),
            "memory_mb": self.memory_mb,
            "pids_max": self.pids_max,
        }

    def oom_killed(self) -> bool:
        return self.counts().oom_kills > 0

    def processes(self) -> list[int]:
        pids: set[int] = set()
        for folder in self.folders:
            procs = os.path.join(folder, "cgroup.procs")
            with contextlib.suppress(OSError, ValueError), open(procs, encoding="ascii") as lines:
                pids.update(int(line) for line in lines if line.strip())
        return sorted(pids)

    def remove(self, wait_s: float = REMOVE_WAIT_S) -> bool:
        """Remove the cgroup once its processes have ended; those still there after a short
        wait are killed (they can only be the learner's). True when it is gone."""
        _made.discard(self)
        start = time.monotonic()
        killed = False
        while left := self.processes():
            waited = time.monotonic() - start
            if waited > wait_s / 2 and not killed or waited > wait_s:
                self._kill(left)
                if killed:
                    break
                killed = True
            time.sleep(0.005)
        gone = True
        for folder in self.folders:
            for _ in range(200):  # an exited process leaves the cgroup a moment later
                try:
                    os.rmdir(folder)
                    break
                except FileNotFoundError:
                    break
                except OSError:
                    time.sleep(0.005)
            gone = gone and not os.path.isdir(folder)
        return gone

    def _kill(self, pids: Iterable[int]) -> None:
        if self.version == 2 and os.path.exists(os.path.join(self.path, "cgroup.kill")):
            with contextlib.suppress(OSError):
                _write(os.path.join(self.path, "cgroup.kill"), "1")
                return
        for pid in pids:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)


def switched_off() -> bool:
    return os.environ.get(SWITCH_ENV, "").lower() in ("off", "0", "no")


def new_for_helper(memory_mb: int = MEMORY_MB, pids_max: int = PIDS_MAX) -> CheckCgroup | None:
    """A new cgroup with the limits set, for one helper (wrap() its command); None where
    none can be made (status() says why) or TUTOR_CGROUP=off."""
    if switched_off():
        return None
    found = cgroup_find.parents()
    if isinstance(found, str):
        return None
    cgroup_find.sweep_once(found)
    name = f"{PREFIX}{os.getpid()}-{next(_numbers)}"
    folders = (
        (os.path.join(found.memory, name),)
        if found.version == 2
        else (os.path.join(found.memory, name), os.path.join(found.pids, name))
    )
    made: list[str] = []
    try:
        for folder in folders:
            os.mkdir(folder, 0o755)
            made.append(folder)
        _set_limits(found.version, folders, memory_mb, pids_max)
    except OSError:
        for folder in reversed(made):
            with contextlib.suppress(OSError):
                os.rmdir(folder)
        return None
    made_now = CheckCgroup(found.version, folders, memory_mb, pids_max)
    if not _made and not _at_exit:
        atexit.register(remove_all)
        _at_exit.append(True)
    _made.add(made_now)
    return made_now


def keep(made: CheckCgroup) -> None:
    """made outlives this process with its helper (runner/resident.py): not removed at exit.
    Once its helper has ended, the next tutor that makes a cgroup removes it (empty)."""
    _made.discard(made)


def from_facts(facts: object) -> CheckCgroup | None:
    """The cgroup CheckCgroup.facts() described, if it is still there and one of ours."""
    if not isinstance(facts, dict):
        return None
    version, folders = facts.get("version"), facts.get("folders")
    memory_mb, pids_max = facts.get("memory_mb"), facts.get("pids_max")
    if not (isinstance(version, int) and isinstance(folders, list) and folders):
        return None
    if not (isinstance(memory_mb, int) and isinstance(pids_max, int)):
        return None
    paths = tuple(str(folder) for folder in folders)
    if not all(os.path.basename(p).startswith(PREFIX) and os.path.isdir(p) for p in paths):
        return None
    return CheckCgroup(version, paths, memory_mb, pids_max)


_made: set[CheckCgroup] = set()  # this process's cgroups that are not removed yet
_at_exit: list[bool] = []  # whether remove_all is registered


def remove_all(in_background: bool = False) -> None:
    """At exit (atexit, and `tutor check`'s quick exit, which skips atexit): the helpers'
    work is done (`tutor check` leaves its helper running until its own end): stop what
    is left in this process's cgroups, and remove them.

    in_background: leave it to a forked process, so that the caller can exit now (waiting
    for a killed helper to end and for rmdir took ~5-10 ms of every `tutor check`). The
    helper ends with its parent anyway (bwrap --die-with-parent; end of file on stdin)."""
    left = [made for made in _made if made.owner == os.getpid()]
    _made.clear()
    if not left:
        return
    if in_background and hasattr(os, "fork"):
        try:
            pid = os.fork()
        except OSError:
            pid = -1
        if pid == 0:  # the cleaner: holds no pipe of the caller's, so no reader waits for it
            try:
                os.setsid()
                nothing = os.open(os.devnull, os.O_RDWR)
                for fd in (0, 1, 2):
                    os.dup2(nothing, fd)
                os.closerange(3, 65536)
                for made in left:
                    made.remove()
            finally:
                os._exit(0)
        if pid > 0:
            return
    for made in left:
        made.remove(wait_s=0)


def _set_limits(version: int, folders: tuple[str, ...], memory_mb: int, pids_max: int) -> None:
    _set_memory(version, folders[0], memory_mb)
    if version == 2:
        swap = os.path.join(folders[0], "memory.swap.max")
        if os.path.exists(swap):
            _write(swap, "0")
    _write(os.path.join(folders[-1], "pids.max"), str(pids_max))


def _set_memory(version: int, folder: str, memory_mb: int) -> None:
    limit = str((memory_mb + TUTOR_MB) * 1024 * 1024)
    if version == 2:
        _write(os.path.join(folder, "memory.max"), limit)
        return
    # v1: memory+swap may not be below memory: change them in the order that keeps that true.
    files = [os.path.join(folder, "memory.limit_in_bytes")]
    swap = os.path.join(folder, "memory.memsw.limit_in_bytes")
    if os.path.exists(swap):  # memory and swap together: no swap beyond the memory limit
        files.append(swap)
        if _number(swap) < int(limit):
            files.reverse()
    for path in files:
        _write(path, limit)


def status() -> Status:
    """Whether each helper gets a cgroup here, and where; or why not."""
    if switched_off():
        return Status(False, f"switched off ({SWITCH_ENV}=off)")
    found = cgroup_find.parents()
    if isinstance(found, str):
        return Status(False, found)
    trial = new_for_helper()
    if trial is None:
        return Status(False, f"the tutor may not make cgroups in {found.memory}")
    trial.remove()
    where = found.memory if found.version == 2 else f"{found.memory} and {found.pids}"
    return Status(True, f"cgroup v{found.version}, made in {where}", found.version)


def _quoted(text: str) -> str:
    """For sh, as shlex.quote (not imported: `tutor check` starts its helper first thing)."""
    return "'" + text.replace("'", "'\\''") + "'"


def _field(path: str, key: str) -> int:
    with contextlib.suppress(OSError, ValueError), open(path, encoding="ascii") as file:
        for line in file:
            name, _, value = line.partition(" ")
            if name == key:
                return int(value)
    return 0


def _number(path: str) -> int:
    try:
        with open(path, encoding="ascii") as file:
            return int(file.read().strip() or 0)
    except (OSError, ValueError):
        return 0
