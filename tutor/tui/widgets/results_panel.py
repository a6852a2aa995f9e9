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
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tutor.kinds.checklist import Checklist, build_checklist
from tutor.tui.widgets.plain_text import PlainText, shown

if TYPE_CHECKING:
    from tutor.course.model import Exercise
    from tutor.runner.result import Result, TestResult

PLACE_IN_WORDS = re.compile(r"(?P<file>[\w./-]+\.\w+)(?: line |:)(?P<line>\d+)")
SPINNER = "|/-\\"  # ASCII: every console font has it
CHECKING = "Checking... (F5 starts over, ctrl+t stops)"  # fits the panel at 80 columns
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

    def compose(self) -> ComposeResult:
        yield PlainText("Press F5 to check your work.", id="results-summary")
        yield OptionList(id="results-tests")
        with VerticalScroll(id="results-detail"):
            yield PlainText("", id="results-explained")

    @property
    def _summary(self) -> PlainText:
        return self.query_one("#results-summary", PlainText)

    def _set_summary(self, text: str, kind: str = "") -> None:
        self._summary.update(text)
        self._summary.set_classes(kind)

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
        self._stop_spinner()
        self._set_summary(text.splitlines()[0] if text else "", kind)
        self.query_one(OptionList).clear_options()
        self._explain_text(Text(text))

    # --- the result --------------------------------------------------------------

    def show_result(self, result: Result, checklist: Checklist | None = None) -> None:
        """checklist: Tutor.checklist() of the result (with a TDD pass's red-green note)."""
        self._stop_spinner()
        self.result = result
        checklist = checklist or build_checklist(self.exercise, result)
        self._set_summary(self._headline(result), result.status)
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
        first = result.first_failure
        if first is not None:
            key = next(k for k, t in self._tests.items() if t is first)
            options.highlighted = options.get_option_index(key)
            self._explain(first)
        elif result.status == "error":
            self._explain_text(self._error_text(result))
        else:
            text = Text()
            text.append("Every check passes.", style="bold green")
            if checklist.note:
                text.append("\n\n" + checklist.note)
            self._explain_text(text)

    def _headline(self, result: Result) -> str:
        if result.timed_out:  # the checks did run, until one of them did not end
            done = f"{result.passed} of {result.total} checks pass. " if result.total else ""
            return done + "Your code ran too long and was stopped: see below."
        if result.status == "error":
            return "No check could run: " + (result.message or "see below").splitlines()[0]
        if result.status == "pass":
            return f"All {result.total} checks pass. Exercise done!"
        return f"{result.passed} of {result.total} checks pass."

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
        label, colour = MARKS.get(test.status, ("?", ""))
        line = Text(indent)
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
        for label, value in (("Expected: ", test.expected), ("Got:      ", test.actual)):
            if value is not None:
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
            text.append("  (Enter on the test, or ctrl+g, takes you there)\n", style="dim")
        self._explain_text(text)

    def _error_text(self, result: Result) -> Text:
        text = Text(result.message or "No check could run.")
        if result.where is not None:
            text.append(f"\nLook at: {result.where}", style="bold")
            text.append("  (ctrl+g takes you there)", style="dim")
        return text

    def _explain_text(self, text: Text) -> None:
        self.query_one("#results-explained", PlainText).update(text)
        self.query_one("#results-detail", VerticalScroll).scroll_home(animate=False)

    def failure_place(self) -> tuple[str, int | None] | None:
        """Where the first failure (or the error) points, for ctrl+g."""
        if self.result is None:
            return None
        return self._place(self.result.first_failure)
