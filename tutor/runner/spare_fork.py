"""SpareFork: the warm helper's next check's child, forked while the learner reads a result.

A forked check's child starts by paying for the fork: the kernel copies the
helper's page tables, and each page of the helper's memory the child first
writes to (every Python object it touches: reading one writes its reference
count) is copied then, one page fault at a time. In a virtual machine that is
~4 us a fault and ~3,500 faults a check: 15-20 ms of a ~60 ms warm check.

So after each answer the helper (helper.serve) forks the next check's child
ahead, for the configuration the last check used (prepared.py). It detaches
from the helper's descriptors, touches what every check touches (pytest's
plugins and the modules the guard watches, integrity.take), then waits for its
request on a pipe. The learner's code runs only after the request came, in
run_child, exactly as in a child forked at that moment: no learner code has
run in the helper, and every learner process of the last check was stopped
before the spare was forked, so each check still starts from the same state.

Only for the configuration it was forked with, unchanged since (ForkLauncher
asks take()); any other check discards it and forks as before.
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import sys
from pathlib import Path
from types import CodeType, FunctionType, ModuleType
from typing import TYPE_CHECKING, NoReturn

from tutor.runner.pinned import hard_exit
from tutor.runner.request import CheckRequest, read_setup_line, setup_line

if TYPE_CHECKING:
    from _pytest.config import Config

    from tutor.runner.launch import Started
    from tutor.runner.rewrite_cache import RewriteCache


def _made(rewritten: RewriteCache) -> dict[str, CodeType]:
    """What the rewritten test modules are now (a change means the spare's copy is old)."""
    return {path: code for path, (_source, code) in rewritten.made.items()}


class SpareFork:
    """One forked child waiting for its request; used once (launch) or discarded."""

    def __init__(
        self, pid: int, setup_fd: int, events_fd: int, config: Config, made: dict[str, CodeType]
    ) -> None:
        self.pid = pid
        self._setup_fd: int | None = setup_fd
        self._events_fd: int | None = events_fd
        self.config = config
        self._made = made

    @classmethod
    def start(cls, config: Config, rewritten: RewriteCache) -> SpareFork:
        """Fork now (a single-threaded process, between checks)."""
        from tutor.runner.prestart import fork_waiting

        pid, setup_fd, events_fd = fork_waiting(
            lambda setup, events: _wait_for_request(setup, events, config, rewritten)
        )
        return cls(pid, setup_fd, events_fd, config, _made(rewritten))

    def fits(self, config: Config | None, rewritten: RewriteCache) -> bool:
        """Made for this configuration and these rewritten test modules, and still waiting."""
        if config is None or config is not self.config or self._setup_fd is None:
            return False
        if _made(rewritten) != self._made:
            return False
        try:
            done, _status = os.waitpid(self.pid, os.WNOHANG)
        except ChildProcessError:
            done = self.pid
        if done != 0:  # it ended (reaped now): its pid may be another process's soon
            self._close_pipes()
        return done == 0

    def launch(self, request: CheckRequest, token: str, scratch: Path) -> Started | None:
        """Send the request; None (and the spare is gone) if it could not be sent."""
        from tutor.runner.launch import Started
        from tutor.runner.supervise import ForkedProcess

        setup_fd, events_fd = self._setup_fd, self._events_fd
        assert setup_fd is not None and events_fd is not None, "used once only"
        try:
            line = setup_line(request, token, scratch)
            while line:
                line = line[os.write(setup_fd, line) :]
        except OSError:
            self.discard()
            return None
        self._setup_fd = self._events_fd = None
        os.close(setup_fd)
        return Started(ForkedProcess(self.pid), events_fd)

    def discard(self) -> None:
        """Stop and reap the spare if it was not used."""
        if self._setup_fd is None and self._events_fd is None:
            return  # used (the check's supervision reaps it), or already reaped
        self._close_pipes()
        with contextlib.suppress(OSError):
            os.killpg(self.pid, signal.SIGKILL)
        with contextlib.suppress(OSError):
            os.kill(self.pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)

    def _close_pipes(self) -> None:
        for fd in (self._setup_fd, self._events_fd):
            if fd is not None:
                os.close(fd)
        self._setup_fd = self._events_fd = None


def _touch_code() -> None:
    """Read the code of every function of every module loaded (and of their classes):
    running a function writes to its code object's page, which is then copied here,
    ahead, not while the learner waits (~330 of the ~520 faults left after the request)."""
    for module in list(sys.modules.values()):
        if not isinstance(module, ModuleType):
            continue
        for value in list(vars(module).values()):
            if type(value) is FunctionType:
                value.__code__  # noqa: B018 - the read is the point
            elif type(value) is type:
                for member in list(vars(value).values()):
                    if type(member) is FunctionType:
                        member.__code__  # noqa: B018


def _wait_for_request(
    setup_fd: int, events_fd: int, config: Config, rewritten: RewriteCache
) -> NoReturn:
    """In the spare: what needs no request now, then the check (run_child)."""
    from tutor.runner import child, integrity, prepared
    from tutor.runner.reporter import CappedOutput

    with contextlib.suppress(OSError):
        os.setpgid(0, 0)
    child._die_with_parent()
    events_fd = child._move_to_high_fd(events_fd)
    setup_fd = child._move_to_high_fd(setup_fd, below=events_fd)
    if os.name == "posix":
        child._close_inherited_fds(setup_fd, events_fd)
    child._std_fds_to_devnull()
    child._reset_signals()
    # pytest's complaints while its session starts are the check's startup output, as in
    # run_child (and its terminal writes there, from configure on).
    startup, saved = CappedOutput(20_000), (sys.stdout, sys.stderr)
    sys.stdout = sys.stderr = startup
    started = prepared.start_session(config, startup)
    sys.stdout, sys.stderr = saved
    # The pages of what each check touches first: copied now, not while the learner waits.
    with contextlib.suppress(Exception):
        integrity.take(config.pluginmanager)
        _touch_code()
    gc.freeze()  # the learner's collections need not walk pytest's session
    data = b""
    while not data.endswith(b"\n"):
        chunk = os.read(setup_fd, 65536)
        if not chunk:
            hard_exit(0)  # discarded, or the helper is gone
        data += chunk
    os.close(setup_fd)
    request, token, scratch = read_setup_line(data)
    if started is None:  # pytest.main says why the session could not start
        child.run_child(request, events_fd, token, scratch, None, rewritten, detached=True)
    child.run_child(request, events_fd, token, scratch, config, rewritten, True, started)
