"""A check snapshots the files it checks before the learner's code runs."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tutor.app_state import Tutor
from tutor.locations import bundled_course_dir

SELF_DELETING = (
    "import os\n\nos.remove(__file__)  # a learner's mistake: the program deletes itself\n\n\n"
    "def greet(name):\n    return 'Hello, ' + name + '!'\n"
)


def test_a_program_that_deletes_itself_keeps_the_version_it_was_checked_with(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    with Tutor(bundled_course_dir(), tmp_path / "home") as tutor:
        exercise = tutor.exercise("hello-tutor")
        workspace = tutor.start(exercise)
        (workspace.path / "greet.py").write_text(SELF_DELETING, encoding="utf-8")
        result = tutor.check(exercise)
        assert not (workspace.path / "greet.py").exists()
        newest = workspace.history()[0]
        assert newest.message == f"check: {result.passed}/{result.total} passed"
        kept = subprocess.run(
            ["git", "show", f"{newest.sha}:greet.py"],
            cwd=workspace.path, capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
        assert kept == SELF_DELETING
        workspace.restore(newest.sha)
        assert (workspace.path / "greet.py").read_text(encoding="utf-8") == SELF_DELETING
