"""Pilot tests: history (compare, restore), the quiz, and stopping a check."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import OptionList, RadioSet
from tui_driving import open_first_exercise, type_the_fix, wait_for_result
from tui_waiting import wait_until

from tutor.tui.app import TutorApp
from tutor.tui.screens.choice_dialog import ChoiceDialog
from tutor.tui.screens.history import HistoryScreen
from tutor.tui.screens.lesson import LessonScreen
from tutor.tui.widgets.quiz_panel import QuizPanel
from tutor.tui.widgets.results_panel import ResultsPanel


def test_history_compares_and_restores(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        editor = await open_first_exercise(app, pilot)
        await type_the_fix(pilot)
        await pilot.press("f5")
        await wait_until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        await pilot.press("escape", "f4")
        await wait_until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        history = app.screen
        assert isinstance(history, HistoryScreen)
        await wait_until(pilot, lambda: len(history.snapshots) == 2)
        assert history.snapshots[0].message == "check: 2/2 passed"
        await pilot.press("down", "enter")  # the oldest: the starter files
        diff = history.query_one("#diff-text")
        await wait_until(pilot, lambda: "+     return a + b" in str(diff.render()))
        assert "-     return 0" in str(diff.render())
        assert "add.py (changed)" in str(diff.render())
        assert "index " not in str(diff.render())  # no git jargon for a learner
        await pilot.press("r")
        await wait_until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        await pilot.press("enter")  # "Restore"
        await wait_until(pilot, lambda: isinstance(app.screen, LessonScreen))
        await wait_until(pilot, lambda: editor.text == "def add(a, b):\n    return 0\n")
        assert app.tutor is not None
        snapshots = app.tutor.workspace(app.tutor.exercise("add")).history()
        assert snapshots[0].message.startswith("restore")

    drive(scenario)


def test_quiz_by_keyboard_explains_answers(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        assert app.tutor is not None
        app.open_exercise(app.tutor.exercise("numbers-quiz"))
        await wait_until(pilot, lambda: isinstance(app.screen, LessonScreen))
        await pilot.pause()
        quiz = app.screen.query_one(QuizPanel)
        first = quiz.query_one("#answer-0", RadioSet)
        assert first.has_focus
        await pilot.press("down", "enter")  # "2"
        assert first.has_focus  # Enter chooses and stays: the learner sees the choice
        await pilot.press("tab")  # Tab moves on
        second = quiz.query_one("#answer-1", RadioSet)
        assert second.has_focus
        await pilot.press("enter")  # "print": wrong
        assert quiz.answers() == {0: "2", 1: "print"}
        await pilot.press("f5")
        explain = quiz.query_one("#explain-1")
        await wait_until(pilot, lambda: "Not yet" in str(explain.render()))
        assert "return hands the answer back" in str(explain.render())
        assert "Right" in str(quiz.query_one("#explain-0").render())
        await pilot.press("down", "enter", "f5")
        await wait_until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        assert app.tutor.progress.is_done("numbers-quiz")

    drive(scenario)


def test_ctrl_t_stops_a_running_check(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        editor = await open_first_exercise(app, pilot)
        editor.insert("import time\ntime.sleep(4)\n", (0, 0))
        await pilot.press("f5")
        panel = app.screen.query_one(ResultsPanel)
        await pilot.pause(0.8)
        assert panel.result is None  # still checking, and the app still answers keys
        await pilot.press("ctrl+t")
        summary = panel.query_one("#results-summary")
        await wait_until(pilot, lambda: "Check stopped" in str(summary.render()))
        await pilot.pause(0.5)
        assert "Check stopped" in str(summary.render())  # and no new check started
        assert app.tutor is not None
        assert [a.status for a in app.tutor.progress.attempts("add")] == ["error"]

    drive(scenario)


def test_ctrl_t_with_no_check_running_does_nothing(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        await open_first_exercise(app, pilot)
        await pilot.press("ctrl+t")
        await pilot.pause(0.3)
        summary = app.screen.query_one(ResultsPanel).query_one("#results-summary")
        assert str(summary.render()) == "Press F5 to check your work."
        assert app.tutor is not None
        assert app.tutor.progress.attempts("add") == []

    drive(scenario)


def test_enter_on_a_failed_check_jumps_to_its_line(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        editor = await open_first_exercise(app, pilot)
        await pilot.press("down", "end", "backspace", "(")  # "return (": a syntax error
        await pilot.press("f5")
        panel = await wait_for_result(app, pilot)
        assert panel.result is not None and panel.result.status != "pass"
        editor.move_cursor((0, 0))
        await pilot.press("ctrl+g")
        assert editor.has_focus
        assert editor.cursor_location[0] == 1
        editor.move_cursor((0, 0))
        panel.query_one(OptionList).focus()
        await pilot.press("enter")  # on the first failed check
        assert editor.has_focus
        assert editor.cursor_location[0] == 1

    drive(scenario)
