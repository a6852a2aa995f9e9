"""Pilot tests: the editor's own keys (select all, file start/end, wrapping, find)."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Tab
from tui_driving import open_first_exercise
from tui_waiting import wait_until

from tutor.tui.app import TutorApp
from tutor.tui.widgets.code_editor import CodeEditor
from tutor.tui.widgets.editor_tabs import EditorTabs
from tutor.tui.widgets.find_bar import FindBar

LONG_FILE = "".join(f"value_{n} = {n}  # line {n}\n" for n in range(1, 61))


def test_ctrl_a_selects_the_whole_file_and_home_still_goes_to_the_line_start(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        editor = await open_first_exercise(app, pilot)
        await pilot.press("down", "end", "home")
        assert editor.cursor_location == (1, 4)  # "    return 0": Home skips the indent
        await pilot.press("ctrl+a")
        assert editor.selected_text == editor.text
        await pilot.press("x")  # typing over a whole selection replaces the file
        assert editor.text == "x"

    drive(scenario)


def test_ctrl_end_and_ctrl_home_go_to_the_last_and_first_line(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        editor = await open_first_exercise(app, pilot)
        editor.load_text(LONG_FILE)
        await pilot.press("ctrl+end")
        assert editor.cursor_location == (60, 0)
        assert editor.scroll_y > 0
        await pilot.press("ctrl+home")
        assert editor.cursor_location == (0, 0)
        assert editor.scroll_y == 0

    drive(scenario)


def test_long_lines_wrap_in_a_narrow_pane_and_alt_z_switches(drive) -> None:
    long_line = "total = " + " + ".join(f"price_{n}" for n in range(30)) + "\n"

    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        editor = await open_first_exercise(app, pilot)
        editor.load_text(long_line)
        await pilot.pause()
        # 80 columns with the lesson pages open leave the editor ~44 columns.
        assert editor.size.width < 60
        assert editor.soft_wrap
        assert editor.wrapped_document.height > 1  # one line shown on several rows
        await pilot.press("alt+z")
        assert not editor.soft_wrap
        await pilot.press("f3")  # the lesson pane closes: the learner's choice stays
        await pilot.pause()
        assert not editor.soft_wrap

    drive(scenario, size=(80, 24))


def test_a_wide_pane_does_not_wrap(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        editor = await open_first_exercise(app, pilot)
        await pilot.press("f3")  # hide the lesson pages: the editor takes the width
        await pilot.pause()
        assert editor.size.width >= 76
        assert not editor.soft_wrap

    drive(scenario, size=(80, 24))


def test_wrapped_long_file_keeps_its_colours_near_the_view(drive) -> None:
    wide = "".join(f"name_{n} = '{'word ' * 12}'\n" for n in range(400))

    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        editor = await open_first_exercise(app, pilot)
        editor.load_text(wide)
        await pilot.pause()
        assert editor.soft_wrap
        await pilot.press("ctrl+end")
        await pilot.pause()
        # The last line is highlighted though the screen row is far past line 399.
        assert editor._highlights[399], "no highlighting near the view after wrapping"

    drive(scenario, size=(80, 24))


def test_ctrl_f_finds_each_match_in_turn_and_escape_returns_to_the_editor(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        editor = await open_first_exercise(app, pilot)
        editor.load_text("total = 0\nfor n in numbers:\n    total += n\nprint(TOTAL)\n")
        editor.move_cursor((0, 0))
        await pilot.press("ctrl+f")
        bar = app.screen.query_one(FindBar)
        assert bar.is_open
        await pilot.press(*"total", "enter")
        assert editor.selection.start == (0, 0) and editor.selected_text == "total"
        assert str(bar.query_one("#find-count").render()) == "1 of 3"
        await pilot.press("enter")
        assert editor.selection.start == (2, 4)
        await pilot.press("enter")  # any case: TOTAL is found too
        assert editor.selection.start == (3, 6)
        await pilot.press("enter")  # round to the first again
        assert editor.selection.start == (0, 0)
        await pilot.press("escape")
        await wait_until(pilot, lambda: editor.has_focus)
        assert not bar.is_open

    drive(scenario)


def test_find_says_when_nothing_matches(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        editor = await open_first_exercise(app, pilot)
        before = editor.text
        await pilot.press("ctrl+f", *"zebra", "enter")
        bar = app.screen.query_one(FindBar)
        assert str(bar.query_one("#find-count").render()) == "not found"
        assert editor.text == before  # the keys went to the find bar, not the file
        assert isinstance(editor, CodeEditor)

    drive(scenario)


def test_every_file_of_the_exercise_can_be_read_and_ctrl_n_reaches_it(drive, home: Path) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        editor = await open_first_exercise(app, pilot)
        tabs = app.screen.query_one(EditorTabs)
        assert tabs.files == ["add.py", "test_add.py"]  # the visible tests, not .git
        await pilot.press("ctrl+n")
        tests = tabs.current
        assert tests is not None and tests.path == "test_add.py" and tests.has_focus
        assert tests.read_only
        assert "def test_add_adds" in tests.text
        titles = [str(tab.label) for tab in app.screen.query(Tab)]
        assert "test_add.py (read-only)" in titles
        before = (home / "workspaces" / "add" / "test_add.py").read_text()
        await pilot.press("x", "enter")
        await pilot.pause(0.8)  # past the autosave delay
        assert (home / "workspaces" / "add" / "test_add.py").read_text() == before
        await pilot.press("ctrl+n")
        assert tabs.current is editor

    drive(scenario)


LONG_LINE_FILE = "def add(a, b):\n    return 0  # " + "x" * 250 + " end\n"


def test_a_long_lines_sideways_scroll_comes_back_when_the_file_is_reopened(drive) -> None:
    from tutor.tui.screens.course_map import CourseMapScreen
    from tutor.tui.screens.lesson import LessonScreen

    async def reopen(app: TutorApp, pilot: Pilot[int]) -> CodeEditor:
        await pilot.press("f10")
        await wait_until(pilot, lambda: isinstance(app.screen, CourseMapScreen))
        await pilot.pause()
        await pilot.press("enter")  # "continue where you left off"
        await wait_until(pilot, lambda: isinstance(app.screen, LessonScreen))
        await pilot.pause()
        await pilot.pause()
        return app.screen.query_one(CodeEditor)

    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        editor = await open_first_exercise(app, pilot)
        assert not editor.soft_wrap  # a wide pane: long lines scroll sideways
        editor.load_text(LONG_LINE_FILE)
        editor.move_cursor((1, 200))
        await pilot.pause()
        left_at = (editor.scroll_x, editor.scroll_y)
        assert left_at[0] > 0
        editor = await reopen(app, pilot)
        assert editor.cursor_location == (1, 200)
        assert (editor.scroll_x, editor.scroll_y) == left_at  # not re-centred on the cursor
        # Scrolled back to the line's start by hand, the view comes back there too.
        editor.move_cursor((1, 0))
        await pilot.pause()
        assert editor.scroll_x == 0
        editor = await reopen(app, pilot)
        assert editor.scroll_x == 0 and editor.cursor_location == (1, 0)

    drive(scenario, size=(200, 30))
