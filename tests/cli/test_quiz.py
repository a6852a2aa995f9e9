"""A quiz from the shell: --answer, questions asked on the terminal, or how to answer."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from cli_helpers import RunCli


class TerminalInput(io.StringIO):
    """Typed answers, on what looks like a terminal (as a learner at a keyboard)."""

    def isatty(self) -> bool:
        return True


def test_right_answers_given_on_the_command_line_pass(tutor: RunCli, quiz_course: Path) -> None:
    ran = tutor(
        "--course",
        str(quiz_course),
        "check",
        "check-quiz",
        "--answer",
        "1=2",
        "--answer",
        "2=Tutor  Hint",
    )
    assert ran.code == 0, ran.out + ran.err
    assert "PASS What does a check do?" in ran.out
    assert "Done! Every check passes." in ran.out
    progress = json.loads(tutor("--course", str(quiz_course), "progress", "--json").out)
    assert progress[0]["status"] == "done"


def test_a_wrong_answer_is_explained(tutor: RunCli, quiz_course: Path) -> None:
    ran = tutor(
        "--course",
        str(quiz_course),
        "check",
        "check-quiz",
        "--answer",
        "1=It fixes your file",
        "--answer",
        "2=tutor hint",
    )
    assert ran.code == 1
    assert "FAIL What does a check do?" in ran.out
    assert "Question 1: 'It fixes your file' is not right." in ran.out
    assert "A check looks at one thing" in ran.out


def test_without_answers_or_a_terminal_it_says_how_to_answer(
    tutor: RunCli, quiz_course: Path
) -> None:
    for extra in ([], ["--json"]):
        ran = tutor("--course", str(quiz_course), "check", "check-quiz", *extra)
        assert ran.code == 1
        assert ran.out == ""
        assert "--answer N=TEXT" in ran.err
        assert "2) It says whether one thing is right" in ran.err
        assert "tutor check check-quiz --answer 1=2" in ran.err


@pytest.mark.parametrize(
    ("answer", "message"),
    [("one=2", "is not in the form N=TEXT"), ("3=x", "there is no question 3")],
)
def test_a_badly_written_answer_is_a_usage_error(
    tutor: RunCli, quiz_course: Path, answer: str, message: str
) -> None:
    ran = tutor("--course", str(quiz_course), "check", "check-quiz", "--answer", answer)
    assert ran.code == 2
    assert message in ran.err


def test_questions_are_asked_on_a_terminal(
    tutor: RunCli, quiz_course: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", TerminalInput("9\n2\n\ntutor hint\n"))
    ran = tutor("--course", str(quiz_course), "check", "check-quiz")
    assert ran.code == 0, ran.out
    assert "Question 1 of 2" in ran.out
    assert "  2) It says whether one thing is right" in ran.out
    assert "Type a number from 1 to 3" in ran.out, "9 is not a choice: asked again"
    assert "Done!" in ran.out


def test_stopping_the_questions_checks_nothing(
    tutor: RunCli, quiz_course: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", TerminalInput("2\n"))  # then end of input
    ran = tutor("--course", str(quiz_course), "check", "check-quiz")
    assert ran.code == 1
    assert "No answers were given" in ran.err
    progress = json.loads(tutor("--course", str(quiz_course), "progress", "--json").out)
    assert progress[0]["attempts"] == 0


def test_a_quiz_cannot_be_watched(tutor: RunCli, quiz_course: Path) -> None:
    ran = tutor("--course", str(quiz_course), "watch", "check-quiz")
    assert ran.code == 2
    assert "is a quiz" in ran.err
