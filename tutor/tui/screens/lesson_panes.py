"""The exercise screen's panes and where the keyboard is: a base of LessonScreen.

The title bar names the pane that has the keys; ctrl+g always brings them
back to the editor (at the first failure's line when a check names one); F3
shows or hides the lesson, F12 the terminal; typing that reaches no file
(the check list, the lesson) says once where it went.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.screen import Screen
from textual.widget import Widget

from tutor.tui.widgets.code_editor import CodeEditor
from tutor.tui.widgets.editor_tabs import EditorTabs
from tutor.tui.widgets.lesson_reader import LessonReader
from tutor.tui.widgets.quiz_panel import QuizPanel
from tutor.tui.widgets.results_panel import ResultsPanel
from tutor.tui.widgets.terminal_pane import TerminalPane
from tutor.tui.widgets.title_bar import TitleBar

if TYPE_CHECKING:
    from tutor.app_state import Tutor
    from tutor.course.model import Exercise


class LessonPanes(Screen[None]):
    tutor: Tutor
    exercise: Exercise
    is_quiz: bool
    _told_keys_at: Widget | None  # where dropped typing was last explained

    def _keys_moved(self, focused: Widget | None) -> None:
        """Name the pane that has the keyboard, in the title bar and on the pane's edge."""
        self.query_one(TitleBar).set_keys(self._keys_label(focused))
        if focused is not self._told_keys_at:
            self._told_keys_at = None

    def _keys_label(self, focused: Widget | None) -> str:
        if focused is None:
            return ""
        if isinstance(focused, CodeEditor):
            read_only = " (read-only)" if focused.read_only else ""
            return f"Keys: editor, {focused.path}{read_only}"
        back = "ctrl+g: editor" if self._tabs() is not None else ""
        for pane, name in (
            (TerminalPane, "terminal"),
            (ResultsPanel, "check list"),
            (LessonReader, "lesson"),
            (QuizPanel, "quiz"),
        ):
            if isinstance(focused, pane) or any(isinstance(a, pane) for a in focused.ancestors):
                return f"Keys: {name}" + (f" - {back}" if back and pane is not QuizPanel else "")
        return ""

    def on_key(self, event: events.Key) -> None:
        """Typing that reaches no file (the check list, the lesson) is not silently lost."""
        where = self._keys_label(self.focused)
        if not event.is_printable or "check list" not in where and "lesson" not in where:
            return
        if self._told_keys_at is not self.focused:
            self._told_keys_at = self.focused
            self.notify(
                "Your typing goes to the "
                + where.split(" - ")[0].removeprefix("Keys: ")
                + ", not into a file. Press ctrl+g to type in the editor again.",
                severity="warning",
                timeout=6,
            )

    def _tabs(self) -> EditorTabs | None:
        found = self.query(EditorTabs)
        return found.first() if found else None

    def action_goto_failure(self) -> None:
        """To the first failure's line when a check points at one; else to the editor."""
        place = self.query_one(ResultsPanel).failure_place()
        tabs = self._tabs()
        terminal = self._terminal()
        if tabs is None or (not self.exercise.edit and terminal is not None):
            # Nothing to edit: the terminal (or the quiz) is the workbench.
            if terminal is not None:
                self._start_terminal(terminal)
            elif self.is_quiz:
                self.query_one(QuizPanel).focus_first_question()
            return
        self._show_editor(tabs)
        if place is not None and tabs.show_file(*place):
            return
        if tabs.current is not None:
            tabs.current.focus()

    def _show_editor(self, tabs: EditorTabs) -> None:
        """The editor in place of the terminal, when the terminal is showing."""
        terminal = self._terminal()
        if terminal is not None and terminal.display:
            terminal.display = False
            tabs.display = True

    def on_results_panel_jump_to(self, message: ResultsPanel.JumpTo) -> None:
        self._jump(message.file, message.line)

    def _jump(self, file: str, line: int | None) -> None:
        tabs = self._tabs()
        if tabs is not None:
            self._show_editor(tabs)
        if tabs is None or not tabs.show_file(file, line):
            where = file if line is None else f"{file} line {line}"
            self.notify(f"The check points at {where}, which is not a file you edit here.")

    def action_toggle_reader(self) -> None:
        reader = self.query_one(LessonReader)
        reader.toggle_class("hidden")
        if reader.has_class("hidden"):
            tabs = self._tabs()
            if tabs is not None and tabs.current is not None:
                tabs.current.focus()
        else:
            reader.focus()

    def _terminal(self) -> TerminalPane | None:
        found = self.query(TerminalPane)
        return found.first() if found else None

    def _start_terminal(self, terminal: TerminalPane) -> None:
        try:
            terminal.start()
        except OSError as error:
            self.notify(f"The terminal could not start: {error}", severity="error", timeout=10)
            return
        terminal.focus()

    def action_toggle_terminal(self) -> None:
        terminal = self._terminal()
        if terminal is None:
            self.notify("Your instructor has turned the terminal off for this course.", timeout=6)
            return
        tabs = self._tabs()
        if tabs is None:  # nothing else to show: F12 only brings the keyboard back
            self._start_terminal(terminal)
            return
        if terminal.display and terminal.has_focus:
            terminal.display = False
            tabs.display = True
            if tabs.current is not None:
                tabs.current.focus()
            return
        tabs.save_all()
        tabs.display = False
        terminal.display = True
        self._start_terminal(terminal)

    def action_next_file(self) -> None:
        tabs = self._tabs()
        if tabs is not None:
            tabs.next_file()
