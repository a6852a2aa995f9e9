"""The warm helper: a single-threaded process that forks one child per check.

Started by WarmRunner as `python -m tutor.runner.helper <token>`. It imports
pytest, the checks plugin and the libraries its fixtures use, runs pytest once
on a tiny generated test so every lazy import is done, then gc.freeze()s, so
that each forked child starts warm and shares memory with it.

Protocol (JSON lines): stdin gets {"op": "check", "id": n, "request": {...}} or
{"op": "cancel", "id": n} (sent only after check n: it stops check n, never a
later one; one with no id stops the running check); stdout gets
`<token>` and the answer (events.HELPER_ANSWER: the check's whole Result).
EOF on stdin (the front end is gone) stops the helper, and any running check.

With `--listen FD` (resident.py) the same protocol runs over each connection
to a listening socket, one front end after another: the end of a connection
stops its running check, and the helper leaves after `--idle` seconds alone.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import select
import signal
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

# A cold helper (`tutor check`, started in the sandbox) imports pytest and the runner with
# the cycle collector off, as prestart.py's child does: every object made here lives on,
# and the passes over them cost ~10 ms on the check's critical path.
if "--cold" in sys.argv[2:]:
    gc.disable()

import pytest  # noqa: E402 - after the collector is off

from tutor.runner import events, procs, protect, sandbox
from tutor.runner.child import import_checks_plugin, preload_checks_libraries
from tutor.runner.isolation import choose_isolation
from tutor.runner.pinned import child_environment, pytest_arguments, write_pinned_ini
from tutor.runner.reporter import CappedOutput, Reporter, make_emitter
from tutor.runner.request import CheckRequest
from tutor.runner.result import Result
from tutor.runner.run import execute
from tutor.runner.session import RunnerSession

WARM_UP_TEST = '''
def double(x):
    return 2 * x

def test_double():
    """doubles"""
    assert double(2) == 4

def test_compare():
    assert [double(1)] == [3], "fails on purpose: warms up the failure reports"
'''


class ControlChannel:
    """The helper's stdin, read without blocking while a check runs."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self._buffer = b""
        self.closed = False
        self.check_id: object = None  # the running check's id: only its cancel stops it

    def fileno(self) -> int:
        return self.fd

    def _fill(self, block: bool) -> None:
        if self.closed:
            return
        if not block and not select.select([self.fd], [], [], 0)[0]:
            return
        data = os.read(self.fd, 65536)
        if not data:
            self.closed = True
        self._buffer += data

    def _pop_line(self) -> bytes | None:
        if b"\n" not in self._buffer:
            return None
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line

    def next_message(self) -> dict[str, Any] | None:
        """Block until the next message; None once stdin is closed."""
        while True:
            line = self._pop_line()
            if line is not None:
                try:
                    message = json.loads(line)
                except ValueError:
                    continue
                if isinstance(message, dict):
                    return message
                continue
            if self.closed:
                return None
            self._fill(block=True)

    def cancel_requested(self) -> bool:
        self._fill(block=False)
        while True:
            line = self._pop_line()
            if line is None:
                return self.closed  # the front end is gone: stop the check too
            try:
                message = json.loads(line)
            except ValueError:
                continue
            if not isinstance(message, dict) or message.get("op") != "cancel":
                continue
            if message.get("id") in (None, self.check_id):
                return True


def warm_up() -> None:
    """One in-process pytest run, so the forked children inherit every lazy import."""
    saved = sys.stdout, sys.stderr
    with tempfile.TemporaryDirectory(prefix="tutor-warm-") as folder:
        root = Path(folder)
        test_file = root / "test_tutor_warm_up.py"
        test_file.write_text(WARM_UP_TEST, encoding="utf-8")
        request = CheckRequest("warm-up", root, [test_file])
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            emit = make_emitter(devnull, "warm-up")
            reporter = Reporter(emit, CappedOutput(1000))
            checks_plugin = import_checks_plugin()
            plugins = [reporter, *([checks_plugin] if checks_plugin else [])]
            pytest.main(pytest_arguments(request, write_pinned_ini(root)), plugins=plugins)
        finally:
            os.close(devnull)
            sys.stdout, sys.stderr = saved
        for name, module in list(sys.modules.items()):
            if str(getattr(module, "__file__", "") or "").startswith(folder):
                del sys.modules[name]


PR_SET_DUMPABLE = 4  # linux/prctl.h


def not_dumpable() -> None:
    """No process of the same user may read or write this one's memory (/proc/PID/mem),
    trace it or read its environment; forked checks inherit it.

    Inside the sandbox, a program a check starts runs as the same user as this helper:
    without this, it could rewrite the helper, or the check that started it, and forge
    the next result (docs/robustness.md). A program the check starts with exec is its
    own, dumpable again, which is harmless: it holds no token and no pipe to the front end.
    """
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def _option(name: str) -> str | None:
    arguments = sys.argv[2:]
    if name in arguments[:-1]:
        return arguments[arguments.index(name) + 1]
    return None


