"""Steps the TUI tests share: open an exercise, type, wait for a result.

A helper module, not a test module: test modules never import each other (each
would collect the other's tests and fixtures twice).
"""

from __future__ import annotations

from textual.pilot import Pilot
from tui_waiting import wait_until

from tutor.tui.app import TutorApp
from tutor.tui.screens.choice_dialog import ChoiceDialog
from tutor.tui.screens.lesson import LessonScreen
from tutor.tui.widgets.code_editor import CodeEditor
from tutor.tui.widgets.results_panel import ResultsPanel


async def open_first_exercise(app: TutorApp, pilot: Pilot[int]) -> CodeEditor:
    await pilot.press("enter")  # the cursor starts on "continue where you left off"
    await wait_until(pilot, lambda: isinstance(app.screen, LessonScreen))
    await pilot.pause()
    editor = app.screen.query_one(CodeEditor)
    assert editor.has_focus
    return editor


async def type_the_fix(pilot: Pilot[int]) -> None:
    # "    return 0" -> "    return a + b"
    await pilot.press("down", "end", "backspace", "a", "space", "plus", "space", "b")


async def wait_for_result(app: TutorApp, pilot: Pilot[int]) -> ResultsPanel:
    panel = app.screen.query_one(ResultsPanel)
    await wait_until(pilot, lambda: panel.result is not None)
    return panel


def shown(panel: ResultsPanel, part: str) -> str:
    """What the panel shows: part is "summary" or "explained"."""
    return str(panel.query_one(f"#results-{part}").render())


def replace_text(editor: CodeEditor, text: str) -> None:
    """As if the learner had selected everything and typed the new text."""
    editor.replace(text, (0, 0), editor.document.end)


async def open_exercise(app: TutorApp, pilot: Pilot[int], exercise_id: str) -> CodeEditor:
    assert app.tutor is not None
    app.open_exercise(app.tutor.exercise(exercise_id))
    await wait_until(pilot, lambda: isinstance(app.screen, LessonScreen))
    await pilot.pause()
    return app.screen.query_one(CodeEditor)


async def wait_for_done_dialog(app: TutorApp, pilot: Pilot[int]) -> None:
    """A first pass offers the next exercise; ending the app while it opens makes it fail."""
    await wait_until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
