"""WarmRunner: the front end's handle on the warm helper process.

The TUI is multi-threaded and must never fork itself, so it keeps one
single-threaded helper (tutor.runner.helper) that forks a child per check.
check() blocks and is meant for a worker thread. Each check has its own
CancelToken (given by the caller, or made here): a cancel from any thread
reaches the helper as {"op": "cancel", "id": n} for that check only, so it
cannot be lost before the check starts nor stop the next one.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

import tutor
from tutor.runner import cgroup, sandbox
from tutor.runner.cancel import CancelToken

# `tutor check` starts its sandboxed helper first thing (prestart.py): what only the
# check needs is imported after the helper has started (~15 ms sooner).
if TYPE_CHECKING:
    from types import TracebackType

    from tutor.runner.request import CheckRequest
    from tutor.runner.result import Result
    from tutor.runner.wire import EventReader

EXTRA_WAIT = 15.0  # on top of the check's own timeout: the helper cleans up, then answers
CANCEL_GRACE = 2.0  # a cancelled check whose helper has not answered by then: stop the helper


class WarmRunner:
    """warm_up: preload the checks' libraries and run pytest once before the first check
    (the TUI); False for a process that checks once or a few times (`tutor check`).
    sandboxed: run the helper in the sandbox (sandbox.py) where it works; view: the
    folders it shows at first (more are added, by starting again, when a check needs them).
    """

    def __init__(
        self, warm_up: bool = True, sandboxed: bool = True, view: sandbox.View | None = None
    ) -> None:
        self._warm_up = warm_up
        self._want_sandbox = sandboxed
        self._view = view or sandbox.learner_view()
        self.sandboxed = False  # whether the running helper is in the sandbox
        self._answered = False  # the running helper has answered a check
        self._process: subprocess.Popen[bytes] | None = None
        self._reader: EventReader | None = None
        self._token = ""
        self._check_lock = threading.Lock()  # one check at a time
        self._write_lock = threading.Lock()  # check() and cancel() both write to the helper
        self._running: CancelToken | None = None  # the token of the check in progress
        self._check_ids = 0  # numbers the checks, so a cancel names the check it is for
        self._cgroup: cgroup.CheckCgroup | None = None  # the running helper's (cgroup.py)
        self._cgroup_seen = cgroup.Counts()  # its counts when last read
        self._cgroup_news = cgroup.Counts()  # what its limits stopped since the check began
        self._cgroup_memory_mb = cgroup.MEMORY_MB  # for all the check's processes together

    def __enter__(self) -> WarmRunner:
        self.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process else None

    def alive(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self) -> None:
        """Start the helper; it warms up on its own while the caller goes on."""
        if self.alive():
            return
        self._stop_process()
        # As secrets.token_hex(16), without importing hashlib before bwrap starts (~5 ms).
        self._token = os.urandom(16).hex()
        env = dict(os.environ)
        package_root = str(Path(tutor.__file__).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
        posix = os.name == "posix"
        command = [sys.executable, "-m", "tutor.runner.helper", self._token]
        if not self._warm_up:
            command.append("--cold")
        self.sandboxed = self._want_sandbox and sandbox.wanted()
        if self.sandboxed:
            command = sandbox.command(sandbox.tutor_view().union(self._view)) + command
        # All the helper's processes together: memory and process count (cgroup.py).
        self._cgroup = cgroup.new_for_helper(self._cgroup_memory_mb)
        self._cgroup_seen = cgroup.Counts()
        if self._cgroup is not None:
            command = self._cgroup.wrap(command)
        self._answered = False
        # Not a learner folder: their files must not shadow ours (bwrap then goes to /tmp).
        cwd = "/" if self.sandboxed else _temporary_folder()
        self._process = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            cwd=cwd,
            close_fds=True,
            start_new_session=posix,  # the terminal's Ctrl+C is not for the helper
            creationflags=0 if posix else getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0),
        )
        assert self._process.stdout is not None
        from tutor.runner.wire import EventReader

        self._reader = EventReader(self._process.stdout.fileno(), self._token)

    def _send(self, message: dict[str, object]) -> bool:
        process = self._process
        if process is None or process.stdin is None:
            return False
        with self._write_lock:
            try:
                process.stdin.write(json.dumps(message).encode() + b"\n")
                process.stdin.flush()
                return True
            except (OSError, ValueError):
                return False

    def check(
        self,
        request: CheckRequest,
        isolation: str | None = None,
        cancel: CancelToken | None = None,
    ) -> Result:
        """Run one check in the helper; blocking. Never raises.

        cancel: this check's token (a cancelled one stops it, whenever it was set).
        """
        from tutor.runner import messages

        token = cancel or CancelToken()
        with self._check_lock:
            self._running = token
            try:
                if token.cancelled:
                    return self._error(request, messages.STOPPED)
                self._read_cgroup()
                self._cgroup_news = cgroup.Counts()  # only what happens in this check counts
                self._limit_cgroup(request.memory_mb)
                if self._want_sandbox and sandbox.wanted():
                    needed = sandbox.view_for(request)
                    if not self._view.covers(needed):  # a folder this sandbox does not show
                        self._view = self._view.union(needed)
                        self._stop_process()
                result = self._check(request, isolation, token)
                if not token.cancelled and self._sandbox_failed():
                    result = self._check(request, isolation, token)  # bwrap cannot start here
                self._answered = True
                return self._with_cgroup_news(result)
            except Exception as error:  # noqa: BLE001 - a Result never raises out of the runner
                self._stop_process()
                return self._error(request, f"The checker failed ({type(error).__name__}).")
            finally:
                self._running = None

    def _read_cgroup(self) -> None:
        """Add what the helper's cgroup stopped since it was last read to this check's news."""
        if self._cgroup is not None:
            counts = self._cgroup.counts()
            self._cgroup_news += counts - self._cgroup_seen
            self._cgroup_seen = counts

    def _limit_cgroup(self, memory_mb: int) -> None:
        """All the check's processes together may use TOGETHER times what each may."""
        self._cgroup_memory_mb = cgroup.TOGETHER * memory_mb
        found = self._cgroup
        changed = found is not None and found.memory_mb != self._cgroup_memory_mb
        if changed and found is not None and not found.set_memory_mb(self._cgroup_memory_mb):
            self._stop_process()  # the helper uses more now: a new one, a new cgroup

    def _with_cgroup_news(self, result: Result) -> Result:
        self._read_cgroup()
        if not self._cgroup_news:
            return result
        from tutor.runner import cgroup_outcome

        news, memory_mb = self._cgroup_news, self._cgroup_memory_mb
        return cgroup_outcome.explain(result, news, memory_mb, cgroup.PIDS_MAX)

    def _sandbox_failed(self) -> bool:
        """The sandboxed helper died before its first answer: is bwrap not allowed here?"""
        if not self.sandboxed or self._answered or self.alive():
            return False
        sandbox.status.cache_clear()
        found = sandbox.status()
        if found.active:
            return False
        sandbox.mark_broken(found.reason)
        self._stop_process()
        return True

    def _check(self, request: CheckRequest, isolation: str | None, token: CancelToken) -> Result:
        self._check_ids += 1
        check_id = self._check_ids
        message: dict[str, object] = {"op": "check", "id": check_id, "request": request.to_dict()}
        if isolation is not None:
            message["isolation"] = isolation
        if not self.alive() or not self._send(message):
            # A helper that died (or was killed by learner code) is replaced, once.
            self._stop_process()
            self.start()
            if not self._send(message):
                self._stop_process()
                return self._error(request, "The checker could not be reached. Check again.")
        # Registered after the check was sent: the helper reads the cancel after its check.
        forget = token.on_cancel(lambda: self._forward_cancel(check_id))
        try:
            return self._wait_for_result(request, token)
        finally:
            forget()

    def _forward_cancel(self, check_id: int) -> None:
        if os.name == "posix":
            self._send({"op": "cancel", "id": check_id})
        else:  # no select() on Windows pipes in the helper: stop the helper instead
            self._stop_process()

    def _wait_for_result(self, request: CheckRequest, token: CancelToken) -> Result:
        from tutor.runner import messages
        from tutor.runner.result import Result
        from tutor.runner.wire import STARTUP_ALLOWANCE, helper_answer

        reader = self._reader
        if reader is None:  # stopped by a cancel meanwhile (Windows)
            return self._error(request, messages.STOPPED)
        deadline = time.monotonic() + request.timeout + STARTUP_ALLOWANCE + EXTRA_WAIT
        stop_by: float | None = None  # when a cancelled check must have answered
        while True:
            now = time.monotonic()
            if token.cancelled and stop_by is None:
                stop_by = now + CANCEL_GRACE
            if stop_by is not None and now >= stop_by:  # the helper did not stop it: stop it
                self._stop_process()
                return self._error(request, messages.STOPPED)
            remaining = deadline - now
            if remaining <= 0:
                self._stop_process()
                return self._error(request, "The checker did not answer in time. Check again.")
            # Wake now and then: a cancel is noticed here even if the helper never answers.
            if reader.wait(min(remaining, 0.25), None) != "data":
                continue
            events = reader.read_events()
            if events is None:  # the helper died mid-check; the next check starts a new one
                self._stop_process()
                text = (
                    messages.STOPPED
                    if token.cancelled
                    else (
                        "The checker stopped unexpectedly. Check again; if it keeps happening, "
                        "tell your instructor."
                    )
                )
                return self._error(request, text)
            for event in events:
                answer = helper_answer(event)
                if answer is not None:
                    return Result.from_dict(answer)

    def cancel(self) -> None:
        """Stop the check in progress, if any (a check that has not started is not
        affected: give check() a CancelToken to stop one before it starts)."""
        token = self._running
        if token is not None:
            token.cancel()

    def close(self) -> None:
        self._stop_process()

    def _stop_process(self) -> None:
        process, self._process, self._reader = self._process, None, None
        if process is None:
            self._remove_cgroup()
            return
        try:
            if process.stdin is not None:
                process.stdin.close()  # EOF: the helper stops its check and exits
        except OSError:
            pass
        try:
            process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()
        self._remove_cgroup()

    def _remove_cgroup(self) -> None:
        """After the helper stopped: note what its cgroup's limits did, then remove it."""
        self._read_cgroup()
        found, self._cgroup = self._cgroup, None
        if found is not None:
            found.remove()

    @staticmethod
    def _error(request: CheckRequest, message: str) -> Result:
        from tutor.runner.result import Result

        return Result(status="error", exercise=request.exercise_id, message=message)


def _temporary_folder() -> str:
    import tempfile

    return tempfile.gettempdir()


_sandboxed: WarmRunner | None = None


def sandboxed_runner(view: sandbox.View | None = None, resident: bool = False) -> WarmRunner:
    """This process's sandboxed helper for run_check, started on first use (view: the
    folders to show at first; a check that needs more starts it again with them).
    resident: `tutor check` uses the learner's resident helper (resident.py) if it may."""
    global _sandboxed
    if _sandboxed is None:
        from tutor.runner import resident as residents

        if resident and residents.wanted():
            _sandboxed = residents.ResidentRunner(view)
        else:
            _sandboxed = WarmRunner(warm_up=False, view=view)
        _sandboxed.start()
    return _sandboxed


def sandboxed_helper_pid() -> int | None:
    return _sandboxed.pid if _sandboxed is not None else None


def close_sandboxed_runner() -> None:
    global _sandboxed
    runner, _sandboxed = _sandboxed, None
    if runner is not None:
        runner.close()