def main() -> int:
    # What this helper keeps between its checks (pytest's settings, rewritten test
    # modules, a spare process where checks are spawned); ended when the front end goes.
    with RunnerSession(reuse_setup=True) as session:
        return run(session)


def run(session: RunnerSession) -> int:
    token = sys.argv[1] if len(sys.argv) > 1 else ""
    if sandbox.inside():  # first thing: before any learner code can run beside it
        not_dumpable()
    cold = "--cold" in sys.argv[2:]  # a few checks only (`tutor check`): no warm-up
    listening = _option("--listen")  # resident.py: a listening socket, one front end at a time
    # Only the protocol may reach the front end: stray prints go to /dev/null.
    replies = None if listening else os.fdopen(os.dup(1), "w", encoding="utf-8")
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.close(devnull)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C belongs to the front end
    # The warm-up must load what checks load, and no more (autoloaded plugins bring Textual).
    environment = child_environment(dict(os.environ))
    os.environ.clear()
    os.environ.update(environment)
    if not cold:
        preload_checks_libraries()
        with contextlib.suppress(Exception):  # a failed warm-up only costs speed
            warm_up()
    elif choose_isolation(None) == "fork":
        # `tutor check`: set pytest up while the front end loads the course and takes the
        # snapshot (as prestart.py does without the sandbox), not after the request came.
        checks_plugin = import_checks_plugin()
        session.prepared.start_ahead([checks_plugin] if checks_plugin else [])
    protect.try_user_namespaces()  # once here, not in every check's child
    if os.name == "posix":
        procs.defer_cleanups()  # this loop reaps each check's child after answering
    if not cold:
        gc.collect()  # a long-lived helper: its children share the pages that stay
    gc.freeze()  # children share these pages instead of copying them on first GC
    gc.enable()  # the learner's code runs with the collector, as everywhere
    if choose_isolation(None) == "spawn":  # no fork here (Windows): a process waits instead
        session.spare.start()
    if listening is not None:
        return serve_resident(session, int(listening), token, float(_option("--idle") or 600))
    assert replies is not None
    control = ControlChannel(0)

    def send(line: str) -> None:
        replies.write(line)
        replies.flush()

    # A cold helper serves `tutor check` (one check, a spare would be killed unused) or
    # `tutor watch`: it forks spares once its front end has checked twice.
    serve(session, control, send, token, spare_after=1 if cold else 0)
    return 0


def serve_resident(session: RunnerSession, listening: int, token: str, idle: float) -> int:
    """Serve one front end after another (resident.py) until idle seconds pass without one."""
    import socket

    listener = socket.socket(fileno=listening)
    warmed = False
    while True:
        if not select.select([listener], [], [], idle)[0]:
            listener.setblocking(False)  # one that came just now is still served
            try:
                connection, _ = listener.accept()
            except BlockingIOError:
                return 0
            connection.setblocking(True)
        else:
            connection, _ = listener.accept()
        with connection:

            def send(line: str, connection: socket.socket = connection) -> None:
                with contextlib.suppress(OSError):  # the front end is gone: nothing to tell
                    connection.sendall(line.encode("utf-8"))

            serve(session, ControlChannel(connection.fileno()), send, token)
        if not warmed:  # after the first answer, not before: the learner waits for that one
            warmed = True
            with contextlib.suppress(Exception):
                preload_checks_libraries()
            gc.collect()
            gc.freeze()


def serve(
    session: RunnerSession,
    control: ControlChannel,
    send: Callable[[str], None],
    token: str,
    spare_after: int = 0,
) -> None:
    """Answer one front end's checks until it closes its end.

    spare_after: after that many answers, fork the next check's child after each
    (spare_fork.py), while the learner reads the result.
    """
    answered = 0
    # select() cannot watch a pipe on Windows: there WarmRunner cancels by stopping the helper.
    watch_while_checking = control if os.name == "posix" else None
    while True:
        message = control.next_message()
        if message is None:
            return
        if message.get("op") != "check":
            continue  # a cancel that arrived after its check ended
        control.check_id = message.get("id")
        try:
            request = CheckRequest.from_dict(message["request"])
            isolation = message.get("isolation")
            result = execute(
                request,
                isolation if isolation in ("fork", "spawn") else None,
                control=watch_while_checking,
                session=session,
            )
        except Exception as error:  # noqa: BLE001 - always answer
            result = Result(
                status="error", exercise=str(message.get("request", {}).get("exercise_id", "")),
                message=f"The checker could not read the request ({error}).",
            )  # fmt: skip
        answer = events.encode(events.HELPER_ANSWER, {"result": result.to_dict()})
        send(token + answer + "\n")
        # After the answer, not before: the learner does not wait for it, and the next
        # check is read only once it is done.
        procs.finish_deferred()  # reap the check's child (procs.defer_cleanups)
        if sandbox.inside():  # a fresh /tmp and /dev/shm for the next check
            sandbox.empty_private_folders()
        if control.closed:
            return
        answered += 1
        if answered > spare_after and os.name == "posix" and choose_isolation(None) == "fork":
            session.fork_spare()  # the next check's child, while the learner reads this one


if __name__ == "__main__":
    sys.exit(main())
