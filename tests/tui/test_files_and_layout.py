"""Pilot tests: autosave, changes made by other programs, 80x24, the command palette."""

from __future__ import annotations

import os
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Footer
from tui_driving import open_first_exercise
from tui_waiting import wait_until

from tutor.tui.app import TutorApp
from tutor.tui.screens.choice_dialog import ChoiceDialog
from tutor.tui.screens.lesson import LessonScreen
from tutor.tui.widgets import editor_tabs
from tutor.tui.widgets.code_editor import CodeEditor
from tutor.tui.widgets.results_panel import ResultsPanel


def workspace_file(home: Path) -> Path:
    return home / "workspaces" / "add" / "add.py"


def test_typing_reaches_the_disk_within_a_second(drive, home: Path) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        await open_first_exercise(app, pilot)
        await pilot.press("x")
        assert workspace_file(home).read_text() == "def add(a, b):\n    return 0\n"
        # 0.5 s debounce; the second of slack is for a loaded test machine.
        typed = "xdef add(a, b):\n    return 0\n"
        await wait_until(pilot, lambda: workspace_file(home).read_text() == typed, 1.5)

    drive(scenario)


def test_a_change_by_another_program_is_loaded(drive, home: Path) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        editor = await open_first_exercise(app, pilot)
        workspace_file(home).write_text("def add(a, b):\n    return b + a\n")
        await wait_until(pilot, lambda: editor.text == "def add(a, b):\n    return b + a\n", 5)

    drive(scenario)


def test_a_reset_from_another_terminal_is_loaded(drive, home: Path) -> None:
    """`tutor reset` in a shell puts the starter back in place: the open tab shows it."""

    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        editor = await open_first_exercise(app, pilot)
        editor.insert("# my try\n")
        await wait_until(pilot, lambda: workspace_file(home).read_text().startswith("# my"), 5)
        assert app.tutor is not None
        exercise = app.tutor.course.exercise("add")
        assert exercise is not None
        app.tutor.reset(exercise)
        starter = "def add(a, b):\n    return 0\n"
        assert workspace_file(home).read_text() == starter
        await wait_until(pilot, lambda: editor.text == starter, 5)

    drive(scenario)


def test_both_changed_asks_which_to_keep(drive, home: Path, monkeypatch) -> None:
    # Keep the typed text unsaved while the other program writes.
    monkeypatch.setattr(editor_tabs, "SAVE_AFTER_S", 60.0)

    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        editor = await open_first_exercise(app, pilot)
        editor.insert("# mine\n")
        workspace_file(home).write_text("# theirs\n")
        os.utime(workspace_file(home), ns=(1, 1))
        await wait_until(pilot, lambda: isinstance(app.screen, ChoiceDialog), 5)
        await pilot.press("enter")  # "Keep mine"
        await wait_until(pilot, lambda: workspace_file(home).read_text().startswith("# mine"), 5)
        assert editor.text.startswith("# mine")

    drive(scenario)


def test_lesson_screen_fits_80x24(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        await open_first_exercise(app, pilot)
        screen = app.screen
        assert isinstance(screen, LessonScreen)
        editor = screen.query_one(CodeEditor)
        results = screen.query_one(ResultsPanel)
        footer = screen.query_one(Footer)
        assert editor.size.height >= 8 and editor.size.width >= 40
        # Before a check the panel is one line ("Press F5..."): the editor gets the rows.
        assert results.size.height >= 1
        assert footer.region.y == 23
        assert editor.region.bottom <= results.region.y
        await pilot.press("f3")  # the lesson pane gives its width to the editor
        await pilot.pause()
        assert editor.size.width >= 76

    drive(scenario, size=(80, 24))


def test_resize_keeps_the_editor_usable(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        editor = await open_first_exercise(app, pilot)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert editor.size.height >= 8
        await pilot.resize_terminal(60, 20)
        await pilot.pause()
        assert editor.size.height >= 5 and editor.size.width >= 25

    drive(scenario, size=(120, 40))


def test_command_palette_lists_every_action(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        await open_first_exercise(app, pilot)
        names = [command.title for command in app.get_system_commands(app.screen)]
        for expected in ("Check", "Hint", "Lesson", "Prev", "Next", "Map", "History", "Solution"):
            assert any(name.startswith(expected + " (") for name in names), expected
        assert any(name.startswith("Editor (") for name in names)  # ctrl+g
        assert any(name.startswith("Stop check (") for name in names)

    drive(scenario)


def test_reference_opens_from_anywhere(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        await open_first_exercise(app, pilot)
        await pilot.press("f11")
        await pilot.pause()
        assert type(app.screen).__name__ == "ReferenceScreen"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LessonScreen)

    drive(scenario)


def test_a_window_below_80x24_is_told_and_keeps_quit_and_help(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        await open_first_exercise(app, pilot)
        notes = [str(n.message) for n in app._notifications]
        assert any("needs at least 80x24" in note for note in notes), notes
        footer = app.screen.query_one(Footer)
        shown = " ".join(
            str(key.render()) for key in footer.query("FooterKey") if key.region.right <= 60
        )
        assert "Quit" in shown and "Help" in shown, shown

    drive(scenario, size=(60, 20))


def test_a_big_enough_window_gets_no_size_warning(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        await open_first_exercise(app, pilot)
        assert not any("needs at least" in str(n.message) for n in app._notifications)

    drive(scenario, size=(80, 24))
