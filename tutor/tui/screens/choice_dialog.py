"""A question with a few answers, as buttons: Enter picks, Tab/arrows move, Escape cancels."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button

from tutor.tui.widgets.plain_text import PlainText


class ChoiceDialog(ModalScreen[str | None]):
    BINDINGS = [
        Binding("escape", "dismiss(None)", "Cancel"),
        Binding("left", "app.focus_previous", show=False),
        Binding("right", "app.focus_next", show=False),
    ]

    def __init__(self, message: str, choices: dict[str, str], *, title: str = "") -> None:
        """choices: answer id -> button label; the first is the default."""
        super().__init__()
        self.message = message
        self.choices = choices
        self.title_text = title

    def compose(self) -> ComposeResult:
        with Vertical():
            if self.title_text:
                yield PlainText(self.title_text, classes="dialog-title")
            yield PlainText(self.message)
            with Horizontal(id="dialog-buttons"):
                for answer, label in self.choices.items():
                    yield Button(label, id=f"choice-{answer}")

    def on_mount(self) -> None:
        buttons = self.query(Button)
        if buttons:  # none when the app closes as the dialog opens (ctrl+q as a check passes)
            buttons.first().focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss((event.button.id or "").removeprefix("choice-"))
