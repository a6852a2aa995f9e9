"""Pilot tests: F5 during a check starts it over with the files as they are now."""

from __future__ import annotations

from pathlib import Path

import pytest
from course_builder import SOLUTION_ADD, TEST_EVEN_SOLUTION, build_course
from textual.pilot import Pilot
from tui_driving import (
    open_exercise,
    open_first_exercise,
    replace_text,
    shown,
    wait_for_done_dialog,
)
from tui_waiting import wait_until

from tutor.runner import result as runner_result
from tutor.tui.app import TutorApp
from tutor.tui.screens.choice_dialog import ChoiceDialog
from tutor.tui.screens.lesson import CheckFinished, LessonScreen
from tutor.tui.widgets.results_panel import ResultsPanel

SLOW_START = "import time\ntime.sleep(4)\n"


@pytest.fixture
def course_root(tmp_path: Path) -> Path:
    return build_course(tmp_path / "course", with_tdd=True)


def statuses(app: TutorApp, exercise_id: str) -> list[str]:
    assert app.tutor is not None
    return [attempt.status for attempt in app.tutor.progress.attempts(exercise_id)]


async def watch_until_a_result(pilot: Pilot[int], panel: ResultsPanel) -> list[str]:
    """Every summary line the panel showed until a result came, in order."""
    seen: list[str] = []

    def result_yet() -> bool:
        summary = shown(panel, "summary")
        if not seen or seen[-1] != summary:
            seen.append(summary)
        return panel.result is not None

    await wait_until(pilot, result_yet)
    return seen


def test_f5_during_a_check_checks_the_files_as_they_are_now(drive, home: Path) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        editor = await open_first_exercise(app, pilot)
        editor.insert(SLOW_START, (0, 0))
        await pilot.press("f5")
        panel = app.screen.query_one(ResultsPanel)
        await pilot.pause(0.8)
        assert panel.result is None  # the slow version is being checked
        replace_text(editor, SOLUTION_ADD)
        await pilot.press("f5")
        seen = await watch_until_a_result(pilot, panel)
        assert panel.result is not None and panel.result.status == "pass"
        # The stopped check's answer never reached the screen.
        assert not any("stopped" in line.lower() or "No check" in line for line in seen), seen
        # One stopped check (the core records every check), then the new one: nothing waited
        # for the slow version to finish, which would have been a "fail".
        assert statuses(app, "add") == ["error", "pass"]
        await wait_for_done_dialog(app, pilot)

    drive(scenario)
    assert (home / "workspaces" / "add" / "add.py").read_text() == SOLUTION_ADD


def test_many_f5_presses_during_one_check_stop_it_once_and_check_once(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        editor = await open_first_exercise(app, pilot)
        editor.insert(SLOW_START, (0, 0))
        await pilot.press("f5")
        screen = app.screen
        assert isinstance(screen, LessonScreen)
        panel = screen.query_one(ResultsPanel)
        await pilot.pause(0.8)
        replace_text(editor, SOLUTION_ADD)
        # Three quick presses. Pilot waits ~40 ms after each key, longer than stopping a
        # check can take, so the presses go to the key's action with no wait between.
        for _ in range(3):
            screen.action_check()
        await watch_until_a_result(pilot, panel)
        await pilot.pause(0.5)
        assert panel.result is not None and panel.result.status == "pass"
        assert statuses(app, "add") == ["error", "pass"]
        await wait_for_done_dialog(app, pilot)

    drive(scenario)


def test_a_late_answer_from_an_earlier_check_is_not_shown(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        editor = await open_first_exercise(app, pilot)
        replace_text(editor, SOLUTION_ADD)
        await pilot.press("f5")
        await wait_until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        await pilot.press("escape")  # stay here
        screen = app.screen
        assert isinstance(screen, LessonScreen)
        panel = screen.query_one(ResultsPanel)
        assert panel.result is not None and panel.result.status == "pass"
        late = runner_result.Result(
            status="fail",
            exercise="add",
            tests=[runner_result.TestResult(name="an old check", status="fail", message="old")],
        )
        screen.post_message(CheckFinished(0, late))  # no check of this screen has number 0
        await pilot.pause(0.3)
        assert panel.result is not None and panel.result.status == "pass"
        assert "pass" in shown(panel, "summary")

    drive(scenario)


def test_f5_during_a_tdd_check_stops_it_and_checks_the_files_as_they_are_now(drive) -> None:
    """A TDD check runs the learner's tests three times; F5 stops it after the run in
    progress (recorded as stopped, never as a pass) and checks the new files."""

    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        editor = await open_exercise(app, pilot, "even-tests")
        panel = app.screen.query_one(ResultsPanel)
        editor.insert("import time\ntime.sleep(3)\n", (0, 0))  # each of its 3 runs: 3 s
        await pilot.press("f5")
        await pilot.pause(0.5)
        replace_text(editor, TEST_EVEN_SOLUTION)
        await pilot.press("f5")
        await watch_until_a_result(pilot, panel)
        assert panel.result is not None and panel.result.status == "pass"
        # Stopped in its first run: the three slow runs (9 s) were not waited for.
        assert statuses(app, "even-tests") == ["error", "pass"]
        await wait_for_done_dialog(app, pilot)

    drive(scenario)
