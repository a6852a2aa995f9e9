"""Run the real `tutor` command in-process (main + capsys) against a fresh data folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from cli_helpers import Ran, RunCli

from tutor.cli import main


@pytest.fixture(autouse=True)
def learner_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A new learner: empty data folder, the bundled course, no git config of the machine's."""
    home = tmp_path / "home"
    monkeypatch.setenv("TUTOR_HOME", str(home))
    monkeypatch.delenv("TUTOR_COURSE", raising=False)
    monkeypatch.delenv("TUTOR_PLAIN", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    return home


@pytest.fixture
def tutor(capsys: pytest.CaptureFixture[str]) -> RunCli:
    """tutor("check", "hello-tutor") -> Ran(code, out, err)."""

    def run(*args: str) -> Ran:
        capsys.readouterr()  # drop anything printed before this command
        code = main(list(args))
        captured = capsys.readouterr()
        return Ran(code, captured.out, captured.err)

    return run


@pytest.fixture
def workspace_of(learner_home: Path) -> Callable[[str], Path]:
    return lambda exercise_id: learner_home / "workspaces" / exercise_id


QUIZ_LESSON = """
title = "A small quiz"

[[pages]]
title = "Checks"
text = "A check says whether one thing is right."

[[exercises]]
id = "check-quiz"
title = "What a check is"
kind = "quiz"

  [[exercises.questions]]
  text = "What does a check do?"
  choices = [
    "It marks your work out of ten",
    "It says whether one thing is right",
    "It fixes your file",
  ]
  answer = "It says whether one thing is right"
  explain = "A check looks at one thing and says whether it is right."

  [[exercises.questions]]
  text = "Which command shows the next hint?"
  answer = ["tutor hint"]
  explain = "tutor hint shows one hint at a time."
"""


@pytest.fixture
def quiz_course(tmp_path: Path) -> Path:
    """A course with one quiz (the bundled course has none yet)."""
    root = tmp_path / "quiz-course"
    (root / "lessons" / "basics").mkdir(parents=True)
    (root / "exercises").mkdir()
    (root / "lessons" / "course.toml").write_text(
        'title = "Quiz course"\n\n[[tracks]]\nid = "basics"\ntitle = "Basics"\n', encoding="utf-8"
    )
    (root / "lessons" / "basics" / "01-quiz.toml").write_text(QUIZ_LESSON, encoding="utf-8")
    return root
