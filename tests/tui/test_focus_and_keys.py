"""Pilot tests: the pane that has the keys is named; ctrl+g always leads back to the editor."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import OptionList
from tui_driving import open_first_exercise, wait_for_result
from tui_waiting import wait_until

from tutor.tui.app import TutorApp
from tutor.tui.widgets.editor_tabs import EditorTabs
from tutor.tui.widgets.lesson_reader import LessonReader
from tutor.tui.widgets.results_panel import ResultsPanel
from tutor.tui.widgets.terminal_pane import TerminalPane
from tutor.tui.widgets.title_bar import TitleBar


def keys_shown(app: TutorApp) -> str:
    return app.screen.query_one(TitleBar).keys_text


def notices(app: TutorApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


def test_the_title_bar_and_the_pane_edge_say_where_the_keys_go(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        editor = await open_first_exercise(app, pilot)
        assert keys_shown(app) == "Keys: editor, add.py"
        panel = app.screen.query_one(ResultsPanel)
        assert "keys" not in str(panel.border_title)
        panel.query_one(OptionList).focus()
        await pilot.pause()
        assert keys_shown(app) == "Keys: check list - ctrl+g: editor"
        assert "your keys are here" in str(panel.border_title)
        assert panel.styles.border_top[0] == "double"  # a line, not only a colour
        app.screen.query_one(LessonReader).focus()
        await pilot.pause()
        assert keys_shown(app) == "Keys: lesson - ctrl+g: editor"
        assert "keys" not in str(panel.border_title)
        await pilot.press("ctrl+g")
        assert editor.has_focus
        assert keys_shown(app) == "Keys: editor, add.py"

    drive(scenario)


def test_typing_in_the_check_list_says_where_it_went(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        editor = await open_first_exercise(app, pilot)
        app.screen.query_one(ResultsPanel).query_one(OptionList).focus()
        await pilot.press("r", "e", "t")
        told = [n for n in notices(app) if "Your typing goes to the check list" in n]
        assert len(told) == 1  # once, not once a key
        assert "ctrl+g" in told[0]
        assert editor.text == "def add(a, b):\n    return 0\n"

    drive(scenario)


def test_ctrl_g_before_any_check_puts_the_keyboard_in_the_editor(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        editor = await open_first_exercise(app, pilot)
        app.screen.query_one(ResultsPanel).query_one(OptionList).focus()
        await pilot.pause()
        await pilot.press("ctrl+g")
        assert editor.has_focus
        assert not any("No failing check" in n for n in notices(app))

    drive(scenario)


def test_ctrl_g_with_a_failure_that_names_no_line_still_goes_to_the_editor(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        editor = await open_first_exercise(app, pilot)
        await pilot.press("f5")
        panel = await wait_for_result(app, pilot)
        assert panel.result is not None and panel.result.status == "fail"
        assert panel.failure_place() is None  # "add(2, 3) should give back 5": no line named
        panel.query_one(OptionList).focus()
        await pilot.pause()
        await pilot.press("ctrl+g")
        assert editor.has_focus
        assert not any("No failing check" in n for n in notices(app))

    drive(scenario)


def test_ctrl_g_in_the_terminal_brings_the_editor_back(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        editor = await open_first_exercise(app, pilot)
        await pilot.press("f12")
        terminal = app.screen.query_one(TerminalPane)
        await wait_until(pilot, lambda: terminal.running and terminal.has_focus, 5)
        assert keys_shown(app) == "Keys: terminal - ctrl+g: editor"
        await pilot.press("ctrl+g")
        await wait_until(pilot, lambda: editor.has_focus)
        assert app.screen.query_one(EditorTabs).display
        assert not terminal.display

    drive(scenario)
