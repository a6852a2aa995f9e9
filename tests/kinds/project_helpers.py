"""The sample project course (tests/fixtures/project-course), copied, and a learner's git."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "project-course"
SOLUTION = FIXTURE / "exercises" / "projects" / "corner-shop" / "solution"


def copy_course(target: Path) -> Path:
    shutil.copytree(FIXTURE, target, ignore=shutil.ignore_patterns("__pycache__"))
    return target


def learner_git(folder: Path, *args: str) -> str:
    """git as the learner types it in their project folder."""
    done = subprocess.run(
        ["git", "-c", "user.name=Learner", "-c", "user.email=l@example.invalid", *args],
        cwd=folder,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def commit_all(folder: Path, message: str) -> str:
    learner_git(folder, "add", "-A")
    learner_git(folder, "commit", "-q", "-m", message)
    return learner_git(folder, "rev-parse", "HEAD")


def reach(folder: Path, milestone: str) -> str:
    """Lay the reference's files of one milestone in the folder and commit them."""
    shutil.copytree(SOLUTION / milestone, folder, dirs_exist_ok=True)
    return commit_all(folder, f"reach {milestone}")
