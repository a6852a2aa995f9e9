"""Pilot tests: the quiz's chosen answer shows by more than colour, and is kept on reopening."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import RadioSet
from tui_waiting import wait_until

from tutor.tui.app import TutorApp
from tutor.tui.screens.course_map import CourseMapScreen
from tutor.tui.screens.lesson import LessonScreen
from tutor.tui.widgets.quiz_panel import QuizChoice, QuizPanel


async def open_quiz(app: TutorApp, pilot: Pilot[int]) -> QuizPanel:
    assert app.tutor is not None
    app.open_exercise(app.tutor.exercise("numbers-quiz"))
    await wait_until(pilot, lambda: isinstance(app.screen, LessonScreen))
    await pilot.pause()
    return app.screen.query_one(QuizPanel)


def test_the_chosen_answer_has_a_mark_not_only_a_colour(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        quiz = await open_quiz(app, pilot)
        await pilot.press("down", "enter")  # "2"
        chosen, *others = sorted(quiz.query(QuizChoice), key=lambda c: not c.value)
        assert chosen.value and str(chosen.label) == "2"
        # The text drawn, without any colour: the chosen one's button holds a mark.
        mark = str(chosen.render()).strip()[1]
        assert mark != " "
        assert all(str(other.render()).strip()[1] == " " for other in others)

    drive(scenario)


def test_answers_checked_before_are_chosen_again_on_reopening(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        quiz = await open_quiz(app, pilot)
        await pilot.press("down", "enter", "tab", "enter")  # "2", then "print"
        await pilot.press("f5")
        await wait_until(pilot, lambda: "Not yet" in str(quiz.query_one("#explain-1").render()))
        await pilot.press("f10")
        await wait_until(pilot, lambda: isinstance(app.screen, CourseMapScreen))
        reopened = await open_quiz(app, pilot)
        assert reopened is not quiz
        assert reopened.answers() == {0: "2", 1: "print"}
        assert reopened.query_one("#answer-0", RadioSet).pressed_index == 1

    drive(scenario)
