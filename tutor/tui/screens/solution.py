"""The model answer, read-only, one tab per file (only offered once the exercise is done)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer, TabbedContent, TabPane

from tutor.safe_text import visible
from tutor.tui import keys
from tutor.tui.widgets.code_editor import CodeEditor
from tutor.tui.widgets.plain_text import PlainText

if TYPE_CHECKING:
    from tutor.course.model import Exercise


class SolutionScreen(Screen[None]):
    BINDINGS = keys.CLOSE

    def __init__(self, exercise: Exercise, files: dict[str, str]) -> None:
        super().__init__()
        self.exercise = exercise
        self.files = files

    def compose(self) -> ComposeResult:
        yield PlainText(
            f"A model answer to {self.exercise.title} (yours may differ and be right)",
            id="page-title",
        )
        with TabbedContent(id="solution-tabs"):
            for number, (name, text) in enumerate(self.files.items()):
                with TabPane(visible(name), id=f"solution-{number}"):
                    editor = CodeEditor(text, name)
                    editor.read_only = True
                    yield editor
        yield Footer(compact=True, show_command_palette=False)

    def action_close(self) -> None:
        self.dismiss(None)
