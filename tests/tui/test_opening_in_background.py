"""Opening an exercise never stops the screen: its workspace is made in a worker.

A git exercise's setup script may take seconds (it builds a history); meanwhile
the screen shows it is loading and still answers keys.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from course_builder import build_course
from textual.pilot import Pilot
from tui_waiting import wait_until

from tutor.tui.app import TutorApp
from tutor.tui.messages import OpenExercise
from tutor.tui.screens.help import HelpScreen
from tutor.tui.screens.lesson import LessonScreen
from tutor.tui.widgets.course_tree import CourseTree


@pytest.fixture
def course_root(tmp_path: Path) -> Path:
    return build_course(tmp_path / "course", slow_git_setup=True)


def test_keys_still_work_while_a_slow_git_setup_runs(
    drive: Callable[..., TutorApp], home: Path
) -> None:
    workspace = home / "workspaces" / "slow-git"

    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        course_map = app.screen
        tree = course_map.query_one(CourseTree)  # what has the focus shows it is loading
        assert app.tutor is not None
        course_map.post_message(OpenExercise(app.tutor.exercise("slow-git")))
        await wait_until(pilot, lambda: tree.loading)
        assert "Open" in str(app.export_screenshot()), "the footer still shows the keys"

        await pilot.press("f1")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen), timeout=1.5)
        assert not workspace.exists(), "the help opened while the setup script still ran"

        await wait_until(pilot, lambda: isinstance(app.screen, LessonScreen), timeout=30)
        assert (workspace / "notes.txt").read_text(encoding="utf-8") == "notes\n"
        assert not tree.loading

    drive(scenario, size=(100, 30))


def test_a_failing_setup_is_told_and_the_map_answers_again(
    drive: Callable[..., TutorApp], course_root: Path, home: Path
) -> None:
    (course_root / "exercises/basics/slow-git/setup.py").write_text("raise SystemExit(3)\n")
    told: list[str] = []

    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        course_map = app.screen
        tree = course_map.query_one(CourseTree)  # what has the focus shows it is loading
        assert app.tutor is not None
        app.notify = lambda message, **_: told.append(message)  # type: ignore[method-assign]
        course_map.post_message(OpenExercise(app.tutor.exercise("slow-git")))
        await wait_until(pilot, lambda: told)
        assert not tree.loading
        assert app.screen is course_map
        assert "setup script failed (exit code 3)" in told[0]

    drive(scenario, size=(100, 30))
    assert not (home / "workspaces" / "slow-git").exists()


def test_a_second_request_replaces_the_first(drive: Callable[..., TutorApp], home: Path) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        course_map = app.screen
        tree = course_map.query_one(CourseTree)
        assert app.tutor is not None
        course_map.post_message(OpenExercise(app.tutor.exercise("slow-git")))
        await wait_until(pilot, lambda: tree.loading)
        course_map.post_message(OpenExercise(app.tutor.exercise("add")))
        await wait_until(pilot, lambda: isinstance(app.screen, LessonScreen), timeout=30)
        assert getattr(app.exercise_on_screen(), "id", None) == "add"
        # The slow one's workspace is still made (the learner asked), but not shown.
        await wait_until(pilot, lambda: (home / "workspaces" / "slow-git").exists(), timeout=30)
        await pilot.pause(0.3)
        assert getattr(app.exercise_on_screen(), "id", None) == "add"
        assert sum(isinstance(screen, LessonScreen) for screen in app.screen_stack) == 1
        assert not tree.loading

    drive(scenario, size=(100, 30))
