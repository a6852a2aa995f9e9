"""Process helpers for runner tests (a uniquely named module: every test folder has a conftest)."""

from __future__ import annotations

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
    return [int(line) for line in pids.read_text().split()] if pids.exists() else []
