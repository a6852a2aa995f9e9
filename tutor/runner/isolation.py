"""Fork or spawn: how a check's child is started on this platform, in this process.

Kept apart from run.py and free of heavy imports: `tutor check` asks it before
anything else is imported, to fork its child first (prestart.py).
"""

from __future__ import annotations

import os
import threading
from typing import Literal

Isolation = Literal["fork", "spawn"]

# Threads that libraries start at import and that only wait for work: forking past
# them is safe (quickjs starts one for quickjs.Function, which must not be used in
# a check's child because that thread does not exist there; quickjs.Context is fine).
IDLE_LIBRARY_THREADS = ("quickjs-worker",)


def _busy_threads() -> int:
    return sum(
        1
        for thread in threading.enumerate()
        if thread is not threading.main_thread()
        and not thread.name.startswith(IDLE_LIBRARY_THREADS)
    )


def choose_isolation(isolation: Isolation | None) -> Isolation:
    wanted = isolation or os.environ.get("TUTOR_RUNNER_ISOLATION")
    if wanted is None and _busy_threads():
        # Forking a multi-threaded process can deadlock the child (a lock held by
        # another thread is copied locked); a caller that asks for fork gets it.
        wanted = "spawn"
    if wanted in (None, "fork") and hasattr(os, "fork"):
        return "fork"
    return "spawn"
