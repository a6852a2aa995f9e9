"""Start-up time and memory of the tutor's TUI against a bare Textual app with a TextArea.

    python bench/tui_startup.py            # 5 runs of each, 80x24 pseudo-terminal
    python bench/tui_startup.py --runs 9 --course path/to/course

Each run starts a fresh Python in a pseudo-terminal (stdin, stdout and stderr
on the pty, as in a real terminal) and stops the clock when the first usable
screen has been drawn: for the bare app, after its first refresh; for the
tutor, after the course map has been filled with the course and drawn
(its first frame, drawn while the course opens in a thread, is noted too). The
child notes the moment (CLOCK_MONOTONIC is shared by all processes) and its
RSS, then exits. Prints medians, the ratio, and the tutor's RSS.

The tutor starts its warm helper (the process that runs the checks) only once
the filled map is drawn, so the helper is not in this time: its warm-up is
in bench/check_latency.py's numbers. On a busy machine, note the load average
(`uptime`) with each result: the ratio grows with the load, towards the ratio
of CPU times, as no process then waits on anything but the CPU.
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import select
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

BARE_APP = """
import json, os, sys, time
from textual.app import App, ComposeResult
from textual.widgets import TextArea

class Bare(App):
    def compose(self) -> ComposeResult:
        yield TextArea("print('hello')\\n", language="python")

    def on_mount(self) -> None:
        self.call_after_refresh(self.ready)

    def ready(self) -> None:
        report(sys.argv[1])
        self.exit()

REPORT
Bare().run()
"""

TUTOR_APP = """
import json, os, sys, time
from tutor.tui.app import TutorApp

class Bench(TutorApp):
    def on_mount(self) -> None:
        # TutorApp's on_mount runs too; this notes when its first frame is up.
        self.call_after_refresh(lambda: FIRST.append(time.monotonic()))

    def on_tutor_ready(self, message) -> None:
        # TutorApp's own handler runs too (Textual calls each class's handler):
        # it fills the course map; the mark is made once that is drawn.
        self.call_after_refresh(self.ready)

    def ready(self) -> None:
        report(sys.argv[1])
        self.exit()

REPORT
FIRST = []
course = sys.argv[2] or None
Bench(course, sys.argv[3]).run()
"""

REPORT = """
def report(path):
    with open("/proc/self/status") as status:
        rss = next(int(l.split()[1]) for l in status if l.startswith("VmRSS:")) / 1024
    first = globals().get("FIRST") or [None]
    with open(path, "w") as out:
        json.dump({"ready": time.monotonic(), "first": first[0], "rss_mib": rss}, out)
"""


def run_once(source: str, extra: list[str], size: tuple[int, int]) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="tui-startup-") as scratch:
        mark = Path(scratch) / "mark.json"
        primary, secondary = os.openpty()
        fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
        env = {**os.environ, "TERM": os.environ.get("TERM", "xterm-256color")}
        env.pop("TEXTUAL", None)
        # As on a learner's machine, where pip compiled the tutor: a PYTHONDONTWRITEBYTECODE
        # left in a developer's shell made every run compile the tutor's modules again.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        started = time.monotonic()
        child = subprocess.Popen(
            [sys.executable, "-c", source.replace("REPORT", REPORT), str(mark), *extra],
            stdin=secondary,
            stdout=secondary,
            stderr=secondary,
            env=env,
            start_new_session=True,
        )
        os.close(secondary)
        # Drain the pty so the app never blocks writing to it (the tail helps explain a crash).
        tail = b""
        while child.poll() is None:
            readable, _, _ = select.select([primary], [], [], 0.05)
            if readable:
                try:
                    tail = (tail + os.read(primary, 65536))[-4000:]
                except OSError:
                    break
        child.wait(timeout=30)
        os.close(primary)
        if not mark.exists():
            shown = tail.decode(errors="replace")
            raise RuntimeError(f"the app exited ({child.returncode}) before drawing:\n{shown}")
        data = json.loads(mark.read_text())
    first = data["first"] if data["first"] is not None else data["ready"]
    return {
        "seconds": data["ready"] - started,
        "first_frame": first - started,
        "rss_mib": data["rss_mib"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--course", default="", help="a course folder (default: the bundled one)")
    args = parser.parse_args()
    size = (80, 24)
    bare: list[dict[str, float]] = []
    tutor: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory(prefix="tui-startup-home-") as home:
        run_once(BARE_APP, [], size)  # warm the OS file cache and .pyc files first
        run_once(TUTOR_APP, [args.course, home], size)
        for _ in range(args.runs):  # alternate, so both see the same machine load
            bare.append(run_once(BARE_APP, [], size))
            tutor.append(run_once(TUTOR_APP, [args.course, home], size))

    def median(rows: list[dict[str, float]], key: str) -> float:
        return statistics.median(row[key] for row in rows)

    bare_s, tutor_s = median(bare, "seconds"), median(tutor, "seconds")
    print(f"bare Textual app + TextArea: {bare_s:.3f} s, RSS {median(bare, 'rss_mib'):.1f} MiB")
    first_s = median(tutor, "first_frame")
    print(f"tutor, first frame:          {first_s:.3f} s (the map, course still opening)")
    print(f"tutor, course map drawn:     {tutor_s:.3f} s, RSS {median(tutor, 'rss_mib'):.1f} MiB")
    print(
        f"ratio tutor/bare: {tutor_s / bare_s:.2f}x to the filled map, "
        f"{first_s / bare_s:.2f}x to the first frame  (medians of {args.runs} runs each)"
    )


if __name__ == "__main__":
    main()
