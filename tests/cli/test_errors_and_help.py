"""Usage errors, broken courses and --help: plain sentences and the right exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import COURSE, RunCli

from tutor.cli import build_parser

SUBCOMMANDS = sorted(build_parser()._subparsers._group_actions[0].choices)  # type: ignore[union-attr]


def test_every_subcommand_is_there() -> None:
    assert set(SUBCOMMANDS) >= {
        "list",
        "start",
        "check",
        "hint",
        "reset",
        "watch",
        "solution",
        "progress",
        "lint",
        "verify",
        "history",
        "restore",
    }


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_every_subcommand_has_help_with_an_example(tutor: RunCli, command: str) -> None:
    ran = tutor(command, "--help")
    assert ran.code == 0
    assert "example:" in ran.out
    assert f"tutor {command}" in ran.out.split("example:")[1]


def test_an_unknown_command_is_a_usage_error(tutor: RunCli) -> None:
    ran = tutor("chek")
    assert ran.code == 2
    assert "invalid choice" in ran.err


def test_an_unknown_exercise_names_what_to_do(tutor: RunCli) -> None:
    for command in ("start", "check", "hint", "reset", "solution", "watch"):
        ran = tutor(command, "no-such-exercise")
        assert ran.code == 2, command
        assert "There is no exercise called 'no-such-exercise'" in ran.err
        assert "tutor list" in ran.err
        assert "Traceback" not in ran.err + ran.out


def test_a_folder_without_a_course_is_a_course_error(tutor: RunCli, tmp_path: Path) -> None:
    ran = tutor("--course", str(tmp_path), "list")
    assert ran.code == 2
    assert "There is no course in" in ran.err
    assert "--course" in ran.err
    assert tutor("list", "--course", str(tmp_path)).code == 2, "also accepted after the command"


def test_tutor_course_environment_variable_is_used(
    tutor: RunCli, quiz_course: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TUTOR_COURSE", str(quiz_course))
    ran = tutor("list")
    assert ran.code == 0
    assert "Quiz course" in ran.out
    assert "check-quiz" in ran.out


def test_a_course_with_a_broken_lesson_still_lists_the_rest(
    tutor: RunCli, quiz_course: Path
) -> None:
    (quiz_course / "lessons" / "basics" / "02-broken.toml").write_text(
        'title = "Broken"\n[[exercises]\nid = "x"\n', encoding="utf-8"
    )
    ran = tutor("--course", str(quiz_course), "list")
    assert ran.code == 0
    assert "check-quiz" in ran.out
    assert "The course has 1 problem(s)" in ran.err
    linted = tutor("lint", str(quiz_course))
    assert linted.code == 1
    assert "02-broken.toml:2:" in linted.out


def test_lint_of_the_welcome_track_is_clean(tutor: RunCli) -> None:
    ran = tutor("lint", str(COURSE / "lessons" / "welcome"), str(COURSE / "exercises" / "welcome"))
    assert ran.code == 0, ran.out
    assert ran.out.strip().endswith("0 errors, 0 warnings")


def test_lint_of_one_lesson_file(tutor: RunCli, quiz_course: Path) -> None:
    lesson = quiz_course / "lessons" / "basics" / "01-quiz.toml"
    lesson.write_text(lesson.read_text(encoding="utf-8").replace('kind = "quiz"', 'kind = "quizz"'))
    ran = tutor("lint", str(lesson))
    assert ran.code == 1
    assert "01-quiz.toml" in ran.out
    assert "1 error" in ran.out


def test_the_full_screen_tutor_is_not_started_without_a_course(
    tutor: RunCli, tmp_path: Path
) -> None:
    ran = tutor("--course", str(tmp_path))
    assert ran.code == 2
    assert "There is no course in" in ran.err


def test_a_misspelt_exercise_name_gets_a_suggestion(tutor: RunCli) -> None:
    ran = tutor("start", "helo-tutor")
    assert ran.code == 2
    assert "Did you mean 'hello-tutor'?" in ran.err


def test_the_full_screen_tutor_needs_a_terminal(tutor: RunCli) -> None:
    ran = tutor()  # under pytest, stdin is not a terminal
    assert ran.code == 2
    assert "needs a terminal" in ran.err
