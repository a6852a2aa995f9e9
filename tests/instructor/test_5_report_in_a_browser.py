"""Step 5: the class report renders its charts in a real browser (headless Chromium).

The page is opened from a file with the network off, screenshotted, and the
PNG is read with the standard library: the chart area must hold the bars'
colours, not only the white page. Skipped only when Chromium is not installed
(CI installs it: apt-get install -y chromium).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from chromium_screenshots import find_browser, read_png, rgb

from tutor.instructor.export import LearnerExport
from tutor.instructor.report.build import build_report
from tutor.instructor.report.charts import DONE, STARTED


def learner_export(name: str, statuses: list[str]) -> LearnerExport:
    exercises = [
        {
            "id": f"ex-{n}",
            "title": f"Exercise {n}",
            "status": status,
            "attempts": 2 + n,
            "hints": n % 2,
            "time_spent_s": 60.0 * n,
        }
        for n, status in enumerate(statuses)
    ]
    return LearnerExport(Path(f"{name}.zip"), name, {"exercises": exercises, "course": {}})


@pytest.mark.skipif(
    find_browser() is None, reason="Chromium is not installed (apt-get install -y chromium)"
)
def test_the_charts_render_in_headless_chromium(tmp_path: Path) -> None:
    exports = [
        learner_export("Ana", ["done", "done", "done", "started"]),
        learner_export("Bo", ["done", "started", "not started", "not started"]),
        learner_export("Cy", ["done", "done", "started", "not started"]),
    ]
    page = tmp_path / "class.html"
    page.write_text(build_report(exports), encoding="utf-8")
    shot = tmp_path / "shot.png"
    browser = find_browser()
    assert browser is not None
    subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}",
            f"--screenshot={shot}",
            "--window-size=1200,900",
            page.as_uri(),
        ],
        check=False,
        capture_output=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert shot.is_file(), "Chromium wrote no screenshot"
    width, height, rows = read_png(shot)
    assert (width, height) == (1200, 900)
    pixels = {rows[y][x : x + 3] for y in range(0, height, 2) for x in range(0, width * 3, 6)}
    assert len(pixels) > 10, "the page is blank"
    # Both charts sit above the fold: their bar colours must be on the screen.
    assert rgb(DONE) in pixels, "no 'done' bar was drawn"
    assert rgb(STARTED) in pixels, "no 'started, not done' bar was drawn"
    green_rows = [
        y
        for y in range(height)
        if rgb(DONE) in {rows[y][x : x + 3] for x in range(0, width * 3, 3)}
    ]
    assert len(green_rows) > 60, "the bars are too few or too thin to be the charts"
