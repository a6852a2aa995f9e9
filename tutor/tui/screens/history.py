"""The exercise's snapshots (one per check): compare any with the files now, or go back to it.

Restoring adds a new snapshot (Workspace.restore), so nothing is lost: the
files as they were before the restore are a snapshot too. git runs in a
worker thread: on an old PC a diff can take a moment.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, OptionList
from textual.widgets.option_list import Option

from tutor.safe_text import visible
from tutor.tui import keys
from tutor.tui.screens.choice_dialog import ChoiceDialog
from tutor.tui.widgets.plain_text import PlainText
from tutor.workspace.readable_diff import LEGEND, RowKind, readable_diff

if TYPE_CHECKING:
    from tutor.app_state import Tutor
    from tutor.course.model import Exercise
    from tutor.workspace import Snapshot


class HistoryScreen(Screen[bool]):
    """Dismissed with True when the files were restored (the editor must reload them)."""

    BINDINGS = keys.HISTORY
    AUTO_FOCUS = "#history-list"

    def __init__(self, tutor: Tutor, exercise: Exercise) -> None:
        super().__init__()
        self.exercise = exercise
        self.workspace = tutor.workspace(exercise)
        self.snapshots: list[Snapshot] = []

    def compose(self) -> ComposeResult:
        yield PlainText(f"History of {self.exercise.title}", id="page-title")
        with Horizontal(id="history-body"):
            yield OptionList(id="history-list")
            with VerticalScroll(id="history-diff"):
                yield PlainText("Reading the history...", id="diff-text")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.load_history()

    @work(thread=True, exit_on_error=False, exclusive=True, group="git")
    def load_history(self) -> None:
        try:
            snapshots = self.workspace.history()
        except Exception as error:  # noqa: BLE001 - the learner sees the sentence
            self.app.call_from_thread(self._show_diff, Text(str(error)))
            return
        self.app.call_from_thread(self._show_snapshots, snapshots)

    def _show_snapshots(self, snapshots: list[Snapshot]) -> None:
        self.snapshots = snapshots
        options = self.query_one(OptionList)
        options.clear_options()
        for number, snapshot in enumerate(snapshots):
            when = snapshot.when.astimezone().strftime("%d %b %H:%M")
            options.add_option(Option(visible(f"{when}  {snapshot.message}"), id=f"snap-{number}"))
        if snapshots:
            options.highlighted = 0
            self._show_diff(
                Text("Enter: compare this snapshot with your files now.  r: restore it.")
            )
        else:
            self._show_diff(Text("No snapshots yet: each check (F5) saves one."))

    def _chosen(self) -> Snapshot | None:
        index = self.query_one(OptionList).highlighted
        return self.snapshots[index] if index is not None and index < len(self.snapshots) else None

    def on_option_list_option_selected(self) -> None:
        self.action_show_diff()

    def action_show_diff(self) -> None:
        snapshot = self._chosen()
        if snapshot is not None:
            self._show_diff(Text("Comparing..."))
            self.load_diff(snapshot.sha)

    @work(thread=True, exit_on_error=False, exclusive=True, group="git")
    def load_diff(self, sha: str) -> None:
        try:
            diff = self.workspace.diff(sha)
        except Exception as error:  # noqa: BLE001
            self.app.call_from_thread(self._show_diff, Text(str(error)))
            return
        self.app.call_from_thread(self._show_diff, colour_diff(diff))

    def _show_diff(self, text: Text) -> None:
        self.query_one("#diff-text", PlainText).update(text)

    def action_restore(self) -> None:
        snapshot = self._chosen()
        if snapshot is None:
            return

        def answer(choice: str | None) -> None:
            if choice == "restore":
                self.restore(snapshot.sha)

        when = snapshot.when.astimezone().strftime("%d %b %H:%M")
        self.app.push_screen(
            ChoiceDialog(
                f"Make your files as they were at {when} ({snapshot.message})?\n\n"
                "Your files as they are now stay in the history, so you can come back.",
                {"restore": "Restore", "cancel": "Cancel"},
                title="Restore a snapshot",
            ),
            answer,
        )

    @work(thread=True, exit_on_error=False, exclusive=True, group="git")
    def restore(self, sha: str) -> None:
        try:
            self.workspace.restore(sha)
        except Exception as error:  # noqa: BLE001
            self.app.call_from_thread(self.notify, str(error), severity="error", timeout=10)
            return
        self.app.call_from_thread(self._restored, sha)

    def _restored(self, sha: str) -> None:
        self.notify(f"Your files are back as they were at snapshot {sha[:7]}.")
        self.dismiss(True)

    def action_back(self) -> None:
        self.dismiss(False)


def colour_diff(diff: str) -> Text:
    """A diff as a learner reads it (readable_diff.py): removed lines red, added green.

    The - and + stay, so the difference shows on a 16-colour console too.
    """
    rows = readable_diff(diff)
    if not rows:
        return Text("No difference: your files are the same as in this snapshot.")
    text = Text(LEGEND + "\n", style="italic")
    for row in rows:
        if row.kind is RowKind.FILE:
            text.append("\n")
        text.append(row.text + "\n", style=ROW_STYLES.get(row.kind, ""))
    return text


ROW_STYLES = {
    RowKind.FILE: "bold",
    RowKind.PLACE: "cyan",
    RowKind.REMOVED: "red",
    RowKind.ADDED: "green",
    RowKind.NOTE: "italic",
}
