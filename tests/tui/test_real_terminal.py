"""The real `tutor` command in tmux: type, check, quit; and a SIGKILL right after typing.

tmux gives the app a real terminal (80x24). The app draws to stderr, so
nothing is redirected; the screen is read back with capture-pane.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest
from real_terminal import Terminal, pytestmark  # noqa: F401 - pytestmark marks this module


def open_add_and_type_the_fix(screen: Terminal) -> None:
    screen.wait_for("press c to continue")
    screen.keys("Enter")
    screen.wait_for("1  def add(a, b):")
    # A burst, sent as soon as the editor shows: the keys must land in order.
    screen.keys("Down", "End", "BSpace")
    screen.type("a + b")
    screen.wait_for("return a + b")


def test_type_check_and_quit_in_a_real_terminal(terminal, home: Path) -> None:
    screen = terminal()
    open_add_and_type_the_fix(screen)
    screen.keys("F5")
    screen.wait_for("Exercise done!")  # the dialog offering the next exercise
    screen.keys("Escape")
    screen.wait_for("All 2 checks pass")
    screen.keys("C-q")
    deadline = time.monotonic() + 10
    while not screen.dead() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert screen.dead(), screen.screen()
    assert (home / "workspaces" / "add" / "add.py").read_text() == (
        "def add(a, b):\n    return a + b\n"
    )


def test_typing_survives_sigkill(terminal, home: Path, tmp_path: Path) -> None:
    screen = terminal()
    open_add_and_type_the_fix(screen)
    time.sleep(1.5)  # autosave: 0.5 s after typing stops
    pid = int((tmp_path / "tutor.pid").read_text())
    os.kill(pid, signal.SIGKILL)
    assert (home / "workspaces" / "add" / "add.py").read_text() == (
        "def add(a, b):\n    return a + b\n"
    )
    again = terminal()  # the next start shows the file as it was
    again.wait_for("press c to continue")
    again.keys("c")
    again.wait_for("return a + b")


def screens_of_a_short_walk(screen: Terminal) -> list[str]:
    """The course map, an exercise after a failing check, help and history."""
    seen = [screen.wait_for("press c to continue")]
    screen.keys("Enter")
    screen.wait_for("1  def add(a, b):")
    screen.keys("F5")
    seen.append(screen.wait_for("checks pass"))
    screen.keys("F1")
    seen.append(screen.wait_for("Using the tutor"))
    screen.keys("Escape")
    screen.wait_for("add.py")
    time.sleep(0.5)
    screen.keys("F4")
    seen.append(screen.wait_for("History of"))
    return seen


@pytest.mark.parametrize("term", ["linux", "xterm-256color"])
def test_a_linux_console_gets_only_characters_its_font_has(terminal, term: str) -> None:
    from tutor.tui.console import can_draw_on_console

    screens = screens_of_a_short_walk(terminal(term))
    missing = {c for shown in screens for c in shown if not can_draw_on_console(c)}
    if term == "linux":
        assert not missing, f"a Linux console font lacks {sorted(missing)}"
        assert "│" in screens[1]  # the panes still have their edges
    else:
        assert missing  # a full terminal keeps Textual's finer glyphs (▕ ▔ ━)
