"""One exercise: the lesson to read, the files to edit, and what the checks say.

Checks run in a thread worker (Tutor.check blocks while the warm helper
process runs pytest), so the screen keeps drawing.

The screen's check is in one of four states (`CheckState`): idle, checking,
stopping (ctrl+t) or restarting (F5 while a check runs). F5 while a check runs
starts it over, as re-running does in an IDE: the files are saved at once, the
running check is cancelled, and a new one starts when the cancelled one has
returned. So one check runs at a time (the warm
helper takes one anyway), a cancel can only reach the check it was meant for,
and however often F5 is pressed, one check is stopped (and recorded as
stopped by the core) and one new one runs. Each check carries a number, and
a finished message whose number is not the running check's is dropped, so a
late result can never cover a newer one. ctrl+t only stops.

A TDD check (several runs of the learner's tests) stops after the run in
progress and is recorded as stopped, never as a pass (tutor/kinds/tdd.py), so
F5 starts it over like any other.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Footer
from textual.worker import Worker, WorkerState

from tutor import kinds
from tutor.tui import keys
from tutor.tui.messages import OpenExercise
from tutor.tui.screens.choice_dialog import ChoiceDialog
from tutor.tui.screens.lesson_panes import LessonPanes
from tutor.tui.widgets.editor_tabs import EDITOR_VIEW, EditorTabs
from tutor.tui.widgets.lesson_reader import LessonReader
from tutor.tui.widgets.plain_text import PlainText
from tutor.tui.widgets.quiz_panel import QuizPanel
from tutor.tui.widgets.results_panel import ResultsPanel
from tutor.tui.widgets.terminal_pane import TerminalPane
from tutor.tui.widgets.title_bar import TitleBar
from tutor.workspace.listing import readable_files

if TYPE_CHECKING:
    from tutor.app_state import Tutor
    from tutor.course.model import Exercise
    from tutor.grading import CheckHandle
    from tutor.kinds.checklist import Checklist
    from tutor.runner.result import Result


class CheckState(Enum):
    IDLE = "idle"
    CHECKING = "checking"
    STOPPING = "stopping"  # the learner asked the running check to stop
    RESTARTING = "restarting"  # stopping, then a new check of the files as they are now


@dataclass
class RunningCheck:
    number: int  # which check of this screen: a late answer of an older one is dropped
    handle: CheckHandle  # begun before the worker, so a stop pressed at once reaches it
    worker: Worker[None] | None = None


class CheckFinished(Message):
    def __init__(
        self,
        number: int,
        result: Result | None,
        error: str | None = None,
        checklist: Checklist | None = None,
    ) -> None:
        super().__init__()
        self.number = number  # which check of its screen: 1, 2, ...
        self.result = result
        self.error = error
        self.checklist = checklist  # what the learner sees of the result


class LessonScreen(LessonPanes):
    BINDINGS = keys.LESSON

    check_state: reactive[CheckState] = reactive(CheckState.IDLE, init=False)

    def __init__(self, tutor: Tutor, exercise: Exercise) -> None:
        super().__init__()
        self.tutor = tutor
        self.exercise = exercise
        self.lesson = tutor.lesson_of(exercise)
        self.workspace = tutor.workspace(exercise)
        # An exercise with questions is answered here; its panel shows each verdict.
        self.is_quiz = bool(kinds.of(exercise).questions(exercise))
        self._checks_started = 0
        self._current_check: RunningCheck | None = None  # the check that has not answered yet
        self._told_keys_at: Widget | None = None  # where dropped typing was last explained
        self._was_done = tutor.progress.is_done(exercise.id)
        # Every other text file of the exercise (its tests, data, pages) can be read.
        self._readable = readable_files(self.workspace.path, exercise.edit)
        self._edited = kinds.of(exercise).edited_files(exercise, self._readable)

    def compose(self) -> ComposeResult:
        yield TitleBar(self._title(), id="lesson-title")
        with Horizontal(id="lesson-body"):
            yield LessonReader(
                self.lesson, self.exercise, self.tutor.hints_so_far(self.exercise), id="reader"
            )
            with Vertical(id="workbench"):
                if self.is_quiz:
                    yield QuizPanel(self.exercise, self._last_answers(), id="quiz")
                elif self.exercise.edit or self._readable:
                    tabs = EditorTabs(
                        self.workspace,
                        self._edited,
                        read_only=[name for name in self._readable if name not in self._edited],
                        cursor_blink=getattr(self.app, "cursor_blink", True),
                        id="editors",
                    )
                    # Nothing to edit: the terminal comes first, F12 shows the files.
                    tabs.display = bool(self._edited) or not self.tutor.course.terminal
                    yield tabs
                elif not self.tutor.course.terminal:
                    yield PlainText(
                        "This exercise is done with git in a shell, in this folder:\n\n"
                        f"  {self.workspace.path}\n\nThen press F5 here to check it.",
                        id="no-files",
                    )
                if not self.is_quiz and self.tutor.course.terminal:
                    terminal = TerminalPane(self.workspace.path, id="terminal")
                    terminal.display = not self._edited
                    yield terminal
                results = ResultsPanel(self.exercise, id="results")
                if self.is_quiz:
                    results.display = False  # each question shows its own verdict
                yield results
        yield Footer(compact=True, show_command_palette=False)

    def _last_answers(self) -> dict[int, str]:
        """The quiz's answers as the learner last checked them (later ones win)."""
        return {a.question: a.answer for a in self.tutor.progress.quiz_answers(self.exercise.id)}

    def _title(self) -> str:
        status = str(getattr(self.tutor.status(self.exercise), "value", ""))
        return f"{self.lesson.title} > {self.exercise.title}  [{status}]"

    def on_mount(self) -> None:
        self.watch(self, "focused", self._keys_moved)
        if self.is_quiz:
            self.query_one(QuizPanel).focus_first_question()
            return
        terminal = self._terminal()
        if terminal is not None and terminal.display:
            # No files to edit (a git exercise): the shell is the workbench.
            self.call_after_refresh(self._start_terminal, terminal)
            return
        tabs = self._tabs()
        if tabs is None:
            return
        position = self.tutor.progress.position()
        if position is not None and position[0] == self.exercise.id:
            _, file, line, column = position
            if tabs.show_file(file, line, column, self.tutor.progress.get_setting(EDITOR_VIEW)):
                return
        if tabs.files:
            tabs.show_file(tabs.files[0])

    def on_resize(self) -> None:
        # The results panel's rows follow the window's height, not only its own width.
        self.call_after_refresh(self.query_one(ResultsPanel)._fit)

    # --- saving -------------------------------------------------------------------

    def save_all(self) -> None:
        """Write unsaved changes and remember where the cursor is (for "continue")."""
        tabs = self._tabs()
        if tabs is None or not tabs.is_mounted:
            return
        tabs.save_all()
        editor = tabs.current
        if editor is not None:
            row, column = editor.cursor_location
            self.tutor.progress.set_position(self.exercise.id, editor.path, row + 1, column)
            view = tabs.view()  # the sideways scroll too, so a long line comes back as it was
            if view is not None and view != self.tutor.progress.get_setting(EDITOR_VIEW):
                self.tutor.progress.set_setting(EDITOR_VIEW, view)

    def on_editor_tabs_saved(self, message: EditorTabs.Saved) -> None:
        self.save_all()

    def on_editor_tabs_changed_on_disk(self, message: EditorTabs.ChangedOnDisk) -> None:
        def answer(choice: str | None) -> None:
            tabs = self._tabs()
            if tabs is not None:
                tabs.resolve(message.path, keep_mine=choice != "theirs")

        self.app.push_screen(
            ChoiceDialog(
                f"{message.path} was changed by another program while you were typing here. "
                "Which version do you want to keep?",
                {"mine": "Keep mine (here)", "theirs": "Load the other one"},
                title="Two versions of one file",
            ),
            answer,
        )

    def action_save(self) -> None:
        self.save_all()
        self.notify("Saved. (Your files also save by themselves as you type.)")

    # --- checking --------------------------------------------------------------------

    def action_check(self) -> None:
        """Check; while a check runs, start it over with the files as they are now."""
        if self.check_state is CheckState.IDLE:
            self._start_check()
            return
        self.save_all()  # now, not when the new check starts: these are the files meant
        self._stop_running(then=CheckState.RESTARTING)

    def action_stop_check(self) -> None:
        if self.check_state is CheckState.IDLE:
            self.notify("No check is running. Press F5 to start one.")
            return
        self._stop_running(then=CheckState.STOPPING)

    def watch_check_state(self, state: CheckState) -> None:
        results = self.query_one(ResultsPanel)
        if state is CheckState.CHECKING:
            results.show_running()
        elif state is CheckState.STOPPING:
            results.show_stopping()
        elif state is CheckState.RESTARTING:
            results.show_restarting()

    def _start_check(self) -> None:
        self.save_all()
        answers = self.query_one(QuizPanel).answers() if self.is_quiz else None
        self._checks_started += 1
        # Begun here, not in the worker: a stop pressed at once reaches this very check.
        running = RunningCheck(self._checks_started, self.tutor.grader.begin())
        self._current_check = running
        self.check_state = CheckState.CHECKING
        running.worker = self._run_check(running.number, answers, running.handle)

    def _stop_running(self, then: CheckState) -> None:
        # One check is stopped once, however often F5 or ctrl+t is pressed.
        if self.check_state is CheckState.CHECKING and self._current_check is not None:
            self._current_check.handle.cancel()
        self.check_state = then

    @work(thread=True, exit_on_error=False, group="check")
    def _run_check(self, number: int, answers: dict[int, str] | None, handle: CheckHandle) -> None:
        try:
            result = self.tutor.check(self.exercise, answers=answers, handle=handle)
            checklist = self.tutor.checklist(self.exercise, result)
        except Exception as error:  # noqa: BLE001 - the learner sees the sentence
            self.post_message(CheckFinished(number, None, str(error) or type(error).__name__))
            return
        self.post_message(CheckFinished(number, result, checklist=checklist))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A check that ended without answering must not leave F5 waiting for it."""
        running = self._current_check
        if running is None or event.worker is not running.worker:
            return
        if event.state is WorkerState.ERROR:
            error = event.worker.error
            self.post_message(
                CheckFinished(running.number, None, str(error) or type(error).__name__)
            )

    def on_check_finished(self, message: CheckFinished) -> None:
        if self._current_check is None or message.number != self._current_check.number:
            return  # a check this screen no longer waits for: never over a newer one
        state, self._current_check = self.check_state, None
        self.check_state = CheckState.IDLE
        if state is CheckState.RESTARTING:
            self._start_check()  # the answer was about files the learner has changed since
            return
        results = self.query_one(ResultsPanel)
        if message.result is None:
            results.show_message(f"The check could not run: {message.error}")
            return
        result = message.result
        if state is CheckState.STOPPING and result.status == "error":
            results.show_message("Check stopped. Press F5 to run it again.", "fail")
            return
        results.show_result(result, message.checklist)
        if (tabs := self._tabs()) is not None:
            from tutor.kinds.review.checklist import review_notes

            tabs.show_notes(review_notes(result))  # an instructor's open comments, by their lines
        if self.is_quiz:
            self.query_one(QuizPanel).show_result(result)
        self.query_one(TitleBar).set_title(self._title())
        if result.status == "pass" and not self._was_done:
            self._was_done = True
            self._offer_next()

    def _offer_next(self) -> None:
        following = self.tutor.next_exercise(self.exercise)
        if following is None:
            self.notify("Exercise done - and that was the last one to do. Well done!")
            return

        def answer(choice: str | None) -> None:
            if choice == "next":
                self.post_message(OpenExercise(following))

        self.app.push_screen(
            ChoiceDialog(
                f"Every check passes: '{self.exercise.title}' is done.\n\nNext: {following.title}",
                {"next": "Next exercise", "stay": "Stay here"},
                title="Exercise done!",
            ),
            answer,
        )

    # --- moving around ------------------------------------------------------------------

    def action_hint(self) -> None:
        """The hint for the check that fails now (once), then the exercise's ladder."""
        ladder = self.tutor.next_hint(self.exercise)
        if ladder is not None and ladder.check is not None:
            more = "  (F2 again: the next hint)" if ladder.total else ""
            self.notify(f"For the check '{ladder.check}': {ladder.text}{more}", timeout=10)
            return
        if ladder is None:
            self.notify("This exercise has no hints. Read the task and the check's message again.")
            return
        reader = self.query_one(LessonReader)
        reader.remove_class("hidden")
        reader.show_hints(self.tutor.hints_so_far(self.exercise))
        last = " (the last one)" if ladder.number == ladder.total else ""
        self.notify(f"Hint {ladder.number} of {ladder.total}{last}: {ladder.text}", timeout=10)

    def action_page_view(self) -> None:
        from tutor.page_text import page_file
        from tutor.tui.screens.page_view import PageViewScreen

        name = page_file(self.workspace.path, self.exercise.edit)
        if name is None:
            self.notify("This exercise has no web page (.html file) to show.", timeout=6)
            return
        tabs = self._tabs()
        if tabs is not None:
            tabs.save_all()  # the page as the learner sees it in the editor now
        self.app.push_screen(PageViewScreen(self.workspace.path, name))

    def _neighbour(self, step: int) -> Exercise | None:
        exercises = self.tutor.course.exercises
        index = exercises.index(self.exercise) + step
        return exercises[index] if 0 <= index < len(exercises) else None

    def _go(self, step: int) -> None:
        target = self._neighbour(step)
        if target is None:
            self.notify("There is no exercise " + ("after" if step > 0 else "before") + " this.")
            return
        if str(getattr(self.tutor.status(target), "value", "")) == "locked":
            self.notify(f"'{target.title}' is locked until you finish the lessons before it.")
            return
        self.post_message(OpenExercise(target))

    def action_next_exercise(self) -> None:
        self._go(+1)

    def action_previous_exercise(self) -> None:
        self._go(-1)

    def action_back(self) -> None:
        self.save_all()
        self.app.pop_screen()

    def action_history(self) -> None:
        from tutor.tui.screens.history import HistoryScreen

        self.save_all()

        def returned(restored: bool | None) -> None:
            tabs = self._tabs()
            if restored and tabs is not None:
                tabs.reload_all()

        self.app.push_screen(HistoryScreen(self.tutor, self.exercise), returned)

    def action_solution(self) -> None:
        from tutor.app_state import TutorError
        from tutor.tui.screens.solution import SolutionScreen

        try:
            files = self.tutor.solution(self.exercise)
        except TutorError as error:
            self.notify(str(error), title="Not yet", severity="warning", timeout=8)
            return
        self.app.push_screen(SolutionScreen(self.exercise, files))

    def on_unmount(self) -> None:
        # Children may be gone already; every way out (back, switch, quit) saved first.
        with contextlib.suppress(Exception):
            self.save_all()
