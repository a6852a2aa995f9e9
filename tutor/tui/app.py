"""The full-screen tutor: `tutor` with no arguments opens it on the course.

Start-up draws the course map at once and opens the course in a worker
thread, so the learner sees something immediately. The checks never run in
this process: the `Tutor` makes a warm grader, whose helper process forks one
child per check; it is made once the filled map is drawn (see start_grader).
"""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Awaitable, Callable, Iterable
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.message import Message
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.widget import Widget
from textual.worker import Worker, get_current_worker

from tutor.safe_text import visible
from tutor.tui import keys
from tutor.tui.console import CONSOLE_CLASS, is_linux_console, use_console_glyphs
from tutor.tui.messages import OpenExercise
from tutor.tui.screens.course_map import CourseMapScreen
from tutor.tui.theme import DEFAULT_THEME, HIGH_CONTRAST

if TYPE_CHECKING:
    from tutor.app_state import Tutor
    from tutor.course.model import Exercise
    from tutor.grading import Grader

THEME_SETTING = "tui.theme"
KEY_NAMES = {"enter": "Enter", "escape": "Esc", "tab": "Tab", "space": "Space"}


class TutorReady(Message):
    """The course is open (posted from the worker thread that opened it)."""

    def __init__(self, tutor: Tutor | None, error: str | None = None) -> None:
        super().__init__()
        self.tutor = tutor
        self.error = error


