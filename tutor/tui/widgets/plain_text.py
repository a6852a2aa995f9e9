"""A Static that shows text as it is: course text and check messages hold [brackets].

Its text is learner output, check messages and course strings: every control
character is shown as a symbol (safe_text.visible), never sent to the terminal.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.widgets import Static

from tutor.safe_text import visible


def shown(content: Any) -> Any:
    """str or Rich Text with control characters made visible; anything else as it is."""
    if isinstance(content, str):
        return visible(content)
    if isinstance(content, Text) and not content.plain.isprintable():
        safe = content.copy()
        safe.plain = visible(content.plain)  # one character for one: styles stay in place
        return safe
    return content


class PlainText(Static):
    def __init__(self, content: str = "", *, id: str | None = None, classes: str | None = None):
        super().__init__(shown(content), markup=False, id=id, classes=classes)

    def update(self, content: Any = "", *, layout: bool = True) -> None:
        super().update(shown(content), layout=layout)
