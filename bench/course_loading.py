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


def median_seconds(root: Path, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        course = load_course(root)
        times.append(time.perf_counter() - start)
    assert not course.errors, course.errors[:3]
    return statistics.median(times)


def main() -> None:
    for count in (10, 100, 1000):
        with tempfile.TemporaryDirectory() as folder:
            root = synthetic_course(Path(folder), count)
            load_course(root)  # warm the schema cache and the OS file cache
            seconds = median_seconds(root, repeats=7)
            per_lesson = seconds / count * 1e6
            print(f"{count:>5} lessons: {seconds * 1000:8.1f} ms  ({per_lesson:.0f} us/lesson)")


if __name__ == "__main__":
    main()
