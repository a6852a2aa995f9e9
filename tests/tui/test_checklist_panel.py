"""Pilot tests: the results panel shows the learner's checklist, the same the CLI prints.

A TDD check's two groups are headings here as in `tutor check` (they were a
flat list in the TUI before the checklist was made in one place).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from course_builder import build_course
from textual.pilot import Pilot
from textual.widgets import OptionList
from tui_waiting import wait_until

from tutor.kinds.tdd import GROUPS
from tutor.tui.app import TutorApp
from tutor.tui.screens.lesson import LessonScreen
from tutor.tui.widgets.results_panel import ResultsPanel


@pytest.fixture
def course_root(tmp_path: Path) -> Path:
    return build_course(tmp_path / "course", with_tdd=True)


def panel_lines(panel: ResultsPanel) -> list[str]:
    options = panel.query_one(OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def check(app: TutorApp, pilot: Pilot[int], exercise_id: str) -> ResultsPanel:
    assert app.tutor is not None
    app.open_exercise(app.tutor.exercise(exercise_id))
    await wait_until(pilot, lambda: isinstance(app.screen, LessonScreen))
    await pilot.pause()
    panel = app.screen.query_one(ResultsPanel)
    await pilot.press("f5")
    await wait_until(pilot, lambda: panel.result is not None)
    await pilot.pause()
    return panel


def test_a_tdd_check_shows_its_two_groups_as_headings(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        panel = await check(app, pilot, "even-tests")
        assert panel_lines(panel) == [
            f"[ ] {GROUPS[0].title}",
            "    PASS  your tests pass on a correct solution",
            "    FAIL  your tests check that an odd number such as 3 is not even",
            f"[x] {GROUPS[1].title}",
            "    PASS  4 is even",
            "    PASS  is even still works",
        ]
        explained = str(panel.query_one("#results-explained").render())
        assert "Your tests do not check that an odd number such as 3 is not even" in explained

    drive(scenario)


def test_a_stepped_exercise_shows_its_steps_as_headings(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        panel = await check(app, pilot, "add")
        lines = panel_lines(panel)
        headings = [line for line in lines if line.startswith("[")]
        assert headings and all(" Step " in line for line in headings)
        assert len(headings) < len(lines)  # each step's checks are under it

    drive(scenario)
