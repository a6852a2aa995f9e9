"""wait_until for TUI tests (a uniquely named module: every test folder has a conftest)."""

from __future__ import annotations

import time
from collections.abc import Callable

from textual.pilot import Pilot


async def wait_until(
    pilot: Pilot[int], condition: Callable[[], object], timeout: float = 20.0
) -> None:
    """Let the app run until condition() is true (checks and git take real time)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {condition}")
        await pilot.pause(0.05)
