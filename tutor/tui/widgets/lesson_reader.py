"""The reading pane: the exercise's task, the hints shown so far, the lesson's pages.

The task comes first: a learner coming back to an exercise needs it most;
a new learner finds the lesson pages right below it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Markdown

from tutor.safe_text import visible

if TYPE_CHECKING:
    from tutor.app_state import Hint
    from tutor.course.model import Exercise, Lesson


class LessonReader(VerticalScroll, can_focus=True):
    def __init__(
        self, lesson: Lesson, exercise: Exercise, hints: list[Hint], *, id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self.lesson = lesson
        self.exercise = exercise
        self.hints = hints

    def compose(self) -> ComposeResult:
        # Course text: shown with its control characters made visible.
        yield Markdown(visible(self._task_text()), id="reader-task")
        yield Markdown(visible(self._hints_text()), id="reader-hints")
        yield Markdown(visible(self._pages_text()), id="reader-pages")

    def _task_text(self) -> str:
        from tutor import kinds

        task = kinds.of(self.exercise).task_text(self.exercise).strip() or "Make every check pass."
        return f"## Your task: {self.exercise.title}\n\n{task}\n"

    def _hints_text(self) -> str:
        if not self.hints:
            if not self.exercise.hints:
                return ""
            return f"*Stuck? Press F2 for a hint ({len(self.exercise.hints)} in all).*\n"
        parts = [f"**Hint {hint.number} of {hint.total}:** {hint.text}" for hint in self.hints]
        return "\n\n".join(parts) + "\n"

    def _pages_text(self) -> str:
        parts = [f"# {self.lesson.title}"]
        if self.lesson.summary:
            parts.append(f"*{self.lesson.summary}*")
        for page in self.lesson.pages:
            parts.append(f"## {page.title}\n\n{page.text.strip()}")
        return "\n\n".join(parts) + "\n"

    def show_hints(self, hints: list[Hint]) -> None:
        self.hints = hints
        markdown = self.query_one("#reader-hints", Markdown)
        markdown.update(visible(self._hints_text()))
        self.call_after_refresh(self.scroll_to_widget, markdown, animate=False, top=True)
