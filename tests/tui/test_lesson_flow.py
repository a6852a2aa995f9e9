"""Pilot tests of the main path: open an exercise, type a fix, check it, see the map update."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import OptionList
from tui_driving import open_first_exercise, type_the_fix, wait_for_result
from tui_waiting import wait_until

from tutor.runner import result as runner_result
from tutor.tui.app import TutorApp
from tutor.tui.screens.choice_dialog import ChoiceDialog
from tutor.tui.screens.course_map import CourseMapScreen
from tutor.tui.screens.lesson import LessonScreen
from tutor.tui.widgets.course_tree import CourseTree
from tutor.tui.widgets.lesson_reader import LessonReader
from tutor.tui.widgets.results_panel import ResultsPanel


def tree_labels(app: TutorApp) -> dict[str, str]:
    tree = app.query_one_screen(CourseMapScreen).query_one(CourseTree)  # under the lesson too
    labels = {}
    for node in tree._exercise_nodes.values():
        assert node.data is not None and node.data.exercise is not None
        labels[node.data.exercise.id] = str(node.label)
    return labels


def test_map_shows_statuses_and_locks(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        labels = tree_labels(app)
        assert labels["add"].startswith("[ ]")
        assert labels["add-three"].startswith("[-]")  # requires basics/adding
        tree = app.screen.query_one(CourseTree)
        assert tree.cursor_node is not None and tree.cursor_node.data is not None
        assert tree.cursor_node.data.exercise is not None
        assert tree.cursor_node.data.exercise.id == "add"

    drive(scenario)


def test_a_locked_exercise_opens_after_a_clear_warning(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        tree = app.screen.query_one(CourseTree)
        tree.select_exercise("add-three")
        await pilot.pause()
        details = str(app.screen.query_one("#map-details").render())
        assert "Locked: first finish" in details
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        await pilot.press("escape")  # not yet: back on the map, nothing opened
        await wait_until(pilot, lambda: isinstance(app.screen, CourseMapScreen))
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        dialog = app.screen
        assert "is locked" in dialog.message
        dialog.query_one("#choice-open").press()
        await wait_until(pilot, lambda: isinstance(app.screen, LessonScreen))
        assert app.screen.exercise.id == "add-three"

    drive(scenario)


def test_type_fix_check_pass_and_map_updates(drive, home: Path) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        editor = await open_first_exercise(app, pilot)
        await type_the_fix(pilot)
        assert editor.text == "def add(a, b):\n    return a + b\n"
        await pilot.press("f5")
        panel = await wait_for_result(app, pilot)
        assert panel.result is not None and panel.result.status == "pass"
        await wait_until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        await pilot.press("escape")  # stay here
        await pilot.press("f10")
        await wait_until(pilot, lambda: isinstance(app.screen, CourseMapScreen))
        labels = tree_labels(app)
        assert labels["add"].startswith("[x]")
        assert labels["add-three"].startswith("[-]")  # the quiz in its lesson is not done
        progress = app.screen.query_one("#progress-label")
        assert "1 of 3 exercises done" in str(progress.render())

    app = drive(scenario)
    assert (home / "workspaces" / "add" / "add.py").read_text() == (
        "def add(a, b):\n    return a + b\n"
    )
    del app


def test_failure_shows_steps_and_first_failure(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        await open_first_exercise(app, pilot)
        await pilot.press("ctrl+r")
        panel = await wait_for_result(app, pilot)
        assert panel.result is not None and panel.result.status == "fail"
        lines = [str(o.prompt) for o in panel.query_one(OptionList).options]
        assert lines[0] == "[x] Step 1: Define add"
        assert any("[ ] Step 2: Add correctly" in line for line in lines)
        explained = str(panel.query_one("#results-explained").render())
        assert "add(2, 3) should give back 5" in explained

    drive(scenario)


def test_completing_offers_the_next_exercise(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        await open_first_exercise(app, pilot)
        await type_the_fix(pilot)
        await pilot.press("f5")
        await wait_until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        await pilot.press("enter")  # "Next exercise" is the first button
        await wait_until(
            pilot,
            lambda: isinstance(app.screen, LessonScreen) and app.screen.exercise.id != "add",
        )
        assert isinstance(app.screen, LessonScreen)
        assert app.screen.exercise.id == "numbers-quiz"

    drive(scenario)


def test_hints_come_one_at_a_time_and_are_recorded(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        await open_first_exercise(app, pilot)
        await pilot.press("f2")
        reader = app.screen.query_one(LessonReader)
        assert [h.number for h in reader.hints] == [1]
        await pilot.press("f2", "f2")  # a third press stays on the last hint
        assert [h.number for h in reader.hints] == [1, 2]
        assert app.tutor is not None
        assert app.tutor.progress.hints_revealed("add") == 2

    drive(scenario)


def test_solution_opens_only_when_done(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        await open_first_exercise(app, pilot)
        await pilot.press("f6")
        assert isinstance(app.screen, LessonScreen)  # refused, with a notification
        await type_the_fix(pilot)
        await pilot.press("f5")
        await wait_until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        await pilot.press("escape", "f6")
        await pilot.pause()
        assert type(app.screen).__name__ == "SolutionScreen"
        await pilot.press("escape")
        assert isinstance(app.screen, LessonScreen)

    drive(scenario)


def test_continue_returns_to_the_file_and_line(drive, make_app) -> None:
    async def first_visit(app: TutorApp, pilot: Pilot[int]) -> None:
        editor = await open_first_exercise(app, pilot)
        await pilot.press("down", "end")
        assert editor.cursor_location == (1, 12)
        await pilot.press("ctrl+q")

    drive(first_visit)

    async def second_visit(app: TutorApp, pilot: Pilot[int]) -> None:
        editor = await open_first_exercise(app, pilot)
        assert editor.cursor_location == (1, 12)

    drive(second_visit)


def test_a_check_stopped_for_time_says_so_in_its_headline(drive) -> None:
    """The checks ran until one never ended: not "No check could run"."""

    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        await open_first_exercise(app, pilot)
        panel = app.screen.query_one(ResultsPanel)
        stuck = runner_result.Result(
            status="error",
            exercise="add",
            message="Your code took longer than 5 seconds ... a loop that never ends.",
            timed_out=True,
            tests=[
                runner_result.TestResult(name="adds small numbers", status="pass"),
                runner_result.TestResult(name="adds big numbers", status="error", message="slow"),
            ],
        )
        panel.show_result(stuck)
        await pilot.pause()
        summary = str(panel.query_one("#results-summary").render())
        assert summary == "1 of 2 checks pass. Your code ran too long and was stopped: see below."
        # "below" holds something: the explanation of the check that ran too long, on screen.
        detail = panel.query_one("#results-detail")
        assert "slow" in str(panel.query_one("#results-explained").render())
        assert detail.region.height >= 2

    drive(scenario)
