"""Process helpers for runner tests (a uniquely named module: every test folder has a conftest)."""

from __future__ import annotations

import os
from pathlib import Path


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
    recorded = [int(line) for line in pids.read_text().split()] if pids.exists() else []
    return host_pids(recorded)


def _namespace_pids(pid: int) -> list[int]:
    """The process's ids from the outermost pid namespace inwards (the NSpid line)."""
    try:
        with open(f"/proc/{pid}/status", encoding="utf-8") as status:
            for line in status:
                if line.startswith("NSpid:"):
                    return [int(part) for part in line.split()[1:]]
    except (OSError, ValueError):
        pass
    return [pid]


def host_pids(pids: list[int]) -> list[int]:
    """Pids a sandboxed learner program recorded (its own pid namespace, sandbox.py), as
    this process sees them: one of our descendants whose innermost id it is. A pid not
    found there is of a process that no longer exists (unsandboxed: the pid itself)."""
    from tutor.runner import procs, sandbox

    if not sandbox.wanted():
        return pids
    table = procs.process_table()
    inner = {}
    for host in procs.descendants({os.getpid()}, table):
        chain = _namespace_pids(host)
        if len(chain) > 1:
            inner[chain[-1]] = host
    return [inner[pid] for pid in pids if pid in inner]
