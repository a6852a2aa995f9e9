"""Pilot tests: a TDD exercise's pass tells the learner whether they followed red, green."""

from __future__ import annotations

from pathlib import Path

import pytest
from course_builder import TEST_3_IS_NOT_EVEN, TEST_EVEN_SOLUTION, build_course
from textual.pilot import Pilot
from tui_driving import open_exercise, replace_text, shown, wait_for_done_dialog
from tui_waiting import wait_until

from tutor.tui.app import TutorApp
from tutor.tui.widgets.results_panel import ResultsPanel


@pytest.fixture
def course_root(tmp_path: Path) -> Path:
    return build_course(tmp_path / "course", with_tdd=True)


def test_red_then_green_is_one_turn_of_the_cycle(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        editor = await open_exercise(app, pilot, "even-tests")
        panel = app.screen.query_one(ResultsPanel)
        await pilot.press("f5")
        await wait_until(pilot, lambda: panel.result is not None)
        assert panel.result is not None and panel.result.status == "fail"  # red
        assert "Red, green" not in shown(panel, "explained")
        editor.insert(TEST_3_IS_NOT_EVEN, editor.document.end)
        await pilot.press("f5")
        await wait_until(pilot, lambda: panel.result is not None and panel.result.status == "pass")
        explained = shown(panel, "explained")
        assert "Every check passes." in explained
        assert "you wrote a failing test and then made it pass once" in explained
        await wait_for_done_dialog(app, pilot)

    drive(scenario)


def test_a_pass_with_no_red_before_it_says_so(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        editor = await open_exercise(app, pilot, "even-tests")
        panel = app.screen.query_one(ResultsPanel)
        replace_text(editor, TEST_EVEN_SOLUTION)
        await pilot.press("f5")
        await wait_until(pilot, lambda: panel.result is not None)
        assert panel.result is not None and panel.result.status == "pass"
        assert "no failing test before the passing code" in shown(panel, "explained")
        await wait_for_done_dialog(app, pilot)

    drive(scenario)


def test_a_pass_of_another_kind_says_nothing_about_red_and_green(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        editor = await open_exercise(app, pilot, "add")
        panel = app.screen.query_one(ResultsPanel)
        replace_text(editor, "def add(a, b):\n    return a + b\n")
        await pilot.press("f5")
        await wait_until(pilot, lambda: panel.result is not None)
        assert panel.result is not None and panel.result.status == "pass"
        assert "Red, green" not in shown(panel, "explained")
        await wait_for_done_dialog(app, pilot)

    drive(scenario)
