"""Walk the whole bundled course as one learner would, in one data folder.

For every exercise, in course order: it is open (not locked) when its turn
comes, its starter does not pass, the reference solution laid into the
learner's workspace passes, and at the end every exercise is done.
"""

from __future__ import annotations

import os
import shlex
import subprocess
from pathlib import Path

import pytest

from tutor import kinds
from tutor.app_state import Status, Tutor
from tutor.course.model import Exercise, ExerciseKind
from tutor.grading import overlay
from tutor.locations import bundled_course_dir

pytestmark = pytest.mark.slow


def replay_git_solution(exercise: Exercise, folder: Path) -> None:
    env = {**os.environ, "GIT_EDITOR": "true", "GIT_PAGER": "cat", "GIT_TERMINAL_PROMPT": "0"}
    for command in exercise.details.solution_commands:
        subprocess.run(
            shlex.split(command), cwd=folder, env=env, check=True, capture_output=True, timeout=30
        )


def lay_solution(exercise: Exercise, folder: Path) -> None:
    """The reference over the learner's folder; a project's milestone by milestone, each
    committed by the learner (its checks run on the last commit)."""
    milestones = getattr(kinds.of(exercise), "milestones", None)
    if milestones is None:
        overlay(folder, [exercise.solution_dir])
        return
    for milestone in milestones(exercise):
        overlay(folder, [exercise.solution_dir / milestone.id])
        for command in ("add -A", f"commit -q -m 'Reach {milestone.id}'"):
            subprocess.run(
                ["git", "-c", "user.name=Learner", "-c", "user.email=l@example.invalid",
                 *shlex.split(command)],
                cwd=folder, check=True, capture_output=True, timeout=30,
            )  # fmt: skip


def test_a_learner_can_walk_the_whole_course(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    with Tutor(bundled_course_dir(), tmp_path / "home") as tutor:
        assert not tutor.course.errors, [str(p) for p in tutor.course.errors]
        exercises = tutor.course.exercises
        assert len(exercises) >= 70
        for exercise in exercises:
            assert tutor.status(exercise) is Status.NOT_STARTED, (
                f"{exercise.id} is {tutor.status(exercise).value} when its turn comes"
            )
            if exercise.kind is ExerciseKind.QUIZ:
                assert tutor.check(exercise, answers={}).status != "pass", exercise.id
                right = {n: q.answer[0] for n, q in enumerate(exercise.details.questions)}
                assert tutor.check(exercise, answers=right).status == "pass", exercise.id
                continue
            workspace = tutor.start(exercise)
            starter = tutor.check(exercise)
            assert starter.status != "pass", f"{exercise.id}: the starter already passes"
            lay_solution(exercise, workspace.path)
            if exercise.kind is ExerciseKind.GIT:
                replay_git_solution(exercise, workspace.path)
            solved = tutor.check(exercise)
            failing = [(t.name, t.message) for t in solved.tests if t.status != "pass"]
            assert solved.status == "pass", (exercise.id, solved.message, failing)
            assert tutor.status(exercise) is Status.DONE
        assert set(tutor.statuses().values()) == {Status.DONE}
        assert tutor.next_exercise() is None
