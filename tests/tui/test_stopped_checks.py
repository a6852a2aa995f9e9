"""Pilot tests: a stopped check says so once; a loop does not make fine checks look broken."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import OptionList
from tui_driving import open_first_exercise, replace_text, shown, wait_for_result
from tui_waiting import wait_until

from tutor.tui.app import TutorApp
from tutor.tui.widgets.results_panel import ResultsPanel

# add(2, 3), the second check, never ends; the first check (add exists) passes.
LOOPS_ON_TWO = "def add(a, b):\n    while a == 2:\n        pass\n    return a + b\n"


def panel_text(panel: ResultsPanel) -> str:
    options = panel.query_one(OptionList)
    lines = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
    return "\n".join([shown(panel, "summary"), shown(panel, "explained"), *lines])


def test_a_stopped_check_says_it_stopped_once(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        editor = await open_first_exercise(app, pilot)
        replace_text(editor, LOOPS_ON_TWO)
        await pilot.press("f5")
        await pilot.pause(1.5)  # the first check has passed; the second one loops
        await pilot.press("ctrl+t")
        panel = app.screen.query_one(ResultsPanel)
        await wait_until(pilot, lambda: shown(panel, "summary").startswith("Check stopped"))
        text = panel_text(panel)
        assert text.lower().count("stopped") == 1, text
        assert "F5" in shown(panel, "summary")
        assert "ERROR" not in text  # the check it was in was not wrong, only not finished

    drive(scenario)


def test_a_check_that_ran_too_long_is_explained_right_under_its_headline(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        editor = await open_first_exercise(app, pilot)
        replace_text(editor, LOOPS_ON_TWO)
        await pilot.press("f5")
        panel = await wait_for_result(app, pilot)
        assert panel.result is not None and panel.result.timed_out
        summary = shown(panel, "summary")
        assert summary == "1 of 2 checks pass. Your code ran too long and was stopped: see below."
        explained = shown(panel, "explained")
        assert "add adds" in explained and "add.py" in explained  # the loop, and where
        detail = panel.query_one("#results-detail")
        assert detail.region.height >= 3 and detail.max_scroll_y == 0  # all of it on screen

    drive(scenario)
