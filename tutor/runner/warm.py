"""WarmRunner: the front end's handle on the warm helper process.

The TUI is multi-threaded and must never fork itself, so it keeps one
single-threaded helper (tutor.runner.helper) that forks a child per check.
check() blocks and is meant for a worker thread; cancel() may be called from
any other thread.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from types import TracebackType

import tutor
from tutor.runner import messages
from tutor.runner.request import CheckRequest
from tutor.runner.result import Result
from tutor.runner.supervise import STARTUP_ALLOWANCE, EventReader

EXTRA_WAIT = 15.0  # on top of the check's own timeout: the helper cleans up, then answers


class WarmRunner:
    def __init__(self) -> None:
        self._process: subprocess.Popen[bytes] | None = None
        self._reader: EventReader | None = None
        self._token = ""
        self._check_lock = threading.Lock()  # one check at a time
        self._write_lock = threading.Lock()  # check() and cancel() both write to the helper
        self._cancelled = False

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
        self._token = secrets.token_hex(16)
        env = dict(os.environ)
        package_root = str(Path(tutor.__file__).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
        options: dict[str, object] = {}
        if os.name == "posix":
            options["start_new_session"] = True  # the terminal's Ctrl+C is not for the helper
        else:
            options["creationflags"] = getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)
        self._process = subprocess.Popen(
            [sys.executable, "-m", "tutor.runner.helper", self._token],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            cwd=tempfile.gettempdir(),  # not a learner folder: their files must not shadow ours
            close_fds=True,
            **options,  # type: ignore[arg-type]
        )
        assert self._process.stdout is not None
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

    def check(self, request: CheckRequest) -> Result:
        """Run one check in the helper; blocking. Never raises."""
        with self._check_lock:
            self._cancelled = False
            try:
                return self._check(request)
            except Exception as error:  # noqa: BLE001 - a Result never raises out of the runner
                self._stop_process()
                return self._error(request, f"The checker failed ({type(error).__name__}).")

    def _check(self, request: CheckRequest) -> Result:
        message = {"op": "check", "request": request.to_dict()}
        if not self.alive() or not self._send(message):
            # A helper that died (or was killed by learner code) is replaced, once.
            self._stop_process()
            self.start()
            if not self._send(message):
                self._stop_process()
                return self._error(request, "The checker could not be reached. Check again.")
        reader = self._reader
        assert reader is not None
        deadline = time.monotonic() + request.timeout + STARTUP_ALLOWANCE + EXTRA_WAIT
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                self._stop_process()
                return self._error(request, "The checker did not answer in time. Check again.")
            if reader.wait(remaining, None) != "data":
                continue
            events = reader.read_events()
            if events is None:  # the helper died mid-check; the next check starts a new one
                self._stop_process()
                text = (
                    messages.STOPPED
                    if self._cancelled
                    else (
                        "The checker stopped unexpectedly. Check again; if it keeps happening, "
                        "tell your instructor."
                    )
                )
                return self._error(request, text)
            for event in events:
                if event.get("event") == "result":
                    return Result.from_dict(event["result"])

    def cancel(self) -> None:
        """Stop the running check; check() then returns a Result saying it was stopped."""
        self._cancelled = True
        if os.name == "posix":
            self._send({"op": "cancel"})
        else:  # no select() on Windows pipes in the helper: stop the helper instead
            self._stop_process()

    def close(self) -> None:
        self._stop_process()

    def _stop_process(self) -> None:
        process, self._process, self._reader = self._process, None, None
        if process is None:
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

    @staticmethod
    def _error(request: CheckRequest, message: str) -> Result:
        return Result(status="error", exercise=request.exercise_id, message=message)
