"""A one-line find bar under the editor: type, Enter for the next match, Escape to close."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Label

from tutor.tui import keys


class FindBar(Horizontal):
    """Hidden until ctrl+f; tells its parent what to look for, shows "2 of 5"."""

    DEFAULT_CSS = """
    FindBar {
        height: 1;
        display: none;
    }
    FindBar.-open {
        display: block;
    }
    FindBar Label {
        width: auto;
        padding: 0 1;
    }
    FindBar Input, FindBar Input:focus {
        width: 1fr;
        height: 1;
        border: none;
        padding: 0;
    }
    """

    BINDINGS: ClassVar = keys.FIND_BAR

    class Find(Message):
        """The learner asked for the next (or, with shift+Enter, previous) match."""

        def __init__(self, needle: str, backwards: bool) -> None:
            super().__init__()
            self.needle = needle
            self.backwards = backwards

    class Closed(Message):
        """The bar was closed: the editor should take the keyboard back."""

    def compose(self) -> ComposeResult:
        yield Label("Find:")
        yield Input(placeholder="a word in this file, then Enter", id="find-input")
        yield Label("", id="find-count")

    def open(self, needle: str = "") -> None:
        self.add_class("-open")
        field = self.query_one(Input)
        if needle:
            field.value = needle
        field.focus()

    @property
    def is_open(self) -> bool:
        return self.has_class("-open")

    def show_count(self, which: int, total: int) -> None:
        label = self.query_one("#find-count", Label)
        if total == 0:
            label.update("not found")
        else:
            label.update(f"{which} of {total}")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Find(event.value, backwards=False))

    def action_close(self) -> None:
        self.remove_class("-open")
        self.post_message(self.Closed())
