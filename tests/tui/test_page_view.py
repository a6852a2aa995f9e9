"""Pilot test: ctrl+o shows the learner's page as text, after its scripts ran."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from tui_waiting import wait_until

from tutor.locations import bundled_course_dir
from tutor.tui.app import TutorApp
from tutor.tui.screens.lesson import LessonScreen
from tutor.tui.screens.page_view import PageViewScreen


def test_ctrl_o_shows_the_page_as_text_and_escape_returns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("TUTOR_HOME", str(home))
    app = TutorApp(bundled_course_dir(), home, cursor_blink=False)

    async def scenario() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_until(pilot, lambda: app.tutor is not None)
            assert app.tutor is not None
            exercise = app.tutor.course.exercise("html-first-page")
            assert exercise is not None
            app.open_exercise(exercise)
            await wait_until(pilot, lambda: isinstance(app.screen, LessonScreen))
            page = app.tutor.workspace(exercise).path / "index.html"
            page.write_text(
                "<html><head><title>Mine</title></head><body><h1>Hello there</h1>"
                "<ul id='l'></ul><script>document.querySelector('#l').innerHTML = "
                "'<li>from a script</li>'; console.log('ran');</script></body></html>"
            )
            await pilot.press("ctrl+o")
            await wait_until(pilot, lambda: isinstance(app.screen, PageViewScreen))
            view = app.screen
            assert isinstance(view, PageViewScreen)
            await wait_until(pilot, lambda: view.shown is not None, 10)
            assert view.shown is not None
            assert "# Hello there" in view.shown.markdown
            assert "from a script" in view.shown.markdown
            assert view.shown.console == ["ran"]
            await pilot.press("escape")
            await wait_until(pilot, lambda: isinstance(app.screen, LessonScreen))
        app.tutor.close()

    asyncio.run(scenario())
