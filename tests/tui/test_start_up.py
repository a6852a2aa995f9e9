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
from tutor.tui.widgets.keys_footer import KeysFooter


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


def test_the_maps_footer_shows_its_keys_after_each_change_rebuilt_once_per_frame(
    drive: Callable[..., TutorApp],
) -> None:
    rebuilds: list[str] = []

    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        footer = app.screen.query_one(KeysFooter)
        original = footer.recompose

        async def counted() -> None:
            rebuilds.append(app.screen.__class__.__name__)
            await original()

        footer.recompose = counted  # type: ignore[method-assign]
        assert "Quit" in str(app.export_screenshot())
        for _ in range(3):  # the keys change three times before the next frame
            app.screen.call_later(app.screen.refresh_bindings)
        await pilot.pause()
        await wait_until(pilot, lambda: rebuilds)
        await pilot.pause(0.2)
        assert rebuilds == ["CourseMapScreen"]
        await pilot.press("f1")  # another screen, then back: the map's keys again
        await pilot.press("escape")
        await wait_until(pilot, lambda: len(rebuilds) > 1)
        assert "Quit" in str(app.export_screenshot())

    drive(scenario)


def test_the_maps_footer_is_rebuilt_only_when_its_keys_change(
    drive: Callable[..., TutorApp],
) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        footer = app.screen.query_one(KeysFooter)
        await wait_until(pilot, lambda: "Open" in str(app.export_screenshot()))
        composed: list[int] = []
        original = footer.compose

        def counted():  # type: ignore[no-untyped-def]
            composed.append(1)
            return original()

        footer.compose = counted  # type: ignore[method-assign]
        app.screen.refresh_bindings()  # the same keys: nothing to make again
        await pilot.pause(0.2)
        assert composed == []
        app.screen.set_focus(None)  # the tree's Enter (Open) goes from the keys
        await wait_until(pilot, lambda: composed)
        await pilot.pause(0.2)
        assert "Open" not in str(app.export_screenshot())
        assert "Quit" in str(app.export_screenshot())

    drive(scenario)
