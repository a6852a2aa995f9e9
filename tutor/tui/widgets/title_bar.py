"""The exercise screen's top line: where the learner is, and where their keys go.

Nothing else on screen shows which pane has the keyboard on a 16-colour
console (a border's colour is easy to miss), so its right end names the pane
in reverse video ("Keys: editor"), and how to get back to the editor.
"""

from __future__ import annotations

from rich.text import Text

from tutor.tui.widgets.plain_text import PlainText


class TitleBar(PlainText):
    def __init__(self, title: str, *, id: str | None = None) -> None:
        super().__init__(title, id=id)
        self.title_text = title
        self.keys_text = ""

    def set_title(self, title: str) -> None:
        self.title_text = title
        self._draw()

    def set_keys(self, keys: str) -> None:
        self.keys_text = keys
        self._draw()

    def on_resize(self) -> None:
        self._draw()

    def _draw(self) -> None:
        width = self.content_size.width or 78
        keys = f" {self.keys_text} " if self.keys_text else ""
        room = max(0, width - len(keys) - 1)
        title = self.title_text
        if len(title) > room:
            title = title[: max(0, room - 3)] + "..."
        text = Text(title.ljust(room + 1))
        text.append(keys, style="reverse")
        self.update(text)
