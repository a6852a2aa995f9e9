"""Pilot tests: the terminal pane (F12), a real shell in a real pseudo-terminal.

The git exercise test does the whole exercise from start to pass with only the
tutor: the shell inside it, then F5.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from textual.pilot import Pilot
from tui_driving import open_first_exercise
from tui_waiting import wait_until

from tutor.locations import bundled_course_dir
from tutor.tui.app import TutorApp
from tutor.tui.screens.course_map import CourseMapScreen
from tutor.tui.screens.lesson import LessonScreen
from tutor.tui.widgets.editor_tabs import EditorTabs
from tutor.tui.widgets.results_panel import ResultsPanel
from tutor.tui.widgets.terminal_pane import TerminalPane


@pytest.fixture(autouse=True)
def plain_shell_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A home with no ~/.bashrc: the machine's own can stall an interactive bash.

    (Here pyenv's `init` in root's ~/.bashrc waits 20 s without a real terminal.)
    The tests are about the pane, not about the machine's shell set-up.
    """
    home = tmp_path / "shell-home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("SHELL", "/bin/bash" if Path("/bin/bash").exists() else "/bin/sh")


async def type_line(pilot: Pilot[int], terminal: TerminalPane, line: str) -> None:
    # Keys one by one, as a learner types them (Pilot's press sends key names).
    names = {" ": "space", "'": "apostrophe", "-": "minus", "&": "ampersand", ".": "full_stop"}
    for character in line:
        await pilot.press(names.get(character, character))
    await pilot.press("enter")


def test_f12_opens_a_shell_in_the_exercise_folder_and_f12_returns_to_the_editor(
    drive, home: Path
) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        editor = await open_first_exercise(app, pilot)
        await pilot.press("f12")
        terminal = app.screen.query_one(TerminalPane)
        await wait_until(pilot, lambda: terminal.running and terminal.has_focus, 5)
        assert not app.screen.query_one(EditorTabs).display
        terminal.type_text("pwd\r")
        workspace = str(home / "workspaces" / "add")
        # A long path wraps onto the next row: read the rows as one stream.
        await wait_until(pilot, lambda: workspace in "".join(terminal.screen_model.display), 5)
        await pilot.press("f12")
        await wait_until(pilot, lambda: editor.has_focus)
        assert not terminal.display
        assert terminal.running  # the shell waits for the learner to come back

    drive(scenario)


def test_ctrl_c_reaches_the_program_in_the_shell_not_the_tutor(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        await open_first_exercise(app, pilot)
        await pilot.press("f12")
        terminal = app.screen.query_one(TerminalPane)
        await wait_until(pilot, lambda: terminal.running, 5)
        terminal.type_text("sleep 30; echo slept-$((40+2))\r")
        await asyncio.sleep(0.5)
        await pilot.press("ctrl+c")
        terminal.type_text("echo after-$((20+3))\r")
        await wait_until(pilot, lambda: "after-23" in terminal.screen_text(), 5)
        assert "slept-42" not in terminal.screen_text()
        assert isinstance(app.screen, LessonScreen)

    drive(scenario)


def test_exit_ends_the_shell_and_enter_starts_a_new_one(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        await open_first_exercise(app, pilot)
        await pilot.press("f12")
        terminal = app.screen.query_one(TerminalPane)
        await wait_until(pilot, lambda: terminal.running, 5)
        terminal.type_text("exit\r")
        await wait_until(pilot, lambda: "The shell has ended" in terminal.screen_text(), 5)
        assert not terminal.running
        await pilot.press("enter")
        await wait_until(pilot, lambda: terminal.running, 5)

    drive(scenario)


def test_leaving_the_exercise_ends_its_shell(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        await open_first_exercise(app, pilot)
        await pilot.press("f12")
        terminal = app.screen.query_one(TerminalPane)
        await wait_until(pilot, lambda: terminal.running, 5)
        process = terminal.process
        assert process is not None
        await pilot.press("f10")
        await wait_until(pilot, lambda: isinstance(app.screen, CourseMapScreen))
        await wait_until(pilot, lambda: process.poll() is not None, 5)

    drive(scenario)


def test_an_instructor_can_turn_the_terminal_off(drive, course_root: Path) -> None:
    course_file = course_root / "lessons" / "course.toml"
    course_file.write_text("terminal = false\n" + course_file.read_text())

    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        editor = await open_first_exercise(app, pilot)
        assert not app.screen.query(TerminalPane)
        await pilot.press("f12")
        await pilot.pause()
        assert editor.has_focus

    drive(scenario)


@pytest.mark.slow
def test_a_git_exercise_from_start_to_pass_with_only_the_terminal_inside_the_tutor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("TUTOR_HOME", str(home))
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    app = TutorApp(bundled_course_dir(), home, cursor_blink=False)

    async def scenario() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_until(pilot, lambda: app.tutor is not None)
            assert app.tutor is not None
            exercise = app.tutor.course.exercise("git-first-commit")
            assert exercise is not None
            app.open_exercise(exercise)
            await wait_until(pilot, lambda: isinstance(app.screen, LessonScreen))
            await pilot.pause()
            await pilot.press("f12")
            terminal = app.screen.query_one(TerminalPane)
            await wait_until(pilot, lambda: terminal.running and terminal.has_focus, 5)
            assert not app.screen.query_one(EditorTabs).display
            # Write the journal entry from the shell too, then stage and commit it.
            terminal.type_text("sed -i 's/^TODO.*/Today I made my first commit./' journal.txt\r")
            await type_line(pilot, terminal, "git add journal.txt")
            await type_line(pilot, terminal, "git commit -m 'Start my coding journal'")
            await wait_until(pilot, lambda: "1 file changed" in terminal.screen_text(), 10)
            await pilot.press("f5")
            panel = app.screen.query_one(ResultsPanel)
            await wait_until(pilot, lambda: panel.result is not None, 60)
            assert panel.result is not None and panel.result.status == "pass", panel.result
            assert app.tutor.progress.is_done("git-first-commit")
            app.tutor.close()

    asyncio.run(scenario())
