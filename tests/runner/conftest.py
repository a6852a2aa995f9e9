"""Every runner test must leave no process of the learner's behind."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tutor.runner import procs


def alive(pid: int) -> bool:
    """True while pid is a running (not zombie) process."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            data = stat.read()
    except OSError:
        return False
    return data[data.rindex(b")") + 2 :].split()[0] not in (b"Z", b"X")


def recorded_pids(workspace: Path) -> list[int]:
    pids = workspace / "pids.txt"
    return [int(line) for line in pids.read_text().split()] if pids.exists() else []


@pytest.fixture(autouse=True)
def no_new_children() -> Iterator[None]:
    """The test process (a subreaper after the first check) must get every child back."""
    before = procs.children_of(os.getpid())
    yield
    deadline = time.monotonic() + 2
    while time.monotonic() < deadline:
        left = procs.children_of(os.getpid()) - before
        if not left:
            return
        time.sleep(0.02)
    pytest.fail(f"processes left behind as our children: {sorted(left)}")
