"""Helpers for the CLI tests: a module of its own, as two conftest.py cannot both be imported."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tutor.locations import bundled_course_dir

COURSE = bundled_course_dir()


@dataclass
class Ran:
    code: int
    out: str
    err: str


RunCli = Callable[..., Ran]


def solve(workspace: Path, exercise_id: str) -> None:
    """Lay the reference solution over a workspace, as a learner typing it would."""
    solution = COURSE / "exercises" / "welcome" / exercise_id / "solution"
    shutil.copytree(solution, workspace, dirs_exist_ok=True)
