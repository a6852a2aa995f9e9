"""Start-up: the course map first, then the warm helper that runs the checks.

The helper is a process importing pytest; started with the app, it took a
core from the first frames (bench/tui_startup.py), so the app starts it once
the filled map is drawn.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from textual.pilot import Pilot
from tui_waiting import wait_until

from tutor.tui.app import TutorApp
from tutor.tui.widgets.course_tree import CourseTree


def helper_children() -> list[int]:
    """This process's children that run the warm helper (directly or in the sandbox)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        if parent == os.getpid() and b"tutor.runner.helper" in command:
            found.append(int(entry.name))
    return found


def test_the_warm_helper_starts_after_the_map_is_filled_and_stops_with_the_app(
    drive: Callable[..., TutorApp],
) -> None:
    before = set(helper_children())
    started: list[int] = []

    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        assert app.tutor is not None
        assert app.screen.query_one(CourseTree).root.children, "the map is filled"
        await wait_until(pilot, lambda: app.tutor is not None and app.tutor.made_grader)
        await wait_until(pilot, lambda: set(helper_children()) - before)
        started.extend(set(helper_children()) - before)

    drive(scenario)
    assert len(started) == 1
    assert not set(helper_children()) & set(started), "closing the app stopped its helper"
