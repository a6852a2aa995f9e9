"""`kind = "git"`: the learner works with git in the workspace; tests inspect the repository.

The repository is the learner's own: the tutor makes no snapshot commits
there and never restores over it. A setup script (`setup`) builds the
starting state (branches, a conflict) in the new workspace; `tutor verify`
replays the `solution` commands there.
"""

from __future__ import annotations

import shlex
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tutor.kinds.base import ExerciseReader, details_of, overlay
from tutor.kinds.tests import TestsKind
from tutor.workspace import gitcli

if TYPE_CHECKING:
    from tutor.course.model import Exercise
    from tutor.kinds.proof import VerifyReport

GIT_COMMAND_TIMEOUT_S = 30.0


@dataclass(frozen=True)
class GitDetails:
    setup: str | None = None  # a Python script, relative to the exercise folder
    solution_commands: tuple[str, ...] = ()  # what `tutor verify` replays


class GitKind(TestsKind):
    name = "git"
    summary = "tests inspect the learner's git repository"
    schema_keys = {
        "setup": {
            "description": "git exercises only: a Python script (relative to the exercise "
            "folder) run in the new workspace to build the starting repository state.",
            "type": "string",
            "minLength": 1,
        },
        "solution": {
            "description": "git exercises only: the git commands that solve the exercise, "
            "replayed by `tutor verify`.",
            "type": "array",
            "items": {"type": "string"},
            "default": [],
        },
    }
    needs_solution = False
    learner_owns_repository = True

    def read_details(self, raw: Mapping[str, Any], reader: ExerciseReader) -> GitDetails:
        if "setup" in raw:
            reader.has("setup", raw["setup"], False)
        return GitDetails(raw.get("setup"), tuple(raw.get("solution", ())))

    def setup_script(self, exercise: Exercise) -> Path | None:
        setup = details_of(exercise, GitDetails).setup
        return exercise.folder / setup if setup else None

    def solution_files(self, exercise: Exercise) -> dict[str, str]:
        commands = details_of(exercise, GitDetails).solution_commands
        if commands:
            return {"commands": "\n".join(commands) + "\n"}
        return super().solution_files(exercise)

    def lay_solution(self, exercise: Exercise, folder: Path, report: VerifyReport) -> bool:
        commands = details_of(exercise, GitDetails).solution_commands
        if not exercise.solution_dir.is_dir() and not commands:
            report.problems.append(f"there is no solution/ folder in {exercise.folder}")
            return False
        overlay(folder, [exercise.solution_dir])
        return replay(commands, folder, report)


def replay(commands: tuple[str, ...], folder: Path, report: VerifyReport) -> bool:
    """Run the solution's git commands in the workspace; False (with a problem) if one fails."""
    from tutor.kinds.proof import first_line

    # As every git command of the tutor: no hooks, no drivers, no config from outside.
    env = gitcli.safe_environment(folder)
    for number, command in enumerate(commands, start=1):
        try:
            words = shlex.split(command)
        except ValueError as error:
            report.problems.append(f"solution command {number} cannot be read ({error}): {command}")
            return False
        if not words or words[0] != "git":
            report.problems.append(
                f"solution command {number} does not start with git: {command}. "
                "Only git commands are replayed."
            )
            return False
        try:
            done = subprocess.run(
                ["git", *gitcli.safe_options(), *words[1:]],
                cwd=folder,
                env=env,
                capture_output=True,
                text=True,
                timeout=GIT_COMMAND_TIMEOUT_S,
                stdin=subprocess.DEVNULL,
            )
        except subprocess.TimeoutExpired:
            report.problems.append(
                f"solution command {number} did not finish in "
                f"{GIT_COMMAND_TIMEOUT_S:g} s: {command}"
            )
            return False
        if done.returncode != 0:
            said = first_line(done.stderr or done.stdout) or f"exit code {done.returncode}"
            report.problems.append(f"solution command {number} failed: {command}: {said}")
            return False
    return True
