"""A bundled Python exercise checked by the warm runner against `python -m pytest`.

Run: python bench/course_check.py [repeats]   (default 20; medians, taking turns)

check_latency.py's exercise is plain pytest; this one is the bundled course's
python/classes (cart.py, eight checks through the checks plugin's `files`
fixture, as most Python exercises are), with the reference solution. Its warm
check once took ~300 ms where the plain exercise took ~40: each
files.python_module call resolved the file of every loaded module.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from check_latency import measure_alternating, run_quietly

from tutor.runner import CheckRequest, WarmRunner

EXERCISE_ID = "py-classes"
EXERCISE = Path(__file__).resolve().parents[1] / "exercises" / "python" / "classes"


def main() -> int:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    with tempfile.TemporaryDirectory(prefix="tutor-bench-course-") as folder:
        workspace = Path(folder) / "workspace"
        shutil.copytree(EXERCISE / "solution", workspace)
        test_file = EXERCISE / "test_cart.py"
        request = CheckRequest(EXERCISE_ID, workspace, [test_file])
        env = {**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        pytest_command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
        pytest_command += ["-p", "tutor.checks.plugin", f"--tutor-workspace={workspace}"]
        pytest_command.append(str(test_file))
        with WarmRunner() as warm:
            first = warm.check(request)
            assert first.status == "pass", first.message
            load_before = os.getloadavg()[0]
            timings = measure_alternating(
                {
                    "warm": lambda: warm.check(request),
                    "pytest": lambda: run_quietly(pytest_command, workspace, env),
                },
                repeats,
            )
    warm_ms, pytest_ms = timings["warm"].wall_ms, timings["pytest"].wall_ms
    print(
        f"{EXERCISE_ID} (bundled, 8 checks): warm runner {warm_ms:.1f} ms vs python -m pytest "
        f"{pytest_ms:.1f} ms (medians of {repeats}, taking turns): {pytest_ms / warm_ms:.1f}x; "
        f"load average {load_before:.1f}-{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
