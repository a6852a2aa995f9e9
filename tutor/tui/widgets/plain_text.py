"""A Static that shows text as it is: course text and check messages hold [brackets]."""

from __future__ import annotations

from textual.widgets import Static


class PlainText(Static):
    def __init__(self, content: str = "", *, id: str | None = None, classes: str | None = None):
        super().__init__(content, markup=False, id=id, classes=classes)
