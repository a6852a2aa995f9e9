"""A quiz: each question with its choices (arrow keys + Enter), or a box for a short answer.

Enter chooses and stays on the question (the learner sees what they chose);
Tab moves on. The chosen answer has a mark and a bold label, not only another
colour. F5 checks the answers given (Tutor.check(answers=...)); then each
question shows whether it was right and the instructor's explanation. The
answers last checked are chosen again when the quiz is opened again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Input, Markdown, RadioButton, RadioSet

from tutor import kinds
from tutor.safe_text import visible
from tutor.tui.widgets.plain_text import PlainText

if TYPE_CHECKING:
    from tutor.course.model import Exercise
    from tutor.runner.result import Result


class QuizChoice(RadioButton):
    """A choice whose button is empty until chosen: not a colour alone."""

    @property
    def _button(self) -> Content:
        # The class's glyph (a console swaps it for "*") when chosen, a blank when not.
        self.BUTTON_INNER = type(self).BUTTON_INNER if self.value else " "
        return super()._button


class QuizPanel(VerticalScroll):
    def __init__(
        self, exercise: Exercise, given: dict[int, str] | None = None, *, id: str | None = None
    ) -> None:
        """given: the answers last checked (question number -> answer), chosen again."""
        super().__init__(id=id)
        self.exercise = exercise
        self.questions = kinds.of(exercise).questions(exercise)
        self.given = given or {}

    def compose(self) -> ComposeResult:
        yield PlainText(
            "Choose an answer with the arrow keys and Enter; Tab goes to the next question. "
            "Press F5 to check your answers."
        )
        for number, question in enumerate(self.questions):
            yield Markdown(visible(f"**{number + 1}.** {question.text}"), classes="question")
            before = self.given.get(number)
            if question.choices:
                with RadioSet(id=f"answer-{number}"):
                    for choice in question.choices:
                        yield QuizChoice(visible(choice), value=choice == before)
            else:
                yield Input(before or "", placeholder="Type your answer", id=f"answer-{number}")
            yield PlainText("", id=f"explain-{number}", classes="explain")

    def focus_first_question(self) -> None:
        if self.questions:
            self.query_one("#answer-0").focus()

    def answers(self) -> dict[int, str]:
        given: dict[int, str] = {}
        for number, question in enumerate(self.questions):
            if question.choices:
                radio = self.query_one(f"#answer-{number}", RadioSet)
                if radio.pressed_index >= 0:
                    given[number] = question.choices[radio.pressed_index]
            else:
                text = self.query_one(f"#answer-{number}", Input).value.strip()
                if text:
                    given[number] = text
        return given

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        """Stay on the question (Tab moves on); say when every question has an answer."""
        if len(self.answers()) == len(self.questions):
            self.notify("Every question has an answer: press F5 to check them.")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        number = int((event.input.id or "answer-0").split("-")[1])
        if number + 1 < len(self.questions):
            self.query_one(f"#answer-{number + 1}").focus()

    def show_result(self, result: Result) -> None:
        for number, test in enumerate(result.tests):
            try:
                explain = self.query_one(f"#explain-{number}", PlainText)
            except Exception:  # noqa: BLE001 - more results than questions: nothing to show
                continue
            right = test.status == "pass"
            words = ("Right. " if right else "Not yet. ") + (test.message or "")
            explain.update(words)
            explain.set_classes(f"explain {'right' if right else 'wrong'}")
