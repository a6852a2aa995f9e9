"""CancelToken: one check's own "stop" switch, passed down from the front end.

A token belongs to one check and is never reset: a cancel cannot be cleared by
the next check (which has a token of its own), and a cancel that comes before
the check reached the runner (while the snapshot is taken) is still seen when
it does. Whoever runs the check asks `cancelled`, or registers a callback that
forwards the cancel to where the check runs (the warm helper's stdin).
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class CancelToken:
    """Set once, from any thread; callbacks run in the thread that cancels."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._callbacks: list[Callable[[], None]] = []

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def cancel(self) -> None:
        with self._lock:
            if self._cancelled:
                return
            self._cancelled = True
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()

    def on_cancel(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Call `callback` on cancel (at once if already cancelled); returns its remover."""
        with self._lock:
            if not self._cancelled:
                self._callbacks.append(callback)
                return lambda: self._forget(callback)
        callback()
        return lambda: None

    def _forget(self, callback: Callable[[], None]) -> None:
        with self._lock:
            if callback in self._callbacks:
                self._callbacks.remove(callback)
