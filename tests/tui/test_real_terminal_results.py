"""The real `tutor` in tmux at 80x24: after F5, the first failure is explained on screen.

An exercise with ten checks whose eighth fails (ten_checks_course): without
a key pressed after F5, the count, the failing check's name, its whole
explanation and where to look are all on the screen, on a full terminal and
on a Linux console (issue 15).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from ten_checks_course import EXPLANATION, build_ten_checks_course
from test_real_terminal import pytestmark as real_terminal_marks
from test_real_terminal import terminal  # noqa: F401 - the fixture, used by name

pytestmark = real_terminal_marks

BORDERS = "▕│"  # the lesson pane's right edge, on a full terminal and on a console


@pytest.fixture
def course_root(tmp_path: Path) -> Path:
    return build_ten_checks_course(tmp_path / "course")


def workbench_text(screen: str) -> str:
    """The right side of the screen (right of the lesson pane), as one line of words."""
    right = []
    for line in screen.splitlines():
        edge = min((line.find(c) for c in BORDERS if c in line), default=-1)
        right.append(line[edge + 1 :] if edge >= 0 else "")
    return re.sub(r"\s+", " ", " ".join(right))


@pytest.mark.parametrize("term", ["xterm-256color", "linux"])
def test_the_first_failure_is_explained_on_screen_after_f5(terminal, term: str) -> None:  # noqa: F811
    screen = terminal(term)
    screen.wait_for("press c to continue")
    screen.keys("Enter")
    screen.wait_for("def first_letter(word):")
    screen.keys("F5")
    screen.wait_for("9 of 10 checks pass", timeout=60)
    shown = screen.wait_for("Look at:")  # the explanation's last line
    words = workbench_text(shown)
    assert "9 of 10 checks pass" in words
    assert "FAIL y is not a vowel" in words, shown
    assert EXPLANATION in words, shown
    assert "Look at: letters.py line 13" in words, shown


@pytest.mark.parametrize("term", ["xterm-256color", "linux"])
def test_the_pane_with_the_keys_is_named_and_ctrl_g_returns(terminal, term: str) -> None:  # noqa: F811
    from tutor.tui.console import can_draw_on_console

    screen = terminal(term)
    screen.wait_for("press c to continue")
    screen.keys("Enter")
    screen.wait_for("Keys: editor, letters.py")
    screen.keys("Escape")  # the editor lets go of the keyboard: the next pane has it
    shown = screen.wait_for("Keys: check list - ctrl+g: editor")
    assert "═Checks: your keys are here" in shown  # the pane's own edge changes too
    if term == "linux":
        assert all(can_draw_on_console(c) for c in shown), shown
    screen.keys("C-g")
    screen.wait_for("Keys: editor, letters.py")
