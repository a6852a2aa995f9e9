"""How long load_course takes for 10, 100 and 1,000 small lessons.

Run: python bench/course_loading.py   (prints the median of several loads)
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "course"))

from course_helpers import synthetic_course  # noqa: E402

from tutor.course import load_course  # noqa: E402


def median_seconds(root: Path, repeats: int) -> tuple[float, float]:
    """Median wall-clock and CPU seconds: on a busy machine the CPU time is the steadier one."""
    wall, cpu = [], []
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        course = load_course(root)
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    assert not course.errors, course.errors[:3]
    return statistics.median(wall), statistics.median(cpu)


def main() -> None:
    for count in (10, 100, 1000):
        with tempfile.TemporaryDirectory() as folder:
            root = synthetic_course(Path(folder), count)
            load_course(root)  # warm the schema cache and the OS file cache
            wall, cpu = median_seconds(root, repeats=7)
            per_lesson = cpu / count * 1e6
            print(
                f"{count:>5} lessons: {wall * 1000:7.1f} ms wall, {cpu * 1000:7.1f} ms CPU"
                f"  ({per_lesson:.0f} us CPU/lesson)"
            )


if __name__ == "__main__":
    main()
