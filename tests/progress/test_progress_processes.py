"""Two processes writing at once, and processes killed mid-write: nothing lost or broken."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tutor.progress import Progress

WRITER = """
import sys
from pathlib import Path
from tutor.progress import Progress

db, name, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
with Progress(db) as progress:
    for i in range(count):
        progress.record_check("shared", "fail", i, count, 1.0, snapshot=f"{name}-{i}")
        progress.record_hint("shared")
"""

# Prints each counter only after record_check has returned (committed).
KILLED_WRITER = """
import sys
from pathlib import Path
from tutor.progress import Progress

db, first = Path(sys.argv[1]), int(sys.argv[2])
progress = Progress(db)
i = first
while True:
    progress.record_check("kill", "fail", i, 0, 1.0, snapshot=str(i))
    progress.set_setting("last", i)
    print(i, flush=True)
    i += 1
"""


def python(script: str, *args: str, stdout: int | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", script, *args], text=True, stdout=stdout)


@pytest.mark.slow
def test_two_processes_lose_no_update(tmp_path: Path) -> None:
    db = tmp_path / "progress.sqlite3"  # not made yet: both processes create it at once
    writers = [python(WRITER, str(db), name, "200") for name in ("tui", "cli")]
    for writer in writers:
        assert writer.wait(timeout=120) == 0
    with Progress(db) as progress:
        attempts = progress.attempts("shared")
        assert len(attempts) == 400
        assert {a.snapshot for a in attempts} == {
            f"{name}-{i}" for name in ("tui", "cli") for i in range(200)
        }
        assert progress.hints_revealed("shared") == 400


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_mid_write_corrupts_nothing(tmp_path: Path) -> None:
    db = tmp_path / "progress.sqlite3"
    Progress(db).close()
    chooser = random.Random(1208)
    committed: list[int] = []
    for round_number in range(30):
        child = python(KILLED_WRITER, str(db), str(round_number * 100_000), stdout=subprocess.PIPE)
        assert child.stdout is not None
        for _ in range(chooser.randint(0, 25)):
            line = child.stdout.readline()
            if not line:
                break
            committed.append(int(line))
        time.sleep(chooser.uniform(0, 0.004))  # land somewhere inside the next write
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
        committed.extend(int(line) for line in child.stdout.read().split())
        child.stdout.close()
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    with Progress(db) as progress:
        stored = [a.passed for a in progress.attempts("kill")]
        assert set(committed) <= set(stored)  # every reported write is there
        assert len(stored) == len(set(stored))  # and none twice
        assert len(committed) > 100  # the test really wrote a lot
        progress.record_check("after", "pass", 1, 1, 1.0)  # and the file still takes writes
        assert progress.is_done("after")
