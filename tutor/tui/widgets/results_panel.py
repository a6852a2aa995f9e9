"""What the last check said: a line per test, the first failure explained.

It shows the learner's checklist (tutor.kinds.checklist, the same the CLI
prints): each heading (an exercise's steps, a TDD exercise's two groups)
followed by its tests. Enter on a test that names a place in the learner's
files asks the screen to show it (JumpTo).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tutor.kinds.checklist import Checklist, build_checklist, was_checked
from tutor.tui.widgets.plain_text import PlainText, shown

if TYPE_CHECKING:
    from tutor.course.model import Exercise
    from tutor.runner.result import Result, TestResult

PLACE_IN_WORDS = re.compile(r"(?P<file>[\w./-]+\.\w+)(?: line |:)(?P<line>\d+)")
SPINNER = "|/-\\"  # ASCII: every console font has it
CHECKING = "Checking... (F5 starts over, ctrl+t stops)"  # fits the panel at 80 columns
PANE_TITLE = "Checks"
PANE_TITLE_FOCUSED = "Checks: your keys are here (ctrl+g: editor)"
EDITOR_ROOM = 7  # rows the editor keeps above the panel: its tabs and five lines
LIST_ROOM = 5  # rows of the list of checks worth taking from the editor (it scrolls)
MARKS = {"pass": ("PASS", "green"), "fail": ("FAIL", "yellow"), "error": ("ERROR", "red")}


class ResultsPanel(Vertical):
    class JumpTo(Message):
        def __init__(self, file: str, line: int | None) -> None:
            super().__init__()
            self.file = file
            self.line = line

    def __init__(self, exercise: Exercise, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.exercise = exercise
        self.result: Result | None = None
        self._tests: dict[str, TestResult] = {}
        self._spin_timer: Timer | None = None
        self._spin = 0
        self._explained_text = Text()
        self._summary_text = "Press F5 to check your work."
        self.checklist: Checklist | None = None

    def compose(self) -> ComposeResult:
        # The first failure's explanation comes right under the count, the list of
        # checks after it: at 80x24 the learner reads what to fix without scrolling.
        yield PlainText(self._summary_text, id="results-summary")
        with VerticalScroll(id="results-detail"):
            yield PlainText("", id="results-explained")
        yield OptionList(id="results-tests")

    def on_mount(self) -> None:
        self.border_title = PANE_TITLE
        self._fit()

    def on_resize(self) -> None:
        self._fit()

    def on_descendant_focus(self) -> None:
        self.border_title = PANE_TITLE_FOCUSED

    def on_descendant_blur(self) -> None:
        self.border_title = PANE_TITLE

    def _fit(self) -> None:
        """Make the panel as tall as the count, the whole explanation and the list need.

        The editor above keeps EDITOR_ROOM rows; when the explanation needs
        more, it still comes first (and scrolls), the list gets what is left.
        """
        width = self.size.width - 2  # the padding either side
        workbench = self.parent
        if width < 10 or not isinstance(workbench, Widget):
            return
        console = self.app.console
        summary_rows = max(1, len(Text(self._summary_text).wrap(console, width)))
        explained = self._explained_text
        explained_rows = len(explained.wrap(console, width)) if explained.plain else 0
        list_rows = min(self.query_one(OptionList).option_count, LIST_ROOM)
        others = [w for w in workbench.children if w is not self and w.display]
        room = workbench.size.height - (EDITOR_ROOM if others else 0)
        want = 1 + summary_rows + explained_rows + list_rows  # 1: the border line
        height = max(2, min(want, room))
        detail_rows = max(0, min(explained_rows, height - 1 - summary_rows))
        self._set_height(self, height)
        self._set_height(self._summary, summary_rows)
        self._set_height(self.query_one("#results-detail", VerticalScroll), detail_rows)

    @staticmethod
    def _set_height(widget: Widget, rows: int) -> None:
        if widget.styles.height is None or widget.styles.height.value != rows:
            widget.styles.height = rows

    @property
    def _summary(self) -> PlainText:
        return self.query_one("#results-summary", PlainText)

    def _set_summary(self, text: str, kind: str = "") -> None:
        self._summary_text = text
        self._summary.update(text)
        self._summary.set_classes(kind)
        self._fit()

    # --- while a check runs -----------------------------------------------------

    def show_running(self) -> None:
        self._spin = 0
        self._set_summary(f"{SPINNER[0]} {CHECKING}")
        if self._spin_timer is None:
            self._spin_timer = self.set_interval(0.1, self._turn_spinner)
        self._spin_timer.resume()

    def _turn_spinner(self) -> None:
        self._spin += 1
        self._set_summary(f"{SPINNER[self._spin % 4]} {CHECKING}")

    def show_stopping(self) -> None:
        self._stop_spinner()
        self._set_summary("Stopping the check...")

    def show_restarting(self) -> None:
        """F5 during a check: the running one stops, then a new one starts."""
        self._stop_spinner()
        self._set_summary("Stopping, then checking your files again...")

    def _stop_spinner(self) -> None:
        if self._spin_timer is not None:
            self._spin_timer.pause()

    def show_message(self, text: str, kind: str = "error") -> None:
        """A sentence instead of a result; its first line is the headline, said once."""
        self._stop_spinner()
        first, _, rest = (text or "").partition("\n")
        self.query_one(OptionList).clear_options()
        self._tests = {}
        self.result = None
        self.checklist = None
        self._explain_text(Text(rest.strip()))
        self._set_summary(first, kind)

    # --- the result --------------------------------------------------------------

    def show_result(self, result: Result, checklist: Checklist | None = None) -> None:
        """checklist: Tutor.checklist() of the result (with a TDD pass's red-green note)."""
        self._stop_spinner()
        self.result = result
        checklist = checklist or build_checklist(self.exercise, result)
        self.checklist = checklist
        options = self.query_one(OptionList)
        options.clear_options()
        self._tests = {}
        for prompt, test in self._lines(checklist):
            if test is None:
                options.add_option(Option(shown(prompt), disabled=True))
                continue
            key = f"test-{len(self._tests)}"
            self._tests[key] = test
            options.add_option(Option(shown(prompt), id=key))
        first = checklist.first_failure
        if first is not None:
            key = next(k for k, t in self._tests.items() if t is first)
            options.highlighted = options.get_option_index(key)
            self._explain(first)
        elif result.status == "pass":
            text = Text()
            text.append("Every check passes.", style="bold green")
            if checklist.note:
                text.append("\n\n" + checklist.note)
            self._explain_text(text)
        elif checklist.stopped:
            self._explain_text(Text())  # the headline says it; no check failed before the stop
        else:
            self._explain_text(self._error_text(result))
        self._set_summary(self._headline(result, checklist), result.status)

    def _headline(self, result: Result, checklist: Checklist) -> str:
        done = f"{result.passed} of {result.total} checks pass" if result.total else ""
        if checklist.stopped:
            return "Check stopped" + (f" ({done} so far)" if done else "") + ": F5 runs it again."
        if result.timed_out:  # the checks did run, until one of them did not end
            stopped = "Your code ran too long and was stopped: see below."
            return (done + ". " if done else "") + stopped
        if result.status == "error":
            return "No check could run:"  # the message, under it, says why
        if result.status == "pass":
            return f"All {result.total} checks pass. Exercise done!"
        return done + "."

    def _lines(self, checklist: Checklist) -> list[tuple[Text, TestResult | None]]:
        lines: list[tuple[Text, TestResult | None]] = []
        for group in checklist.groups:
            if group.title is None:
                lines.extend((self._test_line(t), t) for t in group.tests)
                continue
            mark = "[x]" if group.done else "[ ]"
            lines.append((Text(f"{mark} {group.title}", style="bold"), None))
            lines.extend((self._test_line(t, indent="    "), t) for t in group.tests)
        return lines

    @staticmethod
    def _test_line(test: TestResult, indent: str = "") -> Text:
        line = Text(indent)
        if not was_checked(test):
            line.append(f"{'-':5} {test.name} (not checked)", style="dim")
            return line
        label, colour = MARKS.get(test.status, ("?", ""))
        line.append(f"{label:5}", style=f"bold {colour}")
        line.append(f" {test.name}")
        return line

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        test = self._tests.get(event.option.id or "")
        if test is not None:
            self._explain(test)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        place = self._place(self._tests.get(event.option.id or ""))
        if place is not None:
            self.post_message(self.JumpTo(*place))

    def _place(self, test: TestResult | None) -> tuple[str, int | None] | None:
        """Where a test (or else the whole result) points in the learner's files.

        Some messages name the place only in words ("add.py line 2: ..."), so
        those are read too, for the files the learner edits.
        """
        for where in (test.where if test else None, self.result.where if self.result else None):
            if where is not None:
                return where.file, where.line
        texts = [test.message if test else None, self.result.message if self.result else None]
        for text in filter(None, texts):
            for match in PLACE_IN_WORDS.finditer(text):
                if match["file"] in self.exercise.edit:
                    return match["file"], int(match["line"])
        return None

    # --- explaining one test ---------------------------------------------------------

    def _explain(self, test: TestResult) -> None:
        label, colour = MARKS.get(test.status, ("?", ""))
        text = Text()
        text.append(f"{label} ", style=f"bold {colour}")
        text.append(test.name + "\n", style="bold")
        if test.message:
            text.append(test.message.rstrip() + "\n")
        said = test.message or ""
        already_said = str(test.expected) in said and str(test.actual) in said
        for label, value in (("Expected: ", test.expected), ("Got:      ", test.actual)):
            if value is not None and not already_said:
                text.append(label, style="bold")
                text.append(f"{value}\n")
        if test.output:
            text.append("What your code printed:\n", style="bold")
            text.append(test.output.rstrip() + "\n", style="italic")
        place = self._place(test)
        if place is not None:
            text.append(
                f"Look at: {place[0]}" + (f" line {place[1]}" if place[1] else ""), style="bold"
            )
            text.append("  (ctrl+g goes there)\n", style="dim")
        self._explain_text(text)

    def _error_text(self, result: Result) -> Text:
        text = Text(result.message or "No check could run.")
        if result.where is not None:
            text.append(f"\nLook at: {result.where}", style="bold")
            text.append("  (ctrl+g takes you there)", style="dim")
        return text

    def _explain_text(self, text: Text) -> None:
        text = text.copy()
        text.rstrip()
        self._explained_text = text
        self.query_one("#results-explained", PlainText).update(text)
        self.query_one("#results-detail", VerticalScroll).scroll_home(animate=False)
        self._fit()

    def failure_place(self) -> tuple[str, int | None] | None:
        """Where the first failure (or the error) points, for ctrl+g."""
        if self.result is None:
            return None
        first = self.checklist.first_failure if self.checklist else self.result.first_failure
        return self._place(first)
