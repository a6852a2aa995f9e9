"""Every runner test must leave no process of the learner's behind."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator

import pytest
from runner_procs import alive

from tutor.runner import procs


def reap_zombie_children() -> None:
    """A killed warm helper's orphans come to this process (a subreaper after run_check).

    They are dead already (the helper's children die with it); reaping keeps the
    process table tidy between tests.
    """
    for pid in procs.children_of(os.getpid()):
        if not alive(pid):
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, os.WNOHANG)


def _sandboxed_helper(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
            words = cmdline.read().split(b"\0")
    except OSError:
        return False
    return words[0].endswith(b"bwrap") and b"tutor.runner.helper" in words


@pytest.fixture(autouse=True)
def no_new_children() -> Iterator[None]:
    """No live process may be left as our child after a test.

    But a sandboxed helper (runner/sandbox.py): run_check keeps one per process, and
    a WarmRunner starts its helper again when a check needs a folder its sandbox lacks
    (each test's tmp_path). It lives as long as its runner, not the test.
    """
    before = procs.children_of(os.getpid())
    yield
    deadline = time.monotonic() + 2
    while time.monotonic() < deadline:
        reap_zombie_children()
        left = {
            pid
            for pid in procs.children_of(os.getpid()) - before
            if alive(pid) and not _sandboxed_helper(pid)
        }
        if not left:
            return
        time.sleep(0.02)
    pytest.fail(f"processes left running as our children: {sorted(left)}")
