"""One line above the course map: how much of the course is done."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar


class ProgressSummary(Horizontal):
    def compose(self) -> ComposeResult:
        yield Label("", id="progress-label")
        yield ProgressBar(total=1, show_eta=False, id="progress-bar")

    def show(self, done: int, total: int) -> None:
        self.query_one("#progress-label", Label).update(f"{done} of {total} exercises done ")
        self.query_one("#progress-bar", ProgressBar).update(total=max(total, 1), progress=done)
