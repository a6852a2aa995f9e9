"""Red-green read from a TDD exercise's record of checks."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from tutor.cli import main
from tutor.progress import Attempt
from tutor.tdd_cycle import read_cycles


def checks(*steps: tuple[str, int, int]) -> list[Attempt]:
    now = datetime.now(timezone.utc)
    return [Attempt("x", now, status, passed, total, 1.0) for status, passed, total in steps]


def test_two_failing_tests_each_made_to_pass_are_two_cycles() -> None:
    report = read_cycles(
        checks(("fail", 1, 2), ("pass", 2, 2), ("fail", 2, 3), ("fail", 2, 3), ("pass", 3, 3))
    )
    assert (report.cycles, report.green_without_red) == (2, False)
    assert "2 times" in report.sentence()


def test_code_written_before_any_failing_test_is_noticed() -> None:
    report = read_cycles(checks(("pass", 3, 3)))
    assert (report.cycles, report.green_without_red) == (0, True)
    assert "no failing test before the passing code" in report.sentence()


def test_a_failure_without_a_new_test_is_not_red() -> None:
    report = read_cycles(checks(("fail", 2, 3), ("pass", 3, 3), ("fail", 2, 3), ("pass", 3, 3)))
    assert report.cycles == 1


def test_tutor_check_tells_a_tdd_learner_about_their_cycle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TUTOR_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("TUTOR_COURSE", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    assert main(["start", "voting-tests"]) == 0
    workspace = tmp_path / "home" / "workspaces" / "voting-tests"
    assert main(["check", "voting-tests"]) == 1  # the starter's tests miss the mutants: red
    solution = Path(__file__).parents[2] / "exercises" / "welcome" / "voting-tests" / "solution"
    for name in ("test_voting.py", "voting.py"):
        (workspace / name).write_text((solution / name).read_text())
    capsys.readouterr()
    assert main(["check", "voting-tests"]) == 0
    assert "you wrote a failing test and then made it pass once" in capsys.readouterr().out
