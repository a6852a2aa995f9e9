"""The start screen: the whole course, what is done, and where to go on."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Tree

from tutor.tui import keys
from tutor.tui.messages import OpenExercise
from tutor.tui.widgets.course_tree import DONE, LOCKED, CourseItem, CourseTree
from tutor.tui.widgets.keys_footer import KeysFooter
from tutor.tui.widgets.plain_text import PlainText
from tutor.tui.widgets.progress_summary import ProgressSummary

if TYPE_CHECKING:
    from tutor.app_state import Tutor
    from tutor.course.model import Exercise


class CourseMapScreen(Screen[None]):
    BINDINGS = keys.COURSE_MAP
    AUTO_FOCUS = "CourseTree"

    def __init__(self) -> None:
        super().__init__()
        self.tutor: Tutor | None = None

    def compose(self) -> ComposeResult:
        yield PlainText("Opening the course...", id="map-title")
        yield ProgressSummary(id="map-progress")
        yield CourseTree(id="course-tree")
        yield PlainText("", id="map-details")
        yield KeysFooter(compact=True, show_command_palette=False)

    def show_error(self, message: str) -> None:
        self.query_one("#map-title", PlainText).update(message)
        self.query_one("#map-details", PlainText).update(
            "Press ctrl+q to leave. `tutor lint` lists what is wrong with a course."
        )

    def show_course(self, tutor: Tutor) -> None:
        self.tutor = tutor
        tree = self.query_one(CourseTree)
        statuses = tutor.statuses()  # once: ~200 exercises, each a look at the disk
        tree.show_course(tutor.course, dict(statuses))
        self._refresh_summary(statuses)
        here = tutor.continue_exercise()
        if here is not None:
            tree.select_exercise(here.id)
        if tutor.course.errors:
            self.notify(
                f"{len(tutor.course.errors)} problem(s) in the course files; some lessons "
                "may be missing. Tell your instructor (`tutor lint` lists them).",
                severity="warning",
                timeout=8,
            )
        tree.focus()

    def on_screen_resume(self) -> None:
        if self.tutor is not None:
            statuses = self.tutor.statuses()
            self.query_one(CourseTree).update_statuses(dict(statuses))
            self._refresh_summary(statuses)

    def _refresh_summary(self, statuses: Mapping[str, object]) -> None:
        assert self.tutor is not None
        done = sum(status == DONE for status in statuses.values())  # Status is a str Enum
        self.query_one(ProgressSummary).show(done, len(statuses))
        here = self.tutor.continue_exercise()
        title = self.tutor.course.title
        if here is not None:
            title += f"  -  press c to continue: {here.title}"
        elif statuses:
            title += "  -  every exercise is done. Well done!"
        self.query_one("#map-title", PlainText).update(title)

    # --- choosing ------------------------------------------------------------------

    def on_tree_node_selected(self, event: Tree.NodeSelected[CourseItem]) -> None:
        item = event.node.data
        if item is not None and item.exercise is not None:
            self.open(item.exercise)

    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted[CourseItem]) -> None:
        self.query_one("#map-details", PlainText).update(self._describe(event.node.data))

    def _describe(self, item: CourseItem | None) -> str:
        if item is None or self.tutor is None:
            return ""
        if item.track is not None:
            return (
                f"{item.track.title}: {len(item.track.lessons)} lessons. Enter opens or folds it."
            )
        if item.lesson is not None:
            minutes = f" (about {item.lesson.minutes} minutes)" if item.lesson.minutes else ""
            return f"{item.lesson.summary}{minutes}"
        exercise = item.exercise
        assert exercise is not None
        status = str(getattr(self.tutor.status(exercise), "value", ""))
        if status == LOCKED:
            return (
                f"Locked: first finish {self._requirements(exercise)}. "
                "Enter asks whether to open it anyway."
            )
        return f"{exercise.title} - {status}. Enter opens it."

    def _requirements(self, exercise: Exercise) -> str:
        assert self.tutor is not None
        lesson = self.tutor.lesson_of(exercise)
        titles = []
        for required_id in lesson.requires:
            required = self.tutor.course.lesson(required_id)
            titles.append(f"'{required.title}'" if required else required_id)
        return " and ".join(titles) or "the lessons before it"

    def open(self, exercise: Exercise) -> None:
        """Open an exercise; a locked one after a clear warning, as `tutor start` allows."""
        assert self.tutor is not None
        if str(getattr(self.tutor.status(exercise), "value", "")) != LOCKED:
            self.post_message(OpenExercise(exercise))
            return

        from tutor.tui.screens.choice_dialog import ChoiceDialog  # only for a locked one

        def answer(choice: str | None) -> None:
            if choice == "open":
                self.post_message(OpenExercise(exercise))

        self.app.push_screen(
            ChoiceDialog(
                f"'{exercise.title}' is locked: it builds on {self._requirements(exercise)}, "
                "which you have not finished. It may use ideas you have not met yet.\n\n"
                "You can open it anyway: nothing is lost, and you can come back later.",
                {"back": "Not yet", "open": "Open it anyway"},
                title="Locked",
            ),
            answer,
        )

    def action_continue(self) -> None:
        if self.tutor is None:
            return
        here = self.tutor.continue_exercise()
        if here is None:
            self.notify("Every exercise is done. Pick any one to practise again.")
            return
        self.open(here)

    def action_next_unfinished(self) -> None:
        if self.tutor is not None and (here := self.tutor.next_exercise()) is not None:
            self.query_one(CourseTree).select_exercise(here.id)
