"""Snapshots of the main screens at 80x24 (pytest-textual-snapshot; update with --snapshot-update).

Pinned for stability: no NO_COLOR, a fixed theme, no cursor blink, no
notifications on screen, no times or paths in view.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from ten_checks_course import build_ten_checks_course
from textual.pilot import Pilot
from tui_waiting import wait_until

from tutor.tui.app import TutorApp
from tutor.tui.screens.course_map import CourseMapScreen
from tutor.tui.screens.lesson import LessonScreen
from tutor.tui.widgets.results_panel import ResultsPanel

SnapCompare = Callable[..., bool]


@pytest.fixture(autouse=True)
def pinned_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TEXTUAL_THEME", "textual-dark")
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("LINES", "24")


@pytest.fixture
def app(course_root: Path, home: Path) -> TutorApp:
    return TutorApp(course_root, home, cursor_blink=False)


async def course_map_ready(pilot: Pilot[int]) -> None:
    app = pilot.app
    assert isinstance(app, TutorApp)
    await wait_until(pilot, lambda: app.tutor is not None)
    await wait_until(pilot, lambda: isinstance(app.screen, CourseMapScreen))
    await pilot.pause(0.2)


async def open_add(pilot: Pilot[int]) -> None:
    await course_map_ready(pilot)
    await pilot.press("enter")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, LessonScreen))
    await pilot.pause(0.2)


def clear_notifications(pilot: Pilot[int]) -> None:
    pilot.app.clear_notifications()


def test_course_map(snap_compare: SnapCompare, app: TutorApp) -> None:
    assert snap_compare(app, run_before=course_map_ready)


def test_course_map_high_contrast(snap_compare: SnapCompare, app: TutorApp) -> None:
    async def run_before(pilot: Pilot[int]) -> None:
        await course_map_ready(pilot)
        await pilot.press("f9")
        await pilot.pause(0.2)

    assert snap_compare(app, run_before=run_before)


def test_lesson_screen(snap_compare: SnapCompare, app: TutorApp) -> None:
    assert snap_compare(app, run_before=open_add)


def test_lesson_after_a_failing_check(snap_compare: SnapCompare, app: TutorApp) -> None:
    async def run_before(pilot: Pilot[int]) -> None:
        await open_add(pilot)
        await pilot.press("f5")
        panel = pilot.app.screen.query_one(ResultsPanel)
        await wait_until(pilot, lambda: panel.result is not None)
        await pilot.pause(0.2)
        clear_notifications(pilot)

    assert snap_compare(app, run_before=run_before)


def test_ten_checks_the_eighth_failing(
    snap_compare: SnapCompare, tmp_path: Path, home: Path
) -> None:
    """At 80x24: the count, the eighth check's whole explanation, then the list."""
    app = TutorApp(build_ten_checks_course(tmp_path / "ten"), home, cursor_blink=False)

    async def run_before(pilot: Pilot[int]) -> None:
        await open_add(pilot)  # the first exercise of that course
        await pilot.press("f5")
        panel = pilot.app.screen.query_one(ResultsPanel)
        await wait_until(pilot, lambda: panel.result is not None)
        await pilot.pause(0.2)
        clear_notifications(pilot)

    assert snap_compare(app, run_before=run_before)


def test_the_check_list_has_the_keys(snap_compare: SnapCompare, app: TutorApp) -> None:
    """The title bar names the pane; the panel's edge is a double line with a title."""

    async def run_before(pilot: Pilot[int]) -> None:
        await open_add(pilot)
        await pilot.press("escape")  # the editor lets go: the check list has the keys
        await pilot.pause(0.2)

    assert snap_compare(app, run_before=run_before)


def test_quiz(snap_compare: SnapCompare, app: TutorApp) -> None:
    async def run_before(pilot: Pilot[int]) -> None:
        await course_map_ready(pilot)
        assert isinstance(pilot.app, TutorApp) and pilot.app.tutor is not None
        pilot.app.open_exercise(pilot.app.tutor.exercise("numbers-quiz"))
        await wait_until(pilot, lambda: isinstance(pilot.app.screen, LessonScreen))
        await pilot.press("f3")  # the questions get the whole width
        await pilot.pause(0.2)

    assert snap_compare(app, run_before=run_before)


def test_quiz_with_an_answer_chosen(snap_compare: SnapCompare, app: TutorApp) -> None:
    """The chosen answer: a mark in its button and a bold underlined label; focus stays."""

    async def run_before(pilot: Pilot[int]) -> None:
        await course_map_ready(pilot)
        assert isinstance(pilot.app, TutorApp) and pilot.app.tutor is not None
        pilot.app.open_exercise(pilot.app.tutor.exercise("numbers-quiz"))
        await wait_until(pilot, lambda: isinstance(pilot.app.screen, LessonScreen))
        await pilot.press("f3", "down", "enter")
        await pilot.pause(0.2)
        clear_notifications(pilot)

    assert snap_compare(app, run_before=run_before)


def test_help(snap_compare: SnapCompare, app: TutorApp) -> None:
    async def run_before(pilot: Pilot[int]) -> None:
        await course_map_ready(pilot)
        await pilot.press("f1")
        await pilot.pause(0.3)

    assert snap_compare(app, run_before=run_before)
