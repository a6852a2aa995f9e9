"""The real `tutor` in tmux at 80x24: after F5, the first failure is explained on screen.

An exercise with ten checks whose eighth fails (ten_checks_course): without
a key pressed after F5, the count, the failing check's name, its whole
explanation and where to look are all on the screen, on a full terminal and
on a Linux console (issue 15).
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from real_terminal import Terminal
from real_terminal import pytestmark as real_terminal_marks
from ten_checks_course import EXPLANATION, build_ten_checks_course

pytestmark = real_terminal_marks

BORDERS = "▕│"  # the lesson pane's right edge, on a full terminal and on a console


@pytest.fixture
def course_root(tmp_path: Path) -> Path:
    return build_ten_checks_course(tmp_path / "course")


def settled(screen: Terminal, text: str, timeout: float = 20.0) -> str:
    """The screen once it shows text and a moment later is still the same (a whole frame)."""
    deadline = time.monotonic() + timeout
    while True:
        first = screen.wait_for(text, timeout)
        time.sleep(0.3)
        again = screen.screen()
        if again == first or time.monotonic() > deadline:
            return again


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
    shown = settled(screen, "Look at:")  # the explanation's last line
    words = workbench_text(shown)
    assert "9 of 10 checks pass" in words
    assert "FAIL y is not a vowel" in words, shown
    assert EXPLANATION in words, shown
    assert "Look at: letters.py line 13" in words, shown
    if term == "linux":
        from tutor.tui.console import can_draw_on_console

        assert all(can_draw_on_console(c) for c in shown), shown


def test_a_loop_is_explained_below_ran_too_long(terminal, home: Path) -> None:  # noqa: F811
    """ "ran too long ... see below" has the loop's explanation below it, on a console too."""
    from tutor.tui.console import can_draw_on_console

    screen = terminal("linux")
    screen.wait_for("press c to continue")
    screen.keys("Enter")
    screen.wait_for("def first_letter(word):")
    learner_file = home / "workspaces" / "letters" / "letters.py"
    learner_file.write_text(
        learner_file.read_text().replace(
            "    return sum(", '    while word == "rhythm":\n        pass\n    return sum('
        )
    )
    screen.keys("F5")
    screen.wait_for("see below", timeout=60)
    shown = settled(screen, "(not checked)")
    words = workbench_text(shown)
    assert "7 of 10 checks pass. Your code ran too long and was stopped: see below." in words
    assert "ERROR y is not a vowel Your code took longer than" in words, shown
    assert "Look at: letters.py line 13" in words, shown
    assert "(not checked)" in words  # the checks after it, not ERROR
    assert all(can_draw_on_console(c) for c in shown), shown


@pytest.mark.parametrize("term", ["xterm-256color", "linux"])
def test_the_pane_with_the_keys_is_named_and_ctrl_g_returns(terminal, term: str) -> None:  # noqa: F811
    from tutor.tui.console import can_draw_on_console

    screen = terminal(term)
    screen.wait_for("press c to continue")
    screen.keys("Enter")
    screen.wait_for("Keys: editor, letters.py")
    screen.keys("Escape")  # the editor lets go of the keyboard: the next pane has it
    screen.wait_for("Keys: check list - ctrl+g: editor")
    shown = settled(screen, "═Checks: your keys are here")  # the pane's own edge changes too
    if term == "linux":
        assert all(can_draw_on_console(c) for c in shown), shown
    screen.keys("C-g")
    screen.wait_for("Keys: editor, letters.py")
