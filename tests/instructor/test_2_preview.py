"""Step 2: the instructor previews a lesson in the real TUI (Pilot), as a learner would see it."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path

from instructor_helpers import RunCli
from textual.pilot import Pilot

from tutor.instructor.authoring import new_exercise, new_lesson
from tutor.instructor.preview import prepare_preview
from tutor.tui.app import TutorApp
from tutor.tui.screens.course_map import CourseMapScreen
from tutor.tui.screens.lesson import LessonScreen
from tutor.tui.widgets.course_tree import CourseTree


async def wait_until(pilot: Pilot[int], condition: Callable[[], object]) -> None:
    deadline = time.monotonic() + 20
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {condition}"
        await pilot.pause(0.05)


def test_preview_opens_the_lesson_unlocked_in_a_throw_away_home(
    course: Path, tmp_path: Path
) -> None:
    new_lesson(course, "web/basics", "html")
    new_lesson(course, "web/styles", "css")
    new_exercise(course, "web/styles", "quiz")
    lesson_file = course / "lessons" / "web" / "02-styles.toml"
    text = lesson_file.read_text(encoding="utf-8")
    # The lesson waits on the first one, so a learner meets it locked; the preview must not.
    lesson_file.write_text(
        text.replace("minutes = 15\n", 'minutes = 15\nrequires = ["web/basics"]\n'),
        encoding="utf-8",
    )
    before = sorted(p.relative_to(course) for p in course.rglob("*"))

    preview = prepare_preview(course, "lessons/web/02-styles.toml", tmp_path / "preview")
    assert preview.lesson.id == "web/styles" and preview.lesson.requires == ()
    assert preview.first_exercise == "styles"

    seen: dict[str, object] = {}

    async def scenario() -> None:
        app = TutorApp(preview.course_root, preview.home, cursor_blink=False, warm=False)
        try:
            async with app.run_test(size=(100, 30)) as pilot:
                await wait_until(pilot, lambda: app.tutor is not None)
                await wait_until(pilot, lambda: isinstance(app.screen, CourseMapScreen))
                await pilot.pause()
                tree = app.screen.query_one(CourseTree)
                seen["exercises"] = sorted(tree._exercise_nodes)
                assert app.tutor is not None
                seen["course"] = app.tutor.course.title
                await pilot.press("c")  # continue: the lesson's first exercise
                await wait_until(pilot, lambda: isinstance(app.screen, LessonScreen))
                seen["opened"] = app.screen.exercise.id  # type: ignore[attr-defined]
        finally:
            if app.tutor is not None:
                app.tutor.close()

    asyncio.run(scenario())
    assert seen["exercises"] == ["styles", "styles-quiz"]  # only this lesson
    assert seen["course"] == "Preview: TODO: Styles"
    assert seen["opened"] == "styles"
    assert (preview.home / "workspaces" / "styles").is_dir()  # the throw-away home was used
    assert sorted(p.relative_to(course) for p in course.rglob("*")) == before
    assert not (tmp_path / "instructor-home").exists()  # nothing in the instructor's own record


def test_preview_of_a_lesson_that_is_not_there_says_so(tutor: RunCli, course: Path) -> None:
    new_lesson(course, "web/basics", "html")
    ran = tutor("preview", "web/basic", "--course", str(course))
    assert ran.code == 2
    assert "There is no lesson 'web/basic'" in ran.err and "web/basics" in ran.err
