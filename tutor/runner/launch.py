"""The ways a check's child is started, one class each behind one protocol (Launcher).

- ForkLauncher: fork this single-threaded process (the CLI, `tutor watch`, the
  warm helper); the child inherits pytest, the checks plugin and the session's
  caches (rewritten test modules, pytest's parsed settings).
- PrestartedForkLauncher: `tutor check`'s child, forked first thing and already
  set up (prestart.py); it is sent the request down a pipe.
- SpawnLauncher: a new `python -m tutor.runner.child` per check, where there is no
  fork (Windows, TUTOR_RUNNER_ISOLATION=spawn, a process with busy threads).
- SpareSpawnLauncher: the same, but the process was started ahead of the check by
  the session (spawned.SpareProcess), and the next one is started when it ends.

run.execute asks choose_launcher() which one (unless the caller brings one), then
starts the child, supervises it and calls finished(). Launchers hold no state of
their own between checks: what is kept is in the caller's RunnerSession.
"""

from __future__ import annotations

import contextlib
import os
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from tutor.runner import sandbox, spawned
from tutor.runner.isolation import Isolation, choose_isolation
from tutor.runner.pinned import hard_exit
from tutor.runner.request import CheckRequest, setup_line
from tutor.runner.supervise import CheckProcess, ForkedProcess

if TYPE_CHECKING:
    from tutor.runner.prestart import PrestartedChild
    from tutor.runner.session import RunnerSession


@dataclass(frozen=True)
class Started:
    """A check's child, running: the process, and the descriptor its events arrive on
    (the caller closes it)."""

    process: CheckProcess
    events_fd: int


class Launcher(Protocol):
    def start(self, request: CheckRequest, token: str, scratch: Path) -> Started:
        """Start the child for this request (token: the run's secret; scratch: its folder)."""
        ...

    def finished(self) -> None:
        """The check has ended and its child is gone."""
        ...


def choose_launcher(isolation: Isolation | None, session: RunnerSession) -> Launcher:
    """How to start the next check's child, for a caller that brought no launcher."""
    if choose_isolation(isolation) == "fork":
        # Fork wherever it is safe (a single-threaded process that has fork): the child
        # starts with pytest imported and the session's caches in its memory.
        return ForkLauncher(session)
    session.take_forked_spare(None)  # a spare forked for the last check waits for nothing now
    if session.reuse_setup:
        # No fork, and this caller checks again: the next check's process is started
        # ahead, while the learner reads the result, so it has imported pytest by then.
        return SpareSpawnLauncher(session)
    # No fork, one check: a spare would only be killed unused.
    return SpawnLauncher()


class ForkLauncher:
    def __init__(self, session: RunnerSession) -> None:
        self.session = session

    def start(self, request: CheckRequest, token: str, scratch: Path) -> Started:
        # pytest is imported here, not at the top: `tutor check` forks before it needs it.
        from tutor.runner.child import import_checks_plugin, run_child

        # Once per process: later children (`tutor watch`) start with the plugin's libraries.
        checks_plugin = import_checks_plugin()
        rewritten = self.session.rewritten
        reuse = self.session.reuse_setup
        if request.cache_folder is not None and not reuse:
            pass  # the child reads and fills the disk cache itself (RewriteCache.use_in_child)
        elif request.cache_folder is not None and sandbox.inside():
            # A sandboxed helper (often one check only): the disk cache saves the rewrite.
            learner = os.path.realpath(request.workspace)
            instructors = [
                path
                for path in request.test_files
                if not os.path.realpath(path).startswith(learner.rstrip(os.sep) + os.sep)
            ]
            rewritten.prepare_from_disk(instructors, request.cache_folder)
        rewritten.prepare(request.test_files)
        config = None
        if reuse:  # a long-lived process: parse pytest's settings once, not per check
            plugins = [checks_plugin] if checks_plugin else []
            config = self.session.prepared.prepare(request, plugins)
        spare = self.session.take_forked_spare(config)  # forked ahead (spare_fork.py)
        started = spare.launch(request, token, scratch) if spare is not None else None
        if started is not None:
            return started
        read_end, write_end = os.pipe()
        with warnings.catch_warnings():
            # Python 3.12+ warns about forking with threads; see isolation.IDLE_LIBRARY_THREADS.
            warnings.simplefilter("ignore", DeprecationWarning)
            pid = os.fork()
        if pid == 0:  # the child: never returns
            try:
                os.close(read_end)
                run_child(request, write_end, token, scratch, config, rewritten)
            finally:
                hard_exit(1)  # not os._exit: learner code may have replaced it
        os.close(write_end)
        with contextlib.suppress(OSError):  # also done in the child; either may run first
            os.setpgid(pid, pid)
        return Started(ForkedProcess(pid), read_end)

    def finished(self) -> None:
        pass


class PrestartedForkLauncher:
    """Used once: the child PrestartedChild forked before the request was known."""

    def __init__(self, child: PrestartedChild) -> None:
        self.child = child

    def start(self, request: CheckRequest, token: str, scratch: Path) -> Started:
        # Taken only now: if the check never starts (a bad request), closing the
        # PrestartedChild still stops its process.
        setup_fd, events_fd = self.child.take_pipes()
        try:
            with contextlib.suppress(OSError):  # the child died already: supervise says so
                os.write(setup_fd, setup_line(request, token, scratch))
        finally:
            os.close(setup_fd)
        return Started(ForkedProcess(self.child.pid), events_fd)

    def finished(self) -> None:
        pass


class SpawnLauncher:
    def start(self, request: CheckRequest, token: str, scratch: Path) -> Started:
        # Not the learner's folder: a learner's pytest.py there must not shadow pytest.
        popen = spawned.start_child(cwd=scratch)
        process, events_fd = spawned.send_request(popen, request, token, scratch)
        return Started(process, events_fd)

    def finished(self) -> None:
        pass


class SpareSpawnLauncher:
    def __init__(self, session: RunnerSession) -> None:
        self.session = session

    def start(self, request: CheckRequest, token: str, scratch: Path) -> Started:
        popen = self.session.spare.take()
        if popen is None:  # none yet (the first check), or it died waiting
            popen = spawned.start_child(cwd=scratch)
        process, events_fd = spawned.send_request(popen, request, token, scratch)
        return Started(process, events_fd)

    def finished(self) -> None:
        if self.session.reuse_setup:  # not once the session is closed
            self.session.spare.start()  # this caller checks again: have the next one ready
