"""Fixtures for the instructor's side: a new course folder, the real `tutor` command, learners.

Everything is real: files on disk, git, the checks, the progress database.
Each test gets its own folders; the machine's git config is kept out.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from instructor_helpers import Ran, RunCli

from tutor.cli import main


@pytest.fixture(autouse=True)
def clean_machine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.delenv("TUTOR_COURSE", raising=False)
    monkeypatch.delenv("TUTOR_PLAIN", raising=False)
    # The instructor's own data folder: never the real one.
    monkeypatch.setenv("TUTOR_HOME", str(tmp_path / "instructor-home"))
    monkeypatch.chdir(tmp_path)
    yield


@pytest.fixture
def tutor(capsys: pytest.CaptureFixture[str]) -> RunCli:
    """tutor("pack", "-o", "x.tar.gz") -> Ran(code, out, err), the real command in-process."""

    def run(*args: str) -> Ran:
        capsys.readouterr()
        code = main(list(args))
        captured = capsys.readouterr()
        return Ran(code, captured.out, captured.err)

    return run


@pytest.fixture
def course(tmp_path: Path) -> Path:
    """A new, empty course folder, as an instructor starts one."""
    root = tmp_path / "night-school"
    (root / "lessons").mkdir(parents=True)
    (root / "lessons" / "course.toml").write_text('title = "Night School"\n', encoding="utf-8")
    return root
