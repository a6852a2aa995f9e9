"""`tutor review`'s full screen (Pilot): read a project, comment on a line, give verdicts."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from project_helpers import copy_course, reach
from textual.pilot import Pilot

from tutor.app_state import Tutor
from tutor.course import load_course
from tutor.instructor.export import export_progress, load_export
from tutor.kinds.review.model import load_review
from tutor.kinds.review.session import ReviewSession
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
            commits = app.query_one("#commits")
            assert "reach basket" in str(commits.get_option_at_index(0).prompt)  # type: ignore[attr-defined]
            commits.focus()
            commits.highlighted = 0  # type: ignore[attr-defined]
            await pilot.press("enter")
            await pilot.pause()
            diff = [str(lines.get_option_at_index(i).prompt) for i in range(lines.option_count)]  # type: ignore[attr-defined]
            assert "+def add_item(basket, name, price):" in diff
            await pilot.press("r")
            await pilot.pause()
            rubric = [str(lines.get_option_at_index(i).prompt) for i in range(lines.option_count)]  # type: ignore[attr-defined]
            assert "- Prices stay whole pence: no float anywhere." in rubric
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


async def wait_for(pilot: Pilot[int], condition: Callable[[], object]) -> None:
    deadline = time.monotonic() + 30
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {condition}"
        await pilot.pause(0.05)


def test_the_learner_sees_the_comment_and_jumps_to_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from textual.widgets import OptionList

    from tutor.kinds.review.feedback import import_feedback
    from tutor.kinds.review.model import Comment, ProjectReview, Review, save_review
    from tutor.tui.app import TutorApp
    from tutor.tui.screens.lesson import LessonScreen
    from tutor.tui.widgets.editor_tabs import EditorTabs
    from tutor.tui.widgets.results_panel import ResultsPanel

    monkeypatch.setenv("TERM", "xterm-256color")
    course_root = copy_course(tmp_path / "course")
    home = tmp_path / "learner"
    monkeypatch.setenv("TUTOR_HOME", str(home))
    with Tutor(course_root, home) as learner:
        folder = learner.start(learner.exercise("corner-shop")).path
        sha = reach(folder, "basket")
        review = Review("seat-04", [ProjectReview("corner-shop", sha)])
        review.projects[0].comments.append(Comment("shop.py", 8, "Say what count gives back"))
        save_review(review, tmp_path / "r.json")
        import_feedback(learner, tmp_path / "r.json")
    app = TutorApp(course_root, home, cursor_blink=False)

    async def scenario() -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await wait_for(pilot, lambda: app.tutor is not None)
            assert app.tutor is not None
            app.open_exercise(app.tutor.exercise("corner-shop"))
            await wait_for(pilot, lambda: isinstance(app.screen, LessonScreen))
            await pilot.pause()
            panel = app.screen.query_one(ResultsPanel)
            await pilot.press("f5")
            await wait_for(pilot, lambda: panel.result is not None)
            await pilot.pause()
            options = panel.query_one(OptionList)
            prompts = [
                str(options.get_option_at_index(i).prompt) for i in range(options.option_count)
            ]
            assert "[x] Milestone 1: Items go into a basket" in prompts
            assert "FAIL  comment on shop.py line 8" in prompts
            options.focus()
            options.highlighted = prompts.index("FAIL  comment on shop.py line 8")
            await pilot.press("enter")
            await pilot.pause()
            explained = str(panel.query_one("#results-explained").render())
            assert 'Your instructor wrote: "Say what count gives back"' in explained
            tabs = app.screen.query_one(EditorTabs)
            editor = tabs.editor_for("shop.py")
            assert editor is not None and not editor.read_only  # the project is the learner's
            await wait_for(pilot, lambda: editor.cursor_location[0] == 7)  # line 8
            await pilot.pause()
            drawn = [editor.render_line(y).text for y in range(editor.size.height)]
            row = next(y for y, text in enumerate(drawn) if "def count(basket):" in text)
            assert drawn[row].rstrip().endswith("def count(basket):  ◀ Say what count gives back")
            assert sum("◀" in text for text in drawn) == 1  # beside its line only

    try:
        asyncio.run(scenario())
    finally:
        if app.tutor is not None:
            app.tutor.close()
