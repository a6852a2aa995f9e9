"""Run every benchmark in bench/ and print one table of the results.

    python bench/run_all.py            # everything (a few minutes on a busy 2-core machine)
    python bench/run_all.py --quick    # fewer repeats and keys: a rough table in about a minute

Each benchmark is its own script, run as a subprocess with this Python, so one
that fails (or is not written yet) leaves a row saying so and the rest go on.
The rows are the scripts' own result lines: each script prints its numbers with
a baseline measured in the same run (ratios), as timings on a shared machine
only mean something next to each other.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Bench:
    title: str
    script: str
    args: tuple[str, ...]
    quick_args: tuple[str, ...]


BENCHES = (
    Bench("check latency", "check_latency.py", ("30",), ("8",)),
    Bench(
        "warm runner vs pytest",
        "check_latency.py",
        ("--warm-vs-pytest", "30"),
        ("--warm-vs-pytest", "10"),
    ),
    Bench("DOM check latency", "dom_check.py", ("20",), ("6",)),
    Bench("a bundled Python exercise", "course_check.py", ("20",), ("6",)),
    Bench("TUI start-up", "tui_startup.py", ("--runs", "5"), ("--runs", "2")),
    Bench(
        "editor, time per key",
        "editor_typing.py",
        ("--lines", "300", "1000", "3000", "--keys", "680"),
        ("--lines", "300", "1000", "3000", "--keys", "136"),
    ),
    Bench(
        "editor, RSS after 10,000 keys",
        "editor_typing.py",
        ("--lines", "300", "--keys", "10000"),
        ("--lines", "300", "--keys", "2000"),
    ),
    Bench("course loading", "course_loading.py", (), ()),
    Bench(
        "20 sessions at once", "concurrent_sessions.py", ("--sessions", "20"), ("--sessions", "5")
    ),
)

# Lines that describe how a script measured rather than what it found.
NOT_RESULTS = ("median wall of", "load average", "note:")


@dataclass
class Row:
    bench: str
    lines: list[str]
    seconds: float


def run(bench: Bench, quick: bool) -> Row:
    script = BENCH / bench.script
    if not script.is_file():
        return Row(bench.title, [f"skipped: {bench.script} is not written yet"], 0.0)
    started = time.monotonic()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(BENCH.parent), str(BENCH)])}
    command = [sys.executable, str(script), *(bench.quick_args if quick else bench.args)]
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=1800, env=env, check=False
        )
    except subprocess.TimeoutExpired:
        return Row(bench.title, ["failed: took more than 30 minutes"], 1800.0)
    seconds = time.monotonic() - started
    lines = [line.rstrip() for line in done.stdout.splitlines() if line.strip()]
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return Row(bench.title, [f"failed (exit {done.returncode}): {last}"], seconds)
    kept = [line.strip() for line in lines if not line.startswith(NOT_RESULTS)]
    return Row(bench.title, kept or ["(no output)"], seconds)


def print_table(rows: list[Row]) -> None:
    print("| benchmark | result |")
    print("|---|---|")
    for row in rows:
        for index, line in enumerate(row.lines):
            print(f"| {row.bench if index == 0 else ''} | {line.replace('|', '/')} |")
    total = sum(row.seconds for row in rows)
    load = os.getloadavg()[0]
    print(
        f"\n{len(rows)} benchmarks in {total:.0f} s; load average {load:.1f} on "
        f"{os.cpu_count()} cores (timings are only comparable within one run)."
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats: a rough table")
    parser.add_argument("--only", action="append", help="run only scripts whose name holds this")
    args = parser.parse_args()
    rows = []
    for bench in BENCHES:
        if args.only and not any(part in bench.script for part in args.only):
            continue
        print(f"running {bench.script} ({bench.title}) ...", file=sys.stderr, flush=True)
        rows.append(run(bench, args.quick))
    print_table(rows)
    return 1 if any(line.startswith("failed") for row in rows for line in row.lines) else 0


if __name__ == "__main__":
    sys.exit(main())
