"""The learner's code editor: Textual's TextArea, tuned for a day of typing.

- Highlighting parses from bytes (see code_document.py), so memory stays flat.
- Only the lines around the view are highlighted: Textual re-queries the whole
  file on every keystroke, which costs ~90 ms at 3,000 lines.
- Enter keeps the indentation of the line above, one level deeper after a
  line that opens a block (`:` in Python, `{` in CSS/JavaScript).
- Long lines wrap to fit the pane (alt+z switches it); ctrl+a selects all,
  ctrl+home/ctrl+end go to the first and last line.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import ClassVar, cast

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingsMap
from textual.document._document_navigator import DocumentNavigator
from textual.document._wrapped_document import WrappedDocument
from textual.geometry import Offset
from textual.strip import Strip
from textual.widgets import TextArea
from textual.widgets.text_area import Document, Selection

from tutor.safe_text import visible
from tutor.tui import keys

NOTE_STYLE = Style(color="black", bgcolor="yellow")

LANGUAGE_BY_SUFFIX: dict[str, str] = {
    ".py": "python",
    ".html": "html",
    ".htm": "html",
    ".css": "css",
    ".js": "javascript",
    ".mjs": "javascript",
    ".sql": "sql",
    ".toml": "toml",
    ".md": "markdown",
    ".json": "json",
    ".yaml": "yaml",
    ".yml": "yaml",
    ".sh": "bash",
}

BLOCK_OPENERS: dict[str, tuple[str, ...]] = {
    "python": (":",),
    "javascript": ("{", "[", "("),
    "css": ("{",),
    "json": ("{", "["),
}


def language_for(path: str | PurePath) -> str | None:
    return LANGUAGE_BY_SUFFIX.get(PurePath(path).suffix.lower())


class CodeEditor(TextArea):
    """A TextArea for one file of an exercise."""

    HIGHLIGHT_MAX_LINES: ClassVar[int] = 5_000
    """Above this, highlighting is switched off (the status line says so)."""

    HIGHLIGHT_MARGIN: ClassVar[int] = 60
    """Lines highlighted above and below the view, so short scrolls need no re-query."""

    BINDINGS: ClassVar = keys.EDITOR

    @classmethod
    def _merge_bindings(cls) -> BindingsMap:
        """TextArea's keys without F6 (select line) and F7 (select all), ctrl+a as select all.

        The exercise screen uses F6 and F7; left here they would also come
        first in the footer, ahead of Check. TextArea's ctrl+a (start of line,
        as in a shell) stays on Home.
        """
        merged = super()._merge_bindings()
        for key in ("f6", "f7"):
            merged.key_to_bindings.pop(key, None)
        for binding in keys.EDITOR:
            if isinstance(binding, Binding):  # all of them: keys.py writes only Bindings
                merged.key_to_bindings[binding.key] = [binding]
        return merged

    def __init__(
        self, text: str, path: str, *, soft_wrap: bool = False, id: str | None = None
    ) -> None:
        self.path = path
        self.notes: dict[int, str] = {}  # 1-based line -> a note drawn beside it
        self.highlighting = False
        self._highlight_window = (0, 0)
        self.wrap_chosen = False
        """True once the learner has switched wrapping: the pane's width no longer decides."""
        super().__init__(
            text,
            language=language_for(path),
            theme="css",
            soft_wrap=soft_wrap,
            tab_behavior="indent",
            show_line_numbers=True,
            id=id,
        )

    # --- moving around ----------------------------------------------------------

    def action_cursor_file_start(self) -> None:
        self.move_cursor((0, 0), center=True)

    def action_cursor_file_end(self) -> None:
        last = self.document.line_count - 1
        self.move_cursor((last, len(self.document.get_line(last))), center=True)

    def action_toggle_wrap(self) -> None:
        self.wrap_chosen = True
        self.soft_wrap = not self.soft_wrap
        self.notify("Long lines now wrap." if self.soft_wrap else "Long lines now scroll sideways.")

    def fit_wrap_to(self, width: int, narrow_below: int) -> None:
        """Wrap in a narrow pane, unless the learner chose for this file."""
        if not self.wrap_chosen:
            self.soft_wrap = width < narrow_below

    def find_next(self, needle: str, *, backwards: bool = False) -> tuple[int, int]:
        """Select the next match of needle (any case) after the cursor, wrapping round.

        Returns (which match, how many), 1-based; (0, 0) when there is none.
        """
        if not needle:
            return 0, 0
        text = self.text
        folded, wanted = text.casefold(), needle.casefold()
        starts = []
        at = folded.find(wanted)
        while at != -1:
            starts.append(at)
            at = folded.find(wanted, at + 1)
        if not starts:
            return 0, 0
        # TextArea types its document as DocumentBase, but always makes a Document.
        document = cast(Document, self.document)
        here = document.get_index_from_location(self.selection.end)
        if backwards:
            here = document.get_index_from_location(self.selection.start)
            before = [s for s in starts if s < here]
            chosen = before[-1] if before else starts[-1]
        else:
            after = [s for s in starts if s >= here]
            chosen = after[0] if after else starts[0]
        start = document.get_location_from_index(chosen)
        end = document.get_location_from_index(chosen + len(needle))
        self.select_match(start, end)
        return starts.index(chosen) + 1, len(starts)

    def select_match(self, start: tuple[int, int], end: tuple[int, int]) -> None:
        self.selection = Selection(start, end)
        self.scroll_cursor_visible(center=True)

    # --- highlighting ---------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        """A line of the file, with control characters (an escape in the learner's file)
        drawn as symbols rather than sent to the terminal; the line keeps its width."""
        strip = super().render_line(y)
        if not all(segment.control or segment.text.isprintable() for segment in strip):
            safe = [
                segment if segment.control else Segment(visible(segment.text), segment.style)
                for segment in strip
            ]
            strip = Strip(safe).crop(0, strip.cell_length)
        return self._with_note(strip, y) if self.notes else strip

    def show_notes(self, notes: dict[int, str]) -> None:
        """Notes to draw beside lines (1-based line -> text): an instructor's comments."""
        self.notes = {line: visible(" ".join(text.split())) for line, text in notes.items()}
        self.refresh()

    def _with_note(self, strip: Strip, y: int) -> Strip:
        """The strip with the note of its line drawn after the line's text, if there is room."""
        row = y + int(self.scroll_y)
        line = self._line_at_row(row)
        note = self.notes.get(line + 1)
        if note is None or line >= self.document.line_count:
            return strip
        if self.soft_wrap and self.wrapped_document.offset_to_location(Offset(0, row))[1]:
            return strip  # a wrapped line's continuation: the note is on its first row
        end = self.gutter_width + len(self.document.get_line(line).expandtabs(self.indent_width))
        start = end - int(self.scroll_x) + 2
        width = strip.cell_length
        if start >= width - 4:
            return strip
        shown = Strip([Segment(f"◀ {note}", NOTE_STYLE)])
        return Strip.join([strip.crop(0, start), shown]).crop(0, width).extend_cell_length(width)

    def _set_document(self, text: str, language: str | None) -> None:
        """As TextArea's, but with CodeDocument and a size limit for highlighting."""
        ts_language = None
        if language and text.count("\n") < self.HIGHLIGHT_MAX_LINES:
            from textual._tree_sitter import get_language  # imports the grammar on first use

            ts_language = get_language(language)
        self.highlighting = ts_language is not None
        if ts_language is None:
            super()._set_document(text, None)
            return
        from tutor.tui.widgets.code_document import CodeDocument

        document = CodeDocument(text, ts_language)
        self._highlight_query = document.prepare_query(
            self._get_builtin_highlight_query(language or "")
        )
        self.document = document
        self.wrapped_document = WrappedDocument(document, tab_width=self.indent_width)
        self.navigator = DocumentNavigator(self.wrapped_document)
        self._build_highlight_map()
        self.move_cursor((0, 0))
        self._rewrap_and_refresh_virtual_size()

    def _line_at_row(self, row: int) -> int:
        """The file's line shown on a screen row (they differ when long lines wrap)."""
        if not self.soft_wrap:
            return row
        row = max(0, min(row, self.wrapped_document.height - 1))
        return self.wrapped_document.offset_to_location(Offset(0, row))[0]

    def _visible_window(self) -> tuple[int, int]:
        top = self._line_at_row(int(self.scroll_y))
        height = max(self.size.height, 24)
        return max(0, top - self.HIGHLIGHT_MARGIN), top + height + self.HIGHLIGHT_MARGIN

    def _build_highlight_map(self) -> None:
        """Highlight only the lines near the view (by file line, wrapped or not)."""
        self._line_cache.clear()
        highlights = self._highlights
        highlights.clear()
        if not self._highlight_query:
            return
        first, last = self._highlight_window = self._visible_window()
        captures = self.document.query_syntax_tree(
            self._highlight_query, start_point=(first, 0), end_point=(last, 0)
        )
        for name, nodes in captures.items():
            for node in nodes:
                start_row, start_column = node.start_point
                end_row, end_column = node.end_point
                if start_row == end_row:
                    highlights[start_row].append((start_column, end_column, name))
                    continue
                highlights[start_row].append((start_column, None, name))
                for row in range(max(start_row + 1, first), min(end_row, last + 1)):
                    highlights[row].append((0, None, name))
                highlights[end_row].append((0, end_column, name))

    def _watch_scroll_y(self) -> None:
        super()._watch_scroll_y()
        first, last = self._highlight_window
        top = self._line_at_row(int(self.scroll_y))
        if self._highlight_query and (top < first or top + self.size.height > last):
            self._build_highlight_map()
            self.refresh()

    # --- auto-indent ----------------------------------------------------------

    async def _on_key(self, event: events.Key) -> None:
        # TextArea's own keys (arrows, backspace, undo...) are bindings, which Textual
        # runs only when the key has bubbled up to the App through every parent's
        # queue, while typed characters are inserted right here. When the app is
        # busy (a screen just opened) "Down, x" could then insert x before moving.
        # Running the editor's bindings here keeps keys in the order they were typed.
        own = self._bindings.key_to_bindings.get(event.key)
        if own:
            event.stop()
            event.prevent_default()
            await self.run_action(own[0].action)
            return
        if event.key == "enter" and not self.read_only:
            event.stop()
            event.prevent_default()
            start, end = self.selection
            self._replace_via_keyboard("\n" + self._indent_after(min(start, end)), start, end)
            return
        await super()._on_key(event)

    def _indent_after(self, location: tuple[int, int]) -> str:
        row, column = location
        before = self.document.get_line(row)[:column]
        indent = before[: len(before) - len(before.lstrip())]
        openers = BLOCK_OPENERS.get(self.language or "", ())
        if openers and before.rstrip().endswith(openers):
            indent += " " * self.indent_width
        return indent
