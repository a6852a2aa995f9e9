"""Fixtures for workspace tests: a small exercise folder and a git with no global config."""

from __future__ import annotations

from pathlib import Path

import pytest
from workspace_helpers import SOLUTION_PY, STARTER_PY, TEST_PY, MakeExercise

from tutor.course.model import Exercise, ExerciseKind
from tutor.kinds.git import GitDetails


@pytest.fixture(autouse=True)
def no_global_git_config(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> None:
    """As on a fresh workshop PC: no ~/.gitconfig, no system config, no user.name."""
    home = tmp_path_factory.mktemp("empty-home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for name in ("GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME", "EMAIL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def make_exercise(tmp_path: Path) -> MakeExercise:
    """Build an exercise folder under tmp_path/course and the Exercise that names it."""

    def make(
        exercise_id: str = "hello-function",
        kind: ExerciseKind = ExerciseKind.TESTS,
        setup_script: str | None = None,
        starter: dict[str, bytes | str] | None = None,
    ) -> Exercise:
        folder = tmp_path / "course" / "exercises" / exercise_id
        files = starter if starter is not None else {"hello.py": STARTER_PY}
        for name, content in files.items():
            target = folder / "starter" / name
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                target.write_bytes(content)
            else:
                target.write_text(content, encoding="utf-8")
        (folder / "solution").mkdir(parents=True, exist_ok=True)
        (folder / "solution" / "hello.py").write_text(SOLUTION_PY, encoding="utf-8")
        (folder / "test_hello.py").write_text(TEST_PY, encoding="utf-8")
        (folder / "test_more.py").write_text("def test_hidden():\n    pass\n", encoding="utf-8")
        setup = None
        if setup_script is not None:
            (folder / "setup.py").write_text(setup_script, encoding="utf-8")
            setup = "setup.py"
        return Exercise(
            id=exercise_id,
            title="Say hello",
            kind=kind,
            lesson_id="welcome/first",
            folder=folder,
            task="Make hello() greet.",
            edit=("hello.py",) if kind != ExerciseKind.GIT else (),
            tests=("test_hello.py",),
            hidden=("test_more.py",),
            details=GitDetails(setup=setup) if setup else None,
        )

    return make


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"
