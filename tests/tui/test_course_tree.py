"""The course tree fills a track when it is needed: the first screen shows ~25 of ~400 nodes.

The tracks are added at once; a track's lessons and exercises when it is unfolded or one
of its exercises is selected, and every other track after the next refresh. Whichever
comes first, the learner sees the same tree.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path

from textual.app import App, ComposeResult
from textual.pilot import Pilot

from tutor.course.model import Course, Exercise, Lesson, Track
from tutor.tui.widgets.course_tree import CourseTree


def make_course() -> Course:
    tracks = []
    for t in range(3):
        lessons = []
        for n in range(2):
            lesson_id = f"t{t}/l{n}"
            exercises = tuple(
                Exercise(f"t{t}-l{n}-e{e}", f"Exercise {t}.{n}.{e}", "tests", lesson_id,
                         Path("/nowhere"), "Do it.")
                for e in range(2)
            )  # fmt: skip
            lessons.append(
                Lesson(lesson_id, f"Lesson {t}.{n}", f"t{t}", Path("/nowhere.toml"),
                       exercises=exercises)
            )  # fmt: skip
        tracks.append(Track(f"t{t}", f"Track {t}", tuple(lessons)))
    return Course("Course", Path("/nowhere"), tracks)


class TreeApp(App[None]):
    def compose(self) -> ComposeResult:
        yield CourseTree(id="course-tree")


def drive(scenario: Callable[[CourseTree, Pilot[None]], Awaitable[None]]) -> None:
    async def run() -> None:
        app = TreeApp()
        async with app.run_test(size=(80, 24)) as pilot:
            await scenario(app.query_one(CourseTree), pilot)

    asyncio.run(run())


def shown(tree: CourseTree) -> list[str]:
    """Every node's label, depth first, with what is unfolded marked."""
    lines: list[str] = []

    def walk(node: object, depth: int) -> None:
        for child in node.children:  # type: ignore[attr-defined]
            mark = "v" if child.is_expanded else ">"
            lines.append(f"{'  ' * depth}{mark} {child.label.plain}")
            walk(child, depth + 1)

    walk(tree.root, 0)
    return lines


STATUSES = {"t0-l0-e0": "done", "t1-l1-e1": "started", "t2-l0-e0": "locked"}


def test_every_exercise_is_in_the_tree_after_the_first_refresh() -> None:
    async def scenario(tree: CourseTree, pilot: Pilot[None]) -> None:
        tree.show_course(make_course(), STATUSES)
        await pilot.pause()
        assert sorted(tree._exercise_nodes) == sorted(
            f"t{t}-l{n}-e{e}" for t in range(3) for n in range(2) for e in range(2)
        )
        lines = shown(tree)
        assert lines[:4] == [
            "> Track 0  1/4",
            "  > Lesson 0.0  1/2",
            "    > [x] Exercise 0.0.0",
            "    > [ ] Exercise 0.0.1",
        ]
        assert "    > [>] Exercise 1.1.1" in lines
        assert "    > [-] Exercise 2.0.0" in lines
        assert len(lines) == 3 + 6 + 12

    drive(scenario)


def test_a_track_unfolded_before_the_rest_is_filled_shows_its_lessons() -> None:
    async def scenario(tree: CourseTree, pilot: Pilot[None]) -> None:
        tree._fill_all = lambda: None  # type: ignore[method-assign]  # only what is asked for
        tree.show_course(make_course(), STATUSES)
        track = tree.root.children[1]
        assert track.label.plain == "Track 1  0/4"
        track.expand()
        await pilot.pause()
        assert [lesson.label.plain for lesson in track.children] == [
            "Lesson 1.0  0/2",
            "Lesson 1.1  0/2",
        ]
        assert [leaf.label.plain for leaf in track.children[1].children] == [
            "[ ] Exercise 1.1.0",
            "[>] Exercise 1.1.1",
        ]

    drive(scenario)


def test_selecting_an_exercise_of_a_track_not_filled_yet_moves_the_cursor_to_it() -> None:
    async def scenario(tree: CourseTree, pilot: Pilot[None]) -> None:
        tree._fill_all = lambda: None  # type: ignore[method-assign]
        tree.show_course(make_course(), STATUSES)
        tree.select_exercise("t2-l1-e1")
        await pilot.pause()
        node = tree.cursor_node
        assert node is not None and node.data is not None and node.data.exercise is not None
        assert node.data.exercise.id == "t2-l1-e1"
        assert shown(tree)[2:4] == ["v Track 2  0/4", "  > Lesson 2.0  0/2"]

    drive(scenario)


def test_new_statuses_reach_tracks_not_filled_yet() -> None:
    async def scenario(tree: CourseTree, pilot: Pilot[None]) -> None:
        fill_all = tree._fill_all
        tree._fill_all = lambda: None  # type: ignore[method-assign]
        tree.show_course(make_course(), STATUSES)
        tree.update_statuses({**STATUSES, "t2-l0-e0": "done", "t2-l0-e1": "done"})
        assert tree.root.children[2].label.plain == "Track 2  2/4"
        fill_all()
        await pilot.pause()
        assert [leaf.label.plain for leaf in tree.root.children[2].children[0].children] == [
            "[x] Exercise 2.0.0",
            "[x] Exercise 2.0.1",
        ]

    drive(scenario)
