"""Helpers for the instructor tests (a module of its own: conftest.py files cannot share)."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Ran:
    code: int
    out: str
    err: str


RunCli = Callable[..., Ran]


@contextmanager
def learner(home: Path) -> Iterator[Path]:
    """Act as the learner whose data folder is home (TUTOR_HOME), then go back."""
    before = os.environ.get("TUTOR_HOME")
    os.environ["TUTOR_HOME"] = str(home)
    try:
        yield home
    finally:
        if before is None:
            os.environ.pop("TUTOR_HOME", None)
        else:
            os.environ["TUTOR_HOME"] = before


def solve_like_a_learner(course: Path, home: Path, exercise_path: str, exercise_id: str) -> None:
    """Type the reference solution into the learner's workspace (files only)."""
    solution = course / "exercises" / exercise_path / "solution"
    shutil.copytree(solution, home / "workspaces" / exercise_id, dirs_exist_ok=True)


def git(folder: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True)
