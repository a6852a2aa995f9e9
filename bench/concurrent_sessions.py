"""How much memory N tutor sessions at once take: how many learners one server holds.

    python bench/concurrent_sessions.py             # 20 sessions on the bundled course
    python bench/concurrent_sessions.py --sessions 5 --course path/to/course

Each session is a real `python -m tutor` in its own 80x24 pseudo-terminal with
its own data folder, as a learner logged in over ssh would have. Once every
session has drawn its course map and its warm check helper is up (the helper
imports pytest and the checks' libraries), the memory of every process of every
session is summed: RSS (counts shared library pages once per process, so it
over-states) and PSS (shares them out: the honest total).
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import os
import select
import signal
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

SETTLE_MAX_S = 90.0  # helpers warm up (import pytest, one run) after they appear


def descendants(root: int) -> set[int]:
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                data = Path(f"/proc/{entry}/stat").read_bytes()
                parents[int(entry)] = int(data[data.rindex(b")") + 2 :].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    found, frontier = {root}, {root}
    while frontier:
        frontier = {pid for pid, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def memory_kib(pid: int) -> tuple[int, int]:
    """(RSS, PSS) in KiB; (0, 0) for a process that has gone."""
    try:
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0, 0
    values = {}
    for line in rollup.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] in ("Rss:", "Pss:"):
            values[parts[0]] = int(parts[1])
    return values.get("Rss:", 0), values.get("Pss:", 0)


class Session:
    def __init__(self, course: str, home: Path) -> None:
        self.primary, secondary = os.openpty()
        fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        command = [sys.executable, "-m", "tutor"] + (["--course", course] if course else [])
        env = {**os.environ, "TUTOR_HOME": str(home), "TERM": "xterm-256color"}
        self.process = subprocess.Popen(
            command,
            stdin=secondary,
            stdout=secondary,
            stderr=secondary,
            env=env,
            start_new_session=True,
        )
        os.close(secondary)
        self.screen = b""

    def drain(self) -> None:
        """Read what the app drew, so it never blocks on a full terminal."""
        with contextlib.suppress(OSError):
            while select.select([self.primary], [], [], 0)[0]:
                data = os.read(self.primary, 65536)
                if not data:
                    return
                self.screen = (self.screen + data)[-20000:]

    def helper_up(self) -> bool:
        return len(descendants(self.process.pid)) > 1

    def stop(self) -> None:
        for pid in descendants(self.process.pid):
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        self.process.wait()
        os.close(self.primary)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--course", default="", help="a course folder (default: the bundled one)")
    parser.add_argument("--timeout", type=float, default=240.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="tutor-sessions-") as scratch:
        started = time.monotonic()
        sessions = [
            Session(args.course, Path(scratch) / f"learner{n}") for n in range(args.sessions)
        ]
        try:
            deadline = started + args.timeout
            while time.monotonic() < deadline:
                for session in sessions:
                    session.drain()
                if all(s.helper_up() for s in sessions):
                    break
                time.sleep(0.1)
            else:
                print(f"not every session started within {args.timeout:.0f} s")
                return 1
            all_up = time.monotonic() - started
            # Measure once memory stops growing: every helper has warmed up.
            settle_until = time.monotonic() + SETTLE_MAX_S
            last = -1
            while True:
                for session in sessions:
                    session.drain()
                pids = [pid for s in sessions for pid in descendants(s.process.pid)]
                rss, pss = map(sum, zip(*(memory_kib(pid) for pid in pids), strict=True))
                if abs(pss - last) < 0.01 * pss or time.monotonic() > settle_until:
                    break
                last = pss
                time.sleep(2.0)
        finally:
            for session in sessions:
                session.stop()
    count = args.sessions
    print(
        f"{count} sessions, {len(pids)} processes (tutor + warm helper each), "
        f"all up in {all_up:.1f} s"
    )
    print(
        f"total RSS {rss / 1024:.0f} MiB ({rss / 1024 / count:.0f} MiB per session); "
        f"total PSS {pss / 1024:.0f} MiB ({pss / 1024 / count:.0f} MiB per session)"
    )
    print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
