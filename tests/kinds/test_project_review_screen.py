"""`tutor review`'s full screen (Pilot): read a project, comment on a line, give verdicts."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from project_helpers import copy_course, reach

from tutor.app_state import Tutor
from tutor.course import load_course
from tutor.export import export_progress, load_export
from tutor.review.model import load_review
from tutor.review.session import ReviewSession
from tutor.tui.review_app import ReviewApp


@pytest.fixture
def session(tmp_path: Path) -> ReviewSession:
    course_root = copy_course(tmp_path / "course")
    with Tutor(course_root, tmp_path / "learner") as learner:
        exercise = learner.exercise("corner-shop")
        folder = learner.start(exercise).path
        reach(folder, "basket")
        learner.check(exercise)
        export_progress(learner, "seat-04", tmp_path / "seat-04.zip")
    export = load_export(tmp_path / "seat-04.zip")
    return ReviewSession(export, load_course(course_root), tmp_path / "seat-04.review.json")


def test_the_instructor_comments_on_a_line_and_gives_verdicts(session: ReviewSession) -> None:
    app = ReviewApp(session)

    async def scenario() -> None:
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            lines = app.query_one("#lines")
            assert "def add_item(basket, name, price):" in str(
                lines.get_option_at_index(3).prompt  # type: ignore[attr-defined]
            )
            lines.focus()
            lines.highlighted = 3  # type: ignore[attr-defined]
            await pilot.press("c")
            await pilot.pause()
            await pilot.press(*"Use a clearer name", "enter")
            await pilot.pause()
            shown = str(lines.get_option_at_index(3).prompt)  # type: ignore[attr-defined]
            assert "↳ Use a clearer name" in shown  # the comment, under its line
            milestones = app.query_one("#milestones")
            milestones.focus()
            milestones.highlighted = 0  # type: ignore[attr-defined]
            await pilot.press("a")
            milestones.highlighted = 1  # type: ignore[attr-defined]
            await pilot.press("n")
            await pilot.pause()
            await pilot.press(*"Add total", "enter")
            await pilot.pause()
            assert "✓ accepted" in str(milestones.get_option_at_index(0).prompt)  # type: ignore[attr-defined]
            await pilot.press("q")

    try:
        asyncio.run(scenario())
    finally:
        session.close()
    review = load_review(session.output)
    (project,) = review.projects
    assert [(c.file, c.line, c.text) for c in project.comments] == [
        ("shop.py", 4, "Use a clearer name")
    ]
    assert [(v.milestone, v.verdict, v.note) for v in project.verdicts] == [
        ("basket", "accepted", ""),
        ("total", "needs changes", "Add total"),
    ]
