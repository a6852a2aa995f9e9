"""The wire a check's events travel on, without the events' typed form.

Each event is one line: the run's secret token, then a JSON object whose
NAME_KEY names it (events.py has the names and the typed form). EventReader
splits a pipe or a socket into those objects; helper_answer finds the warm
helper's answer among them. A front end that only waits for a helper's answer
(WarmRunner, the resident helper's `tutor check`) needs nothing more, and so
does not import events.py's dataclasses or the local launch path (~25 ms of a
`tutor check`).
"""

from __future__ import annotations

import json
import os
import queue
import select
import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tutor.runner.supervise import Control

NAME_KEY = "event"  # the key of a wire object that names its event
# The warm helper's answer to its front end (helper.py -> warm.py): a whole Result.
HELPER_ANSWER = "result"
STARTUP_ALLOWANCE = 30.0  # seconds for the child to import pytest and be ready (spawn is slow)
MAX_LINE_BYTES = 16 * 1024 * 1024  # a line longer than any real event is garbage
MAX_PIPE_BYTES = 256 * 1024 * 1024


def helper_answer(data: dict[str, Any]) -> dict[str, Any] | None:
    """The Result (as Result.to_dict) in the warm helper's answer, else None."""
    result = data.get("result")
    if data.get(NAME_KEY) == HELPER_ANSWER and isinstance(result, dict):
        return result
    return None


class EventReader:
    """Splits the pipe into lines and keeps only those carrying the run's token."""

    def __init__(self, fd: int, token: str, threaded: bool | None = None) -> None:
        self.fd = fd
        self.token = token.encode()
        self._pending = b""
        self._total = 0
        self._queue: queue.Queue[bytes] | None = None
        self._stash = b""  # what the Windows reader thread handed over last
        if os.name == "nt" if threaded is None else threaded:  # no select() on Windows pipes
            self._queue = queue.Queue()
            threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        assert self._queue is not None
        while True:
            try:
                data = os.read(self.fd, 65536)
            except OSError:
                data = b""
            self._queue.put(data)
            if not data:
                return

    def wait(self, seconds: float, control: Control | None) -> str:
        """'data', 'control' or 'timeout'."""
        if self._queue is not None:
            try:
                data = self._queue.get(timeout=max(seconds, 0))
            except queue.Empty:
                return "timeout"
            self._stash = data
            return "data"
        watched = [self.fd] + ([control.fileno()] if control is not None else [])
        readable, _, _ = select.select(watched, [], [], max(seconds, 0))
        if self.fd in readable:
            return "data"
        return "control" if readable else "timeout"

    def read_events(self) -> list[dict[str, Any]] | None:
        """The wire objects in what is available now (events.decode types them);
        None at end of file or after a flood."""
        if self._queue is not None:
            data = self._stash
        else:
            try:
                data = os.read(self.fd, 1 << 20)
            except OSError:
                data = b""
        self._total += len(data)
        if not data or self._total > MAX_PIPE_BYTES:
            return None
        lines = (self._pending + data).split(b"\n")
        self._pending = lines.pop()
        if len(self._pending) > MAX_LINE_BYTES:
            self._pending = b""
        events = []
        for line in lines:
            # Learner bytes written without a newline may sit in front of a real line.
            start = line.find(self.token)
            if start < 0:
                continue
            try:
                event = json.loads(line[start + len(self.token) :])
            except ValueError:
                continue
            if isinstance(event, dict) and isinstance(event.get(NAME_KEY), str):
                events.append(event)
        return events
