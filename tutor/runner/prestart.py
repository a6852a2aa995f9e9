"""PrestartedChild: a one-shot `tutor check` forks its child before it knows the check.

Importing pytest and setting up its plugins takes ~110 ms, about as long as
everything else `tutor check` does (importing the tutor, parsing arguments,
loading the course, snapshotting the learner's files). So the CLI forks first
thing, before it imports anything of its own: the child imports pytest and
registers its plugins on one core while the parent gets the request ready on
the other, then sends it down a pipe. The learner's code only runs after
that, so the snapshot still comes first.

This module imports next to nothing, so that the fork comes early. Only where
fork is safe (isolation.choose_isolation); elsewhere start() gives None and
the check forks or spawns as usual.
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import warnings
from collections.abc import Callable
from typing import TYPE_CHECKING, NoReturn

from tutor.runner.isolation import choose_isolation

if TYPE_CHECKING:
    from tutor.runner.request import CheckRequest
    from tutor.runner.result import Result

# Bound at import, before any learner code: see pinned.hard_exit.
_hard_exit = os._exit


class PrestartedChild:
    """One check's child, forked early and waiting for its request. Use once, then close."""

    def __init__(self, pid: int, setup_fd: int, events_fd: int) -> None:
        self.pid = pid
        self._setup_fd: int | None = setup_fd
        self._events_fd: int | None = events_fd

    @classmethod
    def start(cls, argv: list[str] | None = None) -> PrestartedChild | None:
        """argv: the command line, for --course (where the sandbox must show the course)."""
        from tutor.runner import sandbox

        if sandbox.wanted():
            return SandboxedStart.start(argv or [])
        if not hasattr(os, "fork") or choose_isolation(None) != "fork":
            return None
        return cls(*fork_waiting(_wait_for_request))

    def run(self, request: CheckRequest) -> Result:
        """Send the request and supervise the check, as run_check does."""
        from tutor.runner.launch import PrestartedForkLauncher
        from tutor.runner.run import execute

        return execute(request, launcher=PrestartedForkLauncher(self))

    def take_pipes(self) -> tuple[int, int]:
        """The request's pipe and the events' pipe, for PrestartedForkLauncher (once)."""
        assert self._setup_fd is not None and self._events_fd is not None, "used once only"
        pipes = self._setup_fd, self._events_fd
        self._setup_fd = self._events_fd = None
        return pipes

    def close(self) -> None:
        """Stop the child if it was never used (a quiz, a bad name, Ctrl+C)."""
        if self._setup_fd is None:
            return  # used: execute has reaped it
        os.close(self._setup_fd)
        self._setup_fd = None
        if self._events_fd is not None:
            os.close(self._events_fd)
            self._events_fd = None
        with contextlib.suppress(OSError):
            os.kill(self.pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)


class SandboxedStart(PrestartedChild):
    """Where checks are sandboxed: this process's sandboxed helper, started first thing.

    bwrap starts a new process, which cannot be forked before the check is known
    as PrestartedChild is. So the helper (runner/helper.py, without its warm-up)
    is started at once, in a sandbox that shows the course and the learner's
    exercise folders, and imports pytest on the other core meanwhile. A check
    that needs another folder (a TDD check's scratch copies) starts it again.
    Where it may, the helper is the learner's resident one (resident.py), which
    the first `tutor check` starts and the later ones find already warm.
    """

    @classmethod
    def start(cls, argv: list[str] | None = None) -> SandboxedStart:
        from tutor.runner import sandbox, warm

        argv = argv or []
        given = None
        if "--course" in argv[:-1]:
            given = argv[argv.index("--course") + 1]
        given = next((a.split("=", 1)[1] for a in argv if a.startswith("--course=")), given)
        from tutor.runner import resident

        lasting = resident.wanted()
        if lasting:  # shown from the start, so the first check does not start it again
            resident.make_cache_folder()
        runner = warm.sandboxed_runner(sandbox.learner_view(given), resident=lasting)
        started = cls(runner.pid or 0, -1, -1)
        started._used = False
        return started

    def run(self, request: CheckRequest) -> Result:
        from tutor.runner.run import run_check

        self._used = True
        return run_check(request)

    def close(self) -> None:
        """Stop the helper if no check came (a quiz, a bad name); after a check it leaves
        when this process's end closes its input (and may serve a TDD check's next run)."""
        if not self._used:
            from tutor.runner import warm

            warm.close_sandboxed_runner()


def fork_waiting(wait: Callable[[int, int], object]) -> tuple[int, int, int]:
    """Fork a child that runs wait(setup_fd, events_fd) and never returns: it reads its
    request from the one and writes its events to the other. The parent gets the pid,
    the request's end and the events' end."""
    setup_read, setup_write = os.pipe()
    events_read, events_write = os.pipe()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # see isolation.py
            pid = os.fork()
    except OSError:  # no process now (a limit): the pipes go too
        for fd in (setup_read, setup_write, events_read, events_write):
            os.close(fd)
        raise
    if pid == 0:  # the child: never returns
        try:
            os.close(setup_write)
            os.close(events_read)
            wait(setup_read, events_write)
        finally:
            _hard_exit(1)
    os.close(setup_read)
    os.close(events_write)
    # Its own group at once: Ctrl+C at the terminal is for the front end, which stops it.
    with contextlib.suppress(OSError):
        os.setpgid(pid, pid)
    return pid, setup_write, events_read


def _wait_for_request(setup_fd: int, events_fd: int) -> NoReturn:
    """In the child: set pytest up now, then wait for the request (end of file: not needed)."""
    with contextlib.suppress(OSError):  # Ctrl+C at the terminal is not for this process
        os.setpgid(0, 0)
    gc.disable()  # from here: importing pytest makes objects that all live (wait_and_run)
    from tutor.runner.child import wait_and_run

    wait_and_run(setup_fd, events_fd)
