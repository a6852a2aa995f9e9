"""How long one DOM check takes (the `browser` fixture), three ways, on the same exercise.

Run: python bench/dom_check.py [repeats]   (default 20; prints medians and ratios)

The exercise is the bundled js-door-counter (index.html, script.js, four checks
that load the page in linkedom, click and read it), with the reference solution.

  warm runner    WarmRunner.check: the TUI's path (the helper loaded the DOM library
                 once; each check is a forked child)
  tutor check    `python -m tutor check` as a subprocess (loads the library itself)
  pytest         `python -m pytest -q -p tutor.checks.plugin` as a subprocess: the baseline

Targets (issue 14): the warm runner at most 50 ms; `tutor check` no slower than pytest.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from check_latency import Timing, measure, measure_alternating, run_quietly

from tutor.runner import CheckRequest, WarmRunner, run_check

EXERCISE_ID = "js-door-counter"
EXERCISE = Path(__file__).resolve().parents[1] / "exercises" / "javascript" / "door-counter"


def main() -> int:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    slow_repeats = max(5, repeats // 2)
    with tempfile.TemporaryDirectory(prefix="tutor-bench-dom-") as folder:
        root = Path(folder)
        workspace = root / "workspace"
        shutil.copytree(EXERCISE / "starter", workspace)
        shutil.copytree(EXERCISE / "solution", workspace, dirs_exist_ok=True)
        test_file = EXERCISE / "test_counter.py"
        request = CheckRequest(EXERCISE_ID, workspace, [test_file], timeout=20.0)
        env = {**os.environ, "TUTOR_HOME": str(root / "home")}
        env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"  # like the runner: no unrelated plugins
        env.pop("PYTHONDONTWRITEBYTECODE", None)

        first = run_check(request)
        assert first.status == "pass", first.message
        rows: dict[str, Timing | None] = {}
        with WarmRunner() as warm:
            assert warm.check(request).status == "pass"
            rows["warm runner (WarmRunner.check)"] = measure(
                lambda: warm.check(request), repeats, warm.pid
            )

        tutor = [sys.executable, "-m", "tutor", "check", EXERCISE_ID, "--json"]
        pytest_command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
        pytest_command += ["-p", "tutor.checks.plugin", f"--tutor-workspace={workspace}"]
        subprocesses: dict[str, Callable[[], object]] = {
            "python -m pytest -q (subprocess)": lambda: run_quietly(
                [*pytest_command, str(test_file)], workspace, env
            )
        }
        started = run_quietly([sys.executable, "-m", "tutor", "start", EXERCISE_ID], root, env)
        learner = root / "home" / "workspaces" / EXERCISE_ID
        if started == 0 and learner.is_dir():
            shutil.copytree(EXERCISE / "solution", learner, dirs_exist_ok=True)
            subprocesses["tutor check (subprocess)"] = lambda: run_quietly(tutor, root, env)
        else:
            rows["tutor check (subprocess)"] = None
            print("note: `tutor start` did not run here; the tutor check row is skipped")
        timings = measure_alternating(subprocesses, slow_repeats)
        rows.update(sorted(timings.items(), key=lambda row: "pytest" in row[0]))

    baseline = rows["python -m pytest -q (subprocess)"]
    assert baseline is not None
    print(f"median wall of {repeats} (subprocess rows: of {slow_repeats}, taking turns);", end="")
    print(" mean CPU, ms:")
    print(f"  {'':36} {'wall':>8} {'vs pytest':>10} {'cpu':>8} {'vs pytest':>10}")
    for name, timing in rows.items():
        if timing is None:
            print(f"  {name:36} skipped")
            continue
        cpu = f"{timing.cpu_ms:8.1f}" if timing.cpu_ms is not None else "       ?"
        cpu_ratio = (
            f"{baseline.cpu_ms / timing.cpu_ms:9.1f}x"
            if timing.cpu_ms and baseline.cpu_ms
            else "         ?"
        )
        wall_ratio = f"{baseline.wall_ms / timing.wall_ms:9.1f}x"
        print(f"  {name:36} {timing.wall_ms:8.1f} {wall_ratio} {cpu} {cpu_ratio}")
    warm_timing = rows["warm runner (WarmRunner.check)"]
    assert warm_timing is not None
    verdict = "meets" if warm_timing.wall_ms <= 50 else "misses"
    print(
        f"DOM check, warm runner: {warm_timing.wall_ms:.0f} ms, "
        f"{baseline.wall_ms / warm_timing.wall_ms:.1f}x pytest ({verdict} the 50 ms target)"
    )
    tutor_timing = rows.get("tutor check (subprocess)")
    if tutor_timing is not None:
        ratio = baseline.wall_ms / tutor_timing.wall_ms
        verdict = "meets" if ratio >= 1 else "misses"
        print(f"DOM check, tutor check vs pytest, wall: {ratio:.2f}x ({verdict} 'no slower')")
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
