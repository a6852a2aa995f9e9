"""The exercise's files, one editor tab each, saved as the learner types.

- Autosave: a change reaches the workspace 0.5 s after typing stops, by
  Workspace.write (temp file + fsync + rename): a kill -9 loses at most the
  last second, and a half-written file never exists.
- Another program (the learner's own editor, `tutor restore`) may change a
  file: polled every second; reloaded when the editor has nothing unsaved,
  else the screen asks which to keep.
- Long lines wrap while the pane is narrower than WRAP_BELOW columns (at
  80x24 with the lesson open the editor has ~44), unless the learner chose
  with alt+z; ctrl+f opens a find bar under the editor.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events
from textual.app import ComposeResult
from textual.message import Message
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import TabbedContent, TabPane, TextArea

from tutor.safe_text import visible
from tutor.tui import keys
from tutor.tui.widgets.code_editor import CodeEditor, language_for
from tutor.tui.widgets.find_bar import FindBar

if TYPE_CHECKING:
    from tutor.workspace import Workspace

SAVE_AFTER_S = 0.5
# The learner's record's setting for the last editor view (with the "continue" position).
EDITOR_VIEW = "editor-view"
POLL_EVERY_S = 1.0
WRAP_BELOW = 70

Stamp = tuple[int, int]  # (mtime_ns, size): what the file looked like when we last saw it
View = dict[str, Any]  # file, x, y (scroll offsets), width, height, wrap: see EditorTabs.view


class EditorTabs(Widget):
    BINDINGS: ClassVar = keys.EDITOR_TABS

    class Saved(Message):
        """Unsaved changes reached the disk."""

    class ChangedOnDisk(Message):
        """A file changed on disk while the editor held unsaved changes: ask the learner."""

        def __init__(self, path: str) -> None:
            super().__init__()
            self.path = path

    def __init__(
        self,
        workspace: Workspace,
        files: list[str],
        *,
        read_only: list[str] | None = None,
        cursor_blink: bool = True,
        id: str = "",
    ) -> None:
        super().__init__(id=id or None)
        self.workspace = workspace
        self.edited = list(files)
        self.read_only = list(read_only or [])
        self.files = self.edited + self.read_only
        self.cursor_blink = cursor_blink
        self._saved_text: dict[str, str] = {}
        self._stamps: dict[str, Stamp | None] = {}
        self._save_timer: Timer | None = None
        self._asking: set[str] = set()

    def compose(self) -> ComposeResult:
        with TabbedContent():
            for number, name in enumerate(self.files):
                text = self._read(name)
                self._saved_text[name] = text
                self._stamps[name] = self._stamp(name)
                locked = name in self.read_only
                title = f"{name} (read-only)" if locked else name
                with TabPane(visible(title), id=f"file-{number}"):
                    editor = CodeEditor(text, name, id=f"editor-{number}")
                    editor.read_only = locked
                    editor.cursor_blink = self.cursor_blink
                    yield editor
        yield FindBar()

    def on_mount(self) -> None:
        self.set_interval(POLL_EVERY_S, self.poll_disk)
        for editor in self.editors():
            if language_for(editor.path) and not editor.highlighting:
                self.notify(
                    f"{editor.path} is very long, so its colours are off to keep typing fast.",
                    timeout=6,
                )

    def on_resize(self, event: events.Resize) -> None:
        for editor in self.editors():
            editor.fit_wrap_to(event.size.width, WRAP_BELOW)

    # --- find ------------------------------------------------------------------

    def action_find(self) -> None:
        editor = self.current
        selected = editor.selected_text if editor is not None else ""
        self.query_one(FindBar).open(selected if "\n" not in selected else "")

    def on_find_bar_find(self, message: FindBar.Find) -> None:
        editor = self.current
        if editor is None:
            return
        which, total = editor.find_next(message.needle, backwards=message.backwards)
        self.query_one(FindBar).show_count(which, total)

    def on_find_bar_closed(self, message: FindBar.Closed) -> None:
        if self.current is not None:
            self.current.focus()

    # --- finding editors -----------------------------------------------------

    def editors(self) -> list[CodeEditor]:
        return list(self.query(CodeEditor))

    def editor_for(self, name: str) -> CodeEditor | None:
        return next((e for e in self.editors() if e.path == name), None)

    @property
    def current(self) -> CodeEditor | None:
        tabs = self.query_one(TabbedContent)
        if tabs.active_pane is None:
            return None
        return tabs.active_pane.query_one(CodeEditor)

    def show_file(
        self, name: str, line: int | None = None, column: int = 0, view: View | None = None
    ) -> bool:
        """Bring a file's tab forward, put the cursor on line (1-based), focus it.

        view: the scroll offsets remembered with view(); put back when the file and
        the editor's size are the same, else the cursor's line is centred.
        """
        editor = self.editor_for(name)
        if editor is None:
            return False
        try:
            self.query_one(TabbedContent).active = f"file-{self.files.index(name)}"
        except ValueError:  # the tabs are not mounted yet (a screen opened from a dialog)
            self.call_after_refresh(self.show_file, name, line, column, view)
            return True
        if line is not None:
            row = max(0, min(line - 1, editor.document.line_count - 1))
            editor.move_cursor((row, column), center=True)
            if view is not None and view.get("file") == name:
                self.call_after_refresh(self._scroll_back, editor, view)
        editor.focus()
        return True

    def view(self) -> View | None:
        """Where the current file is scrolled to, and the editor's size then."""
        editor = self.current
        if editor is None:
            return None
        return {
            "file": editor.path,
            "x": round(editor.scroll_x),
            "y": round(editor.scroll_y),
            "width": editor.size.width,
            "height": editor.size.height,
            "wrap": editor.soft_wrap,
        }

    def _scroll_back(self, editor: CodeEditor, view: View) -> None:
        """The view as it was: only where it still shows the cursor (same size, same wrap)."""
        same = (editor.size.width, editor.size.height, editor.soft_wrap) == (
            view.get("width"),
            view.get("height"),
            view.get("wrap"),
        )
        if same:
            editor.scroll_to(view.get("x", 0), view.get("y", 0), animate=False, immediate=True)

    def show_notes(self, notes: dict[str, dict[int, str]]) -> None:
        """Draw notes beside lines (file -> line -> text); files not named get none."""
        for editor in self.editors():
            editor.show_notes(notes.get(editor.path, {}))

    def next_file(self) -> None:
        current = self.current
        if current is None or len(self.files) < 2:
            return
        following = self.files[(self.files.index(current.path) + 1) % len(self.files)]
        self.show_file(following)

    # --- saving --------------------------------------------------------------

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(SAVE_AFTER_S, self.save_all)

    def unsaved(self) -> list[str]:
        return [e.path for e in self.editors() if e.text != self._saved_text.get(e.path)]

    def save_all(self) -> bool:
        """Write every changed file now; True if anything was written."""
        if self._save_timer is not None:
            self._save_timer.stop()
            self._save_timer = None
        wrote = False
        for editor in self.editors():
            if editor.read_only:
                continue
            if editor.text == self._saved_text.get(editor.path) or editor.path in self._asking:
                continue
            self.workspace.write(editor.path, editor.text)
            self._saved_text[editor.path] = editor.text
            self._stamps[editor.path] = self._stamp(editor.path)
            wrote = True
        if wrote:
            self.post_message(self.Saved())
        return wrote

    # --- other programs' changes ------------------------------------------------

    def poll_disk(self) -> None:
        for editor in self.editors():
            name = editor.path
            stamp = self._stamp(name)
            if stamp == self._stamps.get(name) or name in self._asking:
                continue
            self._stamps[name] = stamp
            disk_text = self._read(name)
            if disk_text == editor.text:
                self._saved_text[name] = disk_text
            elif editor.text == self._saved_text.get(name):
                self.reload(name, disk_text)
                self.notify(f"{name} was changed by another program: loaded the new version.")
            else:
                self._asking.add(name)
                self.post_message(self.ChangedOnDisk(name))

    def reload(self, name: str, text: str | None = None) -> None:
        """Show the file as it is on disk (keeping the cursor where it can stay)."""
        editor = self.editor_for(name)
        if editor is None:
            return
        text = self._read(name) if text is None else text
        cursor = editor.cursor_location
        editor.load_text(text)
        row = min(cursor[0], editor.document.line_count - 1)
        editor.move_cursor((row, cursor[1]))
        self._saved_text[name] = text
        self._stamps[name] = self._stamp(name)

    def reload_all(self) -> None:
        for name in self.files:
            self.reload(name)

    def resolve(self, name: str, keep_mine: bool) -> None:
        """The learner's answer to ChangedOnDisk."""
        self._asking.discard(name)
        if keep_mine:
            self._saved_text[name] = "\0"  # anything unequal: the next save writes ours
            self.save_all()
        else:
            self.reload(name)

    def _read(self, name: str) -> str:
        try:
            return self.workspace.read(name)
        except Exception as error:  # noqa: BLE001 - a missing file is shown, not a crash
            self.notify(str(error), severity="error", timeout=10)
            return ""

    def _stamp(self, name: str) -> Stamp | None:
        try:
            info = os.stat(self.workspace.path / name)
        except OSError:
            return None
        return info.st_mtime_ns, info.st_size