class TutorApp(App[int]):
    TITLE = "tutor"
    CSS_PATH = Path(__file__).with_name("app.tcss")  # absolute: subclasses live elsewhere
    BINDINGS = keys.APP
    COMMAND_PALETTE_DISPLAY = "^p"

    def __init__(
        self,
        course_root: Path | str | None = None,
        home: Path | str | None = None,
        *,
        cursor_blink: bool = True,
        warm: bool = True,
    ) -> None:
        super().__init__()
        # What is here now (Python, Textual, the tutor's modules and classes) lives as long
        # as the process: out of the garbage collector's sight, the full collection that
        # came while the course map was first drawn took ~25 ms, now ~1 ms. Once per
        # process: a later app (tests) would keep the garbage of the ones before it.
        if gc.get_freeze_count() == 0:
            gc.freeze()
        self.course_root = course_root
        self.home = home
        self.cursor_blink = cursor_blink
        self.warm = warm
        self.tutor: Tutor | None = None
        # Open the course now, in a thread, while Textual sets up the terminal.
        self._opening: Future[Tutor] = _open_in_background(course_root, home, warm)
        self._told_too_small = False
        self._starting = threading.Lock()
        self._grader_lock = threading.Lock()
        self._closing = False
        self._loading: list[Widget] = []  # what shows an exercise is being opened
        self.register_theme(HIGH_CONTRAST)
        self.theme = DEFAULT_THEME
        if is_linux_console():
            use_console_glyphs()
            self.add_class(CONSOLE_CLASS)

    SMALLEST = (80, 24)
    """The layout's size: below it, panes squeeze and the learner is told."""

    def on_resize(self, event: events.Resize) -> None:
        width, height = event.size
        too_small = width < self.SMALLEST[0] or height < self.SMALLEST[1]
        if too_small and not self._told_too_small:
            self.notify(
                f"This window is {width}x{height}. The tutor needs at least "
                f"{self.SMALLEST[0]}x{self.SMALLEST[1]} (columns x rows) to show everything: "
                "make the window bigger, or the font smaller.",
                title="Window too small",
                severity="warning",
                timeout=10,
            )
        self._told_too_small = too_small

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Every notice (hints, errors, file names) with its control characters made visible."""
        super().notify(
            visible(message), title=visible(title), severity=severity, timeout=timeout,
            markup=markup,
        )  # fmt: skip

    def get_default_screen(self) -> Screen:
        # The map is the first screen itself: pushed over Textual's blank default one, both
        # were composed, laid out and switched before the first frame (~15 ms CPU).
        return CourseMapScreen()

    def on_mount(self) -> None:
        self.wait_for_tutor()

    @work(thread=True, exit_on_error=False, group="open")
    def wait_for_tutor(self) -> None:
        try:
            tutor = self._opening.result()
        except Exception as error:  # noqa: BLE001 - shown to the learner, who can do nothing else
            self.post_message(TutorReady(None, _plain(error)))
            return
        self.post_message(TutorReady(tutor))

    def on_tutor_ready(self, message: TutorReady) -> None:
        if message.tutor is None:
            self.query_one_screen(CourseMapScreen).show_error(message.error or "")
            return
        self.tutor = message.tutor
        saved_theme = self.tutor.progress.get_setting(THEME_SETTING)
        if saved_theme in self.available_themes:
            self.theme = saved_theme
        self.query_one_screen(CourseMapScreen).show_course(self.tutor)
        # The warm helper (a process importing pytest) starts once the map is drawn:
        # started with the app, it took a core from the first frames on a busy machine.
        self.call_after_refresh(self.start_grader)

    @work(thread=True, exit_on_error=False, group="grader")
    def start_grader(self) -> None:
        with self._grader_lock:  # not once the app is closing: nobody would stop it
            if self.tutor is not None and not self._closing:
                self.tutor.grader  # noqa: B018 - made on first use: this is its first use

    def query_one_screen(self, kind: type[CourseMapScreen]) -> CourseMapScreen:
        return next(s for s in self.screen_stack if isinstance(s, kind))

    # --- moving between screens ---------------------------------------------

    def on_open_exercise(self, message: OpenExercise) -> None:
        self.open_exercise(message.exercise)

    def open_exercise(self, exercise: Exercise) -> Worker[None]:
        """Show one exercise, in place of whatever exercise is showing.

        Making its workspace (git init and a commit; a git exercise's setup script,
        allowed up to a minute) runs in a worker, while the screen that asked shows
        it is loading and every key still works. A second request replaces the first.
        """
        # What has the focus shows it is loading; the titles and the footer stay.
        asking: Widget = self.screen.focused or self.screen
        asking.loading = True
        self._loading.append(asking)
        return self._start_exercise(exercise)

    @work(thread=True, exclusive=True, group="open-exercise", exit_on_error=False)
    def _start_exercise(self, exercise: Exercise) -> None:
        from tutor.errors import TutorError

        assert self.tutor is not None
        try:
            with self._starting:  # one workspace made at a time, even if a request is replaced
                self.tutor.start(exercise)
        except TutorError as error:  # already a sentence for the learner
            self.call_from_thread(self._not_opened, str(error))
            return
        except Exception as error:  # noqa: BLE001 - a bug, but the learner must not be stuck
            self.call_from_thread(self._not_opened, _plain_start_error(error))
            return
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self._show_exercise, exercise)

    def _stop_loading(self) -> None:
        while self._loading:
            self._loading.pop().loading = False

    def _not_opened(self, message: str) -> None:
        self._stop_loading()
        self.notify(message, title="The exercise could not be opened", severity="error")

    def _show_exercise(self, exercise: Exercise) -> None:
        from tutor.tui.screens.lesson import LessonScreen

        assert self.tutor is not None
        self._stop_loading()
        screen = LessonScreen(self.tutor, exercise)
        if isinstance(self.screen, LessonScreen):
            self.screen.save_all()
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    def action_help(self) -> None:
        from tutor.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.tutor, self.exercise_on_screen()))

    def action_reference(self) -> None:
        from tutor.reference import load_reference
        from tutor.tui.screens.reference import ReferenceScreen

        if self.tutor is None or isinstance(self.screen, ReferenceScreen):
            return
        self.save_everything()
        self.push_screen(ReferenceScreen(load_reference(self.tutor.course_root)))

    def exercise_on_screen(self) -> Exercise | None:
        return getattr(self.screen, "exercise", None)

    def action_toggle_contrast(self) -> None:
        self.theme = DEFAULT_THEME if self.theme == HIGH_CONTRAST.name else HIGH_CONTRAST.name
        if self.tutor is not None:
            self.tutor.progress.set_setting(THEME_SETTING, self.theme)

    async def action_quit(self) -> None:
        self.save_everything()
        self.exit(0)

    def save_everything(self) -> None:
        for screen in self.screen_stack:
            save_all = getattr(screen, "save_all", None)
            if save_all is not None:
                save_all()

    def get_key_display(self, binding: Binding) -> str:
        """Keys as printed on the keyboard, in ASCII (a Linux console font lacks the arrows)."""
        key = binding.key.split(",")[0]
        if key in KEY_NAMES:
            return KEY_NAMES[key]
        if key.startswith("f") and key[1:].isdigit():
            return key.upper()
        return super().get_key_display(binding)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """The command palette lists every action a key can do, named as in the footer."""
        seen: set[str] = set()
        for key_binding in (*screen.active_bindings.values(),):
            binding = key_binding.binding
            if binding.action in seen or not binding.description:
                continue
            seen.add(binding.action)
            help_text = binding.tooltip or binding.description
            yield SystemCommand(
                f"{binding.description} ({self.get_key_display(binding)})",
                help_text,
                _runner(key_binding.node, binding.action),
            )
        yield SystemCommand(
            "High contrast", "Switch high-contrast colours on or off", self.action_toggle_contrast
        )
        yield from super().get_system_commands(screen)

    def on_unmount(self) -> None:
        """Last chance to save; then stop the warm helper (a running check is cancelled)."""
        self.save_everything()
        with self._grader_lock:
            self._closing = True
        if self.tutor is not None:
            grader = self.tutor.made_grader  # none yet if the learner left at once
            if grader is not None:
                grader.cancel()
            self.tutor.close()


def _open_in_background(
    course_root: Path | str | None, home: Path | str | None, warm: bool
) -> Future[Tutor]:
    """Import the core and build the Tutor off the main thread (~0.3 s with the course)."""
    opening: Future[Tutor] = Future()

    def open_tutor() -> None:
        try:
            from tutor.app_state import Tutor

            opening.set_result(Tutor(course_root, home, make_grader=lambda: _grader(warm)))
        except BaseException as error:  # noqa: BLE001 - handed to the app, which shows it
            opening.set_exception(error)

    threading.Thread(target=open_tutor, name="open-course", daemon=True).start()
    return opening


def _grader(warm: bool) -> Grader:
    from tutor.grading import Grader  # imports the runner: not needed for the first screen

    return Grader(warm=warm)


def _runner(node: object, action: str) -> Callable[[], Awaitable[None]]:
    async def run() -> None:
        await node.run_action(action)  # type: ignore[attr-defined]

    return run


def _plain_start_error(error: Exception) -> str:
    return (
        f"Your exercise folder could not be made ({type(error).__name__}: {error}). "
        "Your other work is safe. Try again; if it keeps failing, tell your instructor."
    )


def _plain(error: Exception) -> str:
    text = str(error) or type(error).__name__
    return f"The course could not be opened: {text}"


def run_app(
    course_root: Path | str | None = None,
    home: Path | str | None = None,
    *,
    course: Path | str | None = None,
) -> int:
    """Run the tutor until the learner quits; the exit code for the shell.

    `course` is the CLI's name for course_root (its --course option).
    """
    app = TutorApp(course_root if course_root is not None else course, home)
    code = app.run()
    if os.environ.get("TUTOR_DEBUG") and app.return_code:
        print(f"tutor: the app ended with code {app.return_code}")
    return code if isinstance(code, int) else (app.return_code or 0)
