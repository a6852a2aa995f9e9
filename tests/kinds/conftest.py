"""Fixtures for the kinds' tests: the small course of kinds_course.py, and a Tutor on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from kinds_course import build_course

from tutor.app_state import Tutor


@pytest.fixture(autouse=True)
def no_git_config_of_the_machine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")


@pytest.fixture
def course_root(tmp_path: Path) -> Path:
    return build_course(tmp_path / "course")


@pytest.fixture
def tutor(course_root: Path, tmp_path: Path) -> Iterator[Tutor]:
    with Tutor(course_root, tmp_path / "home") as made:
        assert made.course.problems == [], [str(p) for p in made.course.problems]
        yield made
