"""Fixtures for driving the real TUI on a tiny temporary course with a temporary TUTOR_HOME."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest
from course_builder import build_course
from textual.pilot import Pilot
from tui_waiting import wait_until

from tutor.tui.app import TutorApp
from tutor.tui.screens.course_map import CourseMapScreen


@pytest.fixture(autouse=True)
def full_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pilot runs draw as a full terminal would, whatever TERM the test run has.

    On TERM=linux the app swaps Textual's glyphs for a console font's (console.py),
    which would change every snapshot.
    """
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.delenv("TUTOR_ASCII", raising=False)


@pytest.fixture
def course_root(tmp_path: Path) -> Path:
    return build_course(tmp_path / "course")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    monkeypatch.setenv("TUTOR_HOME", str(folder))
    return folder


@pytest.fixture
def make_app(course_root: Path, home: Path) -> Callable[[], TutorApp]:
    return lambda: TutorApp(course_root, home, cursor_blink=False)


Scenario = Callable[[TutorApp, Pilot[int]], Awaitable[None]]


async def _drive(app: TutorApp, scenario: Scenario, size: tuple[int, int]) -> None:
    try:
        async with app.run_test(size=size) as pilot:
            await wait_until(pilot, lambda: app.tutor is not None)
            await wait_until(pilot, lambda: isinstance(app.screen, CourseMapScreen))
            await pilot.pause()
            await scenario(app, pilot)
    finally:
        if app.tutor is not None:
            app.tutor.close()


@pytest.fixture
def drive(make_app: Callable[[], TutorApp]) -> Callable[..., TutorApp]:
    """drive(scenario, size=(80, 24)): run the app through an async scenario; returns the app."""

    def run(scenario: Scenario, size: tuple[int, int] = (80, 24)) -> TutorApp:
        app = make_app()
        coroutine: Coroutine[Any, Any, None] = _drive(app, scenario, size)
        asyncio.run(coroutine)
        return app

    return run


# The real `tutor` in tmux, for test_real_terminal*.py (a fixture shared by name).
from real_terminal import terminal  # noqa: E402, F401
