"""A copy of the welcome track to break on purpose, and a real grader."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tutor.grading import Grader
from tutor.locations import bundled_course_dir

BUNDLED = bundled_course_dir()
# The fixture courses' own tests are the instructor's, run by the tutor, not by this suite.
collect_ignore_glob = ["data/*"]


@pytest.fixture(autouse=True)
def no_machine_git_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As on a fresh workshop PC: no ~/.gitconfig, so the tutor must set what git needs."""
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("TUTOR_HOME", str(tmp_path / "home"))


@pytest.fixture
def grader() -> Iterator[Grader]:
    made = Grader()
    yield made
    made.close()


@pytest.fixture
def course_copy(tmp_path: Path) -> Path:
    """tmp_path/course: the bundled welcome track alone, free to break."""
    root = tmp_path / "course"
    shutil.copytree(BUNDLED / "lessons" / "welcome", root / "lessons" / "welcome")
    shutil.copytree(
        BUNDLED / "exercises" / "welcome",
        root / "exercises" / "welcome",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    (root / "lessons" / "course.toml").write_text(
        'title = "Copy"\n\n[[tracks]]\nid = "welcome"\ntitle = "Welcome"\n', encoding="utf-8"
    )
    return root
