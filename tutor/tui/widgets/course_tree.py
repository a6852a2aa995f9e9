"""The course as a tree: tracks, lessons, exercises, each with its status.

Markers are plain ASCII so a Linux console font shows them: [x] done,
[>] started, [ ] not started, [-] locked (a lesson it requires is not done).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.style import Style
from rich.text import Text, TextType
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from tutor.safe_text import visible
from tutor.tui import keys

if TYPE_CHECKING:  # the core is imported by a worker after the first frame (see app.py)
    from tutor.course.model import Course, Exercise, Lesson, Track

# Keyed by tutor.app_state.Status values (a str Enum), so this module need not import it.
DONE, STARTED, NOT_STARTED, LOCKED = "done", "started", "not started", "locked"
MARKERS: dict[str, tuple[str, str]] = {
    DONE: ("[x]", "status-done"),
    STARTED: ("[>]", "status-started"),
    NOT_STARTED: ("[ ]", "status-new"),
    LOCKED: ("[-]", "status-locked"),
}


@dataclass(frozen=True)
class CourseItem:
    """What a tree node stands for: exactly one of the three is set."""

    track: Track | None = None
    lesson: Lesson | None = None
    exercise: Exercise | None = None


class CourseTree(Tree[CourseItem]):
    BINDINGS = keys.COURSE_TREE
    COMPONENT_CLASSES = {"status-done", "status-started", "status-new", "status-locked"}
    _batching = False  # see _one_invalidation
    _invalidate_due = False

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("Course", id=id)
        self.show_root = False
        self.guide_depth = 2
        self._exercise_nodes: dict[str, TreeNode[CourseItem]] = {}
        # Tracks whose lessons are not added yet, and the track of each of their exercises.
        self._unfilled: dict[TreeNode[CourseItem], Track] = {}
        self._track_nodes: dict[str, TreeNode[CourseItem]] = {}  # by exercise id
        self._statuses: dict[str, str] = {}  # what the labels show (and later fills use)

    def show_course(self, course: Course, statuses: Mapping[str, str]) -> None:
        """The tracks at once; a track's lessons when it is unfolded or one of its exercises
        is selected, and all the rest after the next refresh: the map holds ~400 nodes,
        of which the first screen shows ~25 (each node added costs the first frame ~40 us)."""
        self.clear()
        self._exercise_nodes.clear()
        self._unfilled.clear()
        self._track_nodes.clear()
        self._statuses = statuses = _plain(statuses)
        with self._one_invalidation():
            for track in course.tracks:
                track_done = sum(_done(lesson, statuses) for lesson in track.lessons)
                track_total = sum(len(lesson.exercises) for lesson in track.lessons)
                track_node = self.root.add(
                    _counted(track.title, track_done, track_total, bold=True),
                    CourseItem(track=track),
                    expand=False,
                )
                self._unfilled[track_node] = track
                for lesson in track.lessons:
                    for exercise in lesson.exercises:
                        self._track_nodes[exercise.id] = track_node
        self.call_after_refresh(self._fill_all)

    def _fill(self, track_node: TreeNode[CourseItem]) -> None:
        """Add a track's lessons and exercises, each with its final label."""
        track = self._unfilled.pop(track_node, None)
        if track is None:
            return
        statuses = self._statuses
        styles = self._marker_styles()
        with self._one_invalidation():
            for lesson in track.lessons:
                lesson_node = track_node.add(
                    _counted(lesson.title, _done(lesson, statuses), len(lesson.exercises)),
                    CourseItem(lesson=lesson),
                    expand=False,
                )
                for exercise in lesson.exercises:
                    status = statuses.get(exercise.id, NOT_STARTED)
                    label = self._exercise_label(exercise, status, styles)
                    node = lesson_node.add_leaf(label, CourseItem(exercise=exercise))
                    self._exercise_nodes[exercise.id] = node

    def _fill_all(self) -> None:
        for track_node in list(self._unfilled):
            self._fill(track_node)

    def on_tree_node_expanded(self, event: Tree.NodeExpanded[CourseItem]) -> None:
        # Unfolded before the rest was filled (a key pressed at once): its lessons now.
        if event.node in self._unfilled:
            self._fill(event.node)

    @contextmanager
    def _one_invalidation(self) -> Iterator[None]:
        """Tree invalidates its caches and refreshes itself for every node added:
        inside this, once at the end."""
        self._batching = True
        try:
            yield
        finally:
            self._batching = False
            if self._invalidate_due:
                self._invalidate_due = False
                self._invalidate()

    def _invalidate(self) -> None:
        # Tree's own (private) hook: were it renamed, each node would refresh again, no worse.
        if self._batching:
            self._invalidate_due = True
            return
        super()._invalidate()

    def update_statuses(self, statuses: Mapping[str, str]) -> None:
        self._statuses = statuses = _plain(statuses)
        styles = self._marker_styles()
        for track_node in self.root.children:
            track = track_node.data.track if track_node.data else None
            assert track is not None
            if track_node in self._unfilled:  # its labels are made when it is filled
                track_done = sum(_done(lesson, statuses) for lesson in track.lessons)
                track_total = sum(len(lesson.exercises) for lesson in track.lessons)
                track_node.set_label(_counted(track.title, track_done, track_total, bold=True))
                continue
            track_done = track_total = 0
            for lesson_node in track_node.children:
                done = 0
                for node in lesson_node.children:
                    exercise = node.data.exercise if node.data else None
                    assert exercise is not None
                    status = statuses.get(exercise.id, NOT_STARTED)
                    done += status == DONE
                    node.set_label(self._exercise_label(exercise, status, styles))
                total = len(lesson_node.children)
                lesson = lesson_node.data.lesson if lesson_node.data else None
                assert lesson is not None
                lesson_node.set_label(_counted(lesson.title, done, total))
                track_done += done
                track_total += total
            track_node.set_label(_counted(track.title, track_done, track_total, bold=True))

    def process_label(self, label: TextType) -> Text:
        """A one-line Text label as it is: Tree's own way parses markup and copies each
        label into lines (a third of the time to fill the map)."""
        if isinstance(label, Text) and "\n" not in label.plain:
            return label  # made here for this node alone; Tree copies it to draw it
        return super().process_label(label)

    def _marker_styles(self) -> dict[str, Style]:
        """Each status's marker style, from CSS (looked up once per fill: ~200 labels)."""
        return {
            status: self.get_component_rich_style(component, partial=True)
            for status, (_, component) in MARKERS.items()
        }

    def _exercise_label(self, exercise: Exercise, status: str, styles: dict[str, Style]) -> Text:
        marker = MARKERS[status][0]
        style = styles[status]
        label = Text(marker + " ", style=style)
        label.append(visible(exercise.title))
        if status == LOCKED:
            label.stylize(style)
        return label

    def select_exercise(self, exercise_id: str) -> None:
        """Unfold the way to an exercise and put the cursor on it."""
        track_node = self._track_nodes.get(exercise_id)
        if track_node is not None:
            self._fill(track_node)
        node = self._exercise_nodes.get(exercise_id)
        if node is None:
            return
        parent = node.parent
        while parent is not None:
            parent.expand()
            parent = parent.parent
        # The cursor at once: Enter pressed as soon as the map shows must find it there
        # (with no cursor, Enter does nothing). last_line numbers the unfolded lines.
        if self.last_line >= 0:
            self.move_cursor(node)
        self.call_after_refresh(self._move_to, node)  # scrolled to once laid out

    def _move_to(self, node: TreeNode[CourseItem]) -> None:
        self.move_cursor(node)
        self.scroll_to_node(node, animate=False)

    def on_mount(self) -> None:
        # Component styles come from CSS, which is only ready once mounted.
        self.refresh()


def _plain(statuses: Mapping[str, object]) -> dict[str, str]:
    # Status members hash by name, not value: compare plain strings.
    return {key: str(getattr(value, "value", value)) for key, value in statuses.items()}


def _done(lesson: Lesson, statuses: Mapping[str, str]) -> int:
    return sum(statuses.get(exercise.id, NOT_STARTED) == DONE for exercise in lesson.exercises)


def _counted(title: str, done: int, total: int, bold: bool = False) -> Text:
    text = Text(visible(title), style="bold" if bold else "")
    text.append(f"  {done}/{total}", style="dim")
    return text
