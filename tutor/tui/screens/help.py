"""Help: every key, how checks work, and where the learner's files are."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Markdown

from tutor.tui import keys
from tutor.tui.widgets.plain_text import PlainText

if TYPE_CHECKING:
    from tutor.app_state import Tutor
    from tutor.course.model import Exercise

CHECKS = """\
## How checks work

Press **F5** in an exercise. Your files are saved first (they also save by
themselves half a second after you stop typing). Then your instructor's
checks run on them, away from the tutor, so nothing you write can harm it.
A check that runs too long is stopped. Press F5 during a check to start it
over with your files as they are now, or ctrl+t to stop it.

Under the count of checks that pass comes the first one that fails,
explained: what was expected, what your code gave, and the file and line to
look at. Press **ctrl+g** to jump there. Below it is the list of every check,
**PASS** or **FAIL** (Enter on one jumps to its line).

## Where your keys go

The bar at the top says which pane your keys go to: the editor, the check
list, the lesson or the terminal. **ctrl+g** always brings them back to the
editor.

Every check also saves a snapshot of your files: **F4** shows them, compares
any snapshot with your files now, and can bring an old version back.
"""


class HelpScreen(Screen[None]):
    BINDINGS = keys.CLOSE
    AUTO_FOCUS = "#help-text"

    def __init__(self, tutor: Tutor | None, exercise: Exercise | None) -> None:
        super().__init__()
        self.tutor = tutor
        self.exercise = exercise

    def compose(self) -> ComposeResult:
        yield PlainText("Help  (Escape to go back)", id="page-title")
        with VerticalScroll(id="help-text", can_focus=True):
            yield Markdown(self._text())
        yield Footer(compact=True, show_command_palette=False)

    def _keys_table(self, title: str, bindings: list[BindingType]) -> str:
        rows = [f"### {title}", "", "| key | what it does |", "|---|---|"]
        for binding in bindings:
            if not isinstance(binding, Binding) or not binding.description:
                continue
            shown = ", ".join(
                self.app.get_key_display(Binding(key, binding.action))
                for key in binding.key.split(",")
            )
            rows.append(f"| {shown} | {binding.tooltip or binding.description} |")
        return "\n".join(rows) + "\n"

    def _text(self) -> str:
        parts = [
            "# Using the tutor\n",
            "Everything works with the keyboard. **Tab** moves between the parts of a "
            "screen; in the editor Tab indents, so press **Escape** first to leave it. "
            "**ctrl+p** lists every command by name.\n",
            self._keys_table("Everywhere", keys.APP),
            self._keys_table("Course map", keys.COURSE_TREE + keys.COURSE_MAP),
            self._keys_table("In an exercise", keys.LESSON),
            "In the editor: ctrl+z undo, ctrl+y redo, ctrl+x/c/v cut, copy, paste, "
            "shift+arrows select, Home and End go to the start and end of a line.\n",
            self._keys_table("In the editor", keys.EDITOR + keys.EDITOR_TABS),
            self._keys_table("History", keys.HISTORY),
            CHECKS,
            self._places(),
        ]
        return "\n".join(parts)

    def _places(self) -> str:
        if self.tutor is None:
            return ""
        lines = [
            "## Where your files are\n",
            f"- Your work and progress: `{self.tutor.home}`",
            f"- The course: `{self.tutor.course_root}`",
        ]
        if self.exercise is not None:
            folder = self.tutor.workspace(self.exercise).path
            lines.append(f"- This exercise's folder: `{folder}`")
            lines.append(
                "\nYou may edit these files with another editor too; the tutor notices and "
                f"loads the change. In a shell, `tutor check {self.exercise.id}` checks them."
            )
        return "\n".join(lines) + "\n"

    def action_close(self) -> None:
        self.dismiss(None)
