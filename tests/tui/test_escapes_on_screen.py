"""Escape sequences in course text, a learner's file and a learner's exception reach the
screen as visible symbols: the terminal never gets them (no window title, no clipboard)."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import OptionList
from tui_driving import open_first_exercise, wait_for_result

from tutor.tui.app import TutorApp

TITLE_ESCAPE = "\x1b]0;pwned\x07"
CLIPBOARD = "\x1b]52;c;cHduZWQ=\x07"
RAISING = 'def add(a, b):\n    raise ValueError("\\x1b]52;c;cHduZWQ=\\x07 and \\x9b31m")\n'


def test_no_escape_reaches_the_screen(drive, course_root: Path) -> None:
    for lesson in (course_root / "lessons").rglob("*.toml"):
        text = lesson.read_text(encoding="utf-8")
        text = text.replace('title = "Adding numbers"', 'title = "Adding\\u001b]0;pwned\\u0007"')
        text = text.replace('title = "Add two numbers"', 'title = "Add\\u001b]0;pwned\\u0007"')
        lesson.write_text(text, encoding="utf-8")

    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        screen = app.export_screenshot()
        assert "Add␛]0;pwned␇" in screen  # the course map: shown, not obeyed
        editor = await open_first_exercise(app, pilot)
        editor.load_text(RAISING + f"# {TITLE_ESCAPE} {CLIPBOARD}\n")
        await pilot.press("f5")
        panel = await wait_for_result(app, pilot)
        assert panel.result is not None and panel.result.status != "pass"
        await pilot.pause(0.2)
        screen = app.export_screenshot()
        for raw in ("\x1b", "\x07", "\x9b"):
            assert raw not in screen
        shown = str(panel.query_one("#results-explained").render())
        options = panel.query_one(OptionList)
        shown += "".join(
            str(options.get_option_at_index(i).prompt) for i in range(options.option_count)
        )
        assert "␛]52;c;cHduZWQ= and �31m" in shown, shown  # the exception, in the panel
        assert "Adding␛]0;pwned␇" in screen or "Add␛]0;pwned␇" in screen  # the lesson title

    drive(scenario, size=(140, 50))
