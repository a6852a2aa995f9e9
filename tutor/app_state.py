"""The facade both front ends use: one learner, one course, one data folder.

The CLI and the TUI call only this. It ties the course (what to do) to the
workspace (the learner's files), the grader (what the checks say) and the
progress record (what is remembered).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from tutor import kinds, last_check, locations
from tutor.course.cache import load_course_cached
from tutor.course.model import Course, Exercise, Lesson
from tutor.errors import TutorError
from tutor.progress import Progress
from tutor.workspace import Workspace

if TYPE_CHECKING:
    from tutor.grading import CheckHandle, Grader
    from tutor.kinds.checklist import Checklist
    from tutor.runner.result import Result


class Status(str, Enum):
    DONE = "done"
    STARTED = "started"
    NOT_STARTED = "not started"
    LOCKED = "locked"


CHECK_HINT = "check-hint/"  # setting: the hint due for the check that fails now, per exercise


@dataclass(frozen=True)
class Hint:
    number: int  # 1-based place on the exercise's ladder; 0 for a check's own hint
    total: int  # the ladder's length
    text: str
    check: str | None = None  # a check's own hint (its step's `hint`): that check's name


class Tutor:
    def __init__(
        self,
        course_root: Path | str | None = None,
        home: Path | str | None = None,
        grader: Grader | None = None,
        *,
        make_grader: Callable[[], Grader] | None = None,
    ) -> None:
        """grader: the one to check with; else make_grader() makes it on first use (the
        TUI's makes a warm one, whose helper process is started only once a check is near)."""
        self.course_root = locations.course_dir(course_root)
        self.home = Path(home) if home is not None else locations.home_dir()
        # Cached between commands: parsing every lesson to check one exercise cost ~60 ms.
        self.course: Course = load_course_cached(self.course_root, locations.cache_dir(self.home))
        self.progress = Progress(locations.progress_db_path(self.home))
        self._grader = grader
        self._make_grader = make_grader
        self._grader_lock = threading.Lock()  # the TUI makes it in a thread, or on a check

    @property
    def grader(self) -> Grader:
        """Made on first use: importing it loads pytest (~0.3 s), which `tutor list` never needs."""
        with self._grader_lock:
            if self._grader is None:
                if self._make_grader is not None:
                    self._grader = self._make_grader()
                else:
                    from tutor.grading import Grader

                    self._grader = Grader()
            if self._grader.cache_folder is None:  # given or made: its checks cache here
                self._grader.cache_folder = locations.cache_dir(self.home) / "rewritten-tests"
            return self._grader

    @property
    def made_grader(self) -> Grader | None:
        """The grader if one was given or made: what closing has to stop, without making one."""
        with self._grader_lock:
            return self._grader

    def close(self) -> None:
        self.progress.close()
        grader = self.made_grader
        if grader is not None:
            grader.close()

    def __enter__(self) -> Tutor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- finding things -------------------------------------------------

    def exercise(self, exercise_id: str) -> Exercise:
        found = self.course.exercise(exercise_id)
        if found is None:
            known = ", ".join(ex.id for ex in self.course.exercises[:8])
            raise TutorError(
                f"There is no exercise called '{exercise_id}'. "
                f"Run `tutor list` to see them all (for example: {known})."
            )
        return found

    def lesson_of(self, exercise: Exercise) -> Lesson:
        lesson = self.course.lesson(exercise.lesson_id)
        assert lesson is not None, "the loader only builds exercises inside lessons"
        return lesson

    def workspace(self, exercise: Exercise) -> Workspace:
        return Workspace(self.home, exercise)

    # --- status ---------------------------------------------------------

    def lesson_unlocked(self, lesson: Lesson) -> bool:
        """A lesson opens when every exercise of every lesson it requires is done."""
        return _unlocked(lesson, self.course.lesson, self.progress.is_done)

    def status(self, exercise: Exercise) -> Status:
        if self.progress.is_done(exercise.id):
            return Status.DONE
        if self.workspace(exercise).exists():
            return Status.STARTED
        if not self.lesson_unlocked(self.lesson_of(exercise)):
            return Status.LOCKED
        return Status.NOT_STARTED

    def statuses(self) -> dict[str, Status]:
        """status() of every exercise, in one pass: one query for what is done, and
        each lesson's lock worked out once (the course map shows ~200 exercises)."""
        done = self.progress.done_ids()
        lessons: dict[str, Lesson] = {}
        for lesson in self.course.lessons:
            lessons.setdefault(lesson.id, lesson)  # as course.lesson(): the first of an id
        unlocked: dict[str, bool] = {}
        found: dict[str, Status] = {}
        made = Workspace.made(self.home, [e for e in self.course.exercises if e.id not in done])
        for exercise in self.course.exercises:
            if exercise.id in done:
                found[exercise.id] = Status.DONE
            elif exercise.id in made:
                found[exercise.id] = Status.STARTED
            else:
                lesson_id = exercise.lesson_id
                if lesson_id not in unlocked:
                    unlocked[lesson_id] = _unlocked(
                        lessons[lesson_id], lessons.get, done.__contains__
                    )
                found[exercise.id] = Status.NOT_STARTED if unlocked[lesson_id] else Status.LOCKED
        return found

    def next_exercise(self, after: Exercise | None = None) -> Exercise | None:
        """The next exercise not done, in course order (after `after`, if given)."""
        exercises = self.course.exercises
        start = exercises.index(after) + 1 if after in exercises else 0
        for exercise in exercises[start:] + exercises[:start]:
            if self.status(exercise) in (Status.STARTED, Status.NOT_STARTED):
                return exercise
        return None

    def continue_exercise(self) -> Exercise | None:
        """Where the learner left off, else the first exercise not done."""
        position = self.progress.position()
        if position is not None:
            found = self.course.exercise(position[0])
            if found is not None and self.status(found) is not Status.DONE:
                return found
        return self.next_exercise()

    # --- doing things ---------------------------------------------------

    def start(self, exercise: Exercise) -> Workspace:
        workspace = self.workspace(exercise)
        if not workspace.exists():
            workspace.create()
            self.progress.record_started(exercise.id)
        return workspace

    def check(
        self,
        exercise: Exercise,
        on_event: Callable[[str], None] | None = None,
        answers: dict[int, str] | None = None,
        handle: CheckHandle | None = None,
    ) -> Result:
        """Run the exercise's checks on the saved files, snapshot them, record the outcome.

        handle: from grader.begin(), made where the check was asked for, so that a
        cancel is never lost (one is begun here otherwise, before the snapshot)."""
        handle = handle or self.grader.begin()
        workspace = self.start(exercise)
        snapshot = None
        if kinds.of(exercise).has_files:
            # Before the learner's code runs: a program that deletes or rewrites
            # its own files must not take the version it was checked with along.
            snapshot = workspace.snapshot(CHECK_RUNNING_MESSAGE)
        result = self.grader.grade(exercise, workspace.path, answers, handle)
        for number, answer in (answers or {}).items():
            correct = any(t.status == "pass" for t in result.tests[number : number + 1])
            self.progress.record_quiz_answer(exercise.id, number, answer, correct)
        if snapshot is not None:
            workspace.relabel(snapshot, _snapshot_message(result))
        self.progress.record_check(
            exercise.id,
            result.status,
            result.passed,
            result.total,
            result.duration_ms,
            snapshot=snapshot,
            tampering=result.tampering,
        )
        self._remember_check_hint(exercise, result)
        last_check.remember(self.progress, exercise.id, result)
        if self.course.share_folder:
            from tutor.instructor.export_share import share_export  # it imports this module

            share_export(self)
        return result

    def _remember_check_hint(self, exercise: Exercise, result: Result) -> None:
        """Keep the hint of the check that fails now for the next hint asked for.

        Kept in the learner's record (a setting), so `tutor hint` after `tutor
        check` follows the check too. The same hint is offered once, however
        often that check fails; a check with another hint makes that one due.
        """
        if not any(step.hint for step in exercise.steps):
            return  # nothing to remember: no write for most exercises
        from tutor.kinds.checklist import first_to_fix, step_hint  # after a check only

        first = first_to_fix(result)
        hint = step_hint(exercise, first)
        key = CHECK_HINT + exercise.id
        before = self.progress.get_setting(key) or {}
        if hint is None or first is None:
            if before:
                self.progress.set_setting(key, {})
        elif before.get("hint") != hint:
            self.progress.set_setting(key, {"hint": hint, "check": first.name, "shown": False})

    def checklist(self, exercise: Exercise, result: Result) -> Checklist:
        """What the learner sees of a check: both front ends render this."""
        # Imported here: it imports the runner's messages, which the course map never needs.
        from tutor.kinds.checklist import build_checklist

        attempts = self.progress.attempts(exercise.id) if result.status == "pass" else ()
        return build_checklist(exercise, result, attempts)

    def next_hint(self, exercise: Exercise) -> Hint | None:
        """The hint of the check that fails now (once), else one more of the ladder (recorded).

        None when the exercise has no hints.
        """
        if any(step.hint for step in exercise.steps):
            key = CHECK_HINT + exercise.id
            due = self.progress.get_setting(key) or {}
            if due.get("hint") and not due.get("shown"):
                self.progress.set_setting(key, {**due, "shown": True})
                return Hint(0, len(exercise.hints), due["hint"], check=due.get("check"))
        if not exercise.hints:
            return None
        # One transaction, so the TUI and `tutor check` in another terminal cannot race.
        shown = self.progress.record_hint(exercise.id, limit=len(exercise.hints))
        number = min(shown, len(exercise.hints))
        return Hint(number, len(exercise.hints), exercise.hints[number - 1])

    def hints_so_far(self, exercise: Exercise) -> list[Hint]:
        shown = min(self.progress.hints_revealed(exercise.id), len(exercise.hints))
        total = len(exercise.hints)
        return [Hint(i + 1, total, exercise.hints[i]) for i in range(shown)]

    def reset(self, exercise: Exercise) -> Workspace:
        workspace = self.workspace(exercise)
        if not workspace.exists():
            return self.start(exercise)
        workspace.reset()
        return workspace

    def solution(self, exercise: Exercise) -> dict[str, str]:
        """The reference solution's files, once the learner has finished the exercise."""
        if not self.course.show_solutions:
            raise TutorError("Your instructor has turned solutions off for this course.")
        if not self.progress.is_done(exercise.id):
            raise TutorError(
                f"The solution to '{exercise.id}' opens once you have passed it. "
                f"Try `tutor hint {exercise.id}` for a nudge instead."
            )
        return kinds.of(exercise).solution_files(exercise)


CHECK_RUNNING_MESSAGE = "check: running (stopped before it finished)"


def _unlocked(
    lesson: Lesson, find: Callable[[str], Lesson | None], is_done: Callable[[str], bool]
) -> bool:
    for required_id in lesson.requires:
        required = find(required_id)
        if required is None:
            continue  # lint reports it; don't lock learners out over an author's typo
        if not all(is_done(ex.id) for ex in required.exercises):
            return False
    return True


def _snapshot_message(result: Result) -> str:
    if result.status == "error":
        first_line = (result.message or "no test ran").splitlines()[0][:60]
        return f"check: error ({first_line})"
    return f"check: {result.passed}/{result.total} passed"
