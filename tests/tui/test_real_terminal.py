"""The real `tutor` command in tmux: type, check, quit; and a SIGKILL right after typing.

tmux gives the app a real terminal (80x24). The app draws to stderr, so
nothing is redirected; the screen is read back with capture-pane.
"""

from __future__ import annotations

import os
import shlex
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux"),
]


class Terminal:
    """One tmux session running one command; the session is ours alone to kill."""

    def __init__(self, name: str, command: str, env: dict[str, str]) -> None:
        self.name = name
        exports = " ".join(f"{key}={shlex.quote(value)}" for key, value in env.items())
        # `exec` makes the shell's pid (written first) the tutor's pid.
        script = f"echo $$ > {shlex.quote(env['PID_FILE'])}; export {exports}; exec {command}"
        subprocess.run(
            ["tmux", "new-session", "-d", "-s", name, "-x", "80", "-y", "24", "sh", "-c", script],
            check=True,
        )
        subprocess.run(["tmux", "set-option", "-t", name, "remain-on-exit", "on"], check=True)

    def screen(self) -> str:
        return subprocess.run(
            ["tmux", "capture-pane", "-p", "-t", self.name],
            capture_output=True,
            text=True,
            check=True,
        ).stdout

    def wait_for(self, text: str, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never appeared; the screen was:\n{self.screen()}")

    def keys(self, *keys: str) -> None:
        subprocess.run(["tmux", "send-keys", "-t", self.name, *keys], check=True)
        time.sleep(0.15)

    def type(self, text: str) -> None:
        subprocess.run(["tmux", "send-keys", "-t", self.name, "-l", text], check=True)
        time.sleep(0.15)

    def dead(self) -> bool:
        shown = subprocess.run(
            ["tmux", "display-message", "-p", "-t", self.name, "#{pane_dead}"],
            capture_output=True,
            text=True,
        ).stdout.strip()
        return shown == "1"

    def close(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True)


@pytest.fixture
def terminal(course_root: Path, home: Path, tmp_path: Path) -> Iterator[callable]:
    opened: list[Terminal] = []

    def open_tutor(term: str = "xterm-256color") -> Terminal:
        env = {
            "TUTOR_HOME": str(home),
            "PID_FILE": str(tmp_path / "tutor.pid"),
            "TERM": term,
        }
        command = f"{shlex.quote(sys.executable)} -m tutor --course {shlex.quote(str(course_root))}"
        name = f"tutor-test-{os.getpid()}-{len(opened)}"
        opened.append(Terminal(name, command, env))
        return opened[-1]

    yield open_tutor
    for session in opened:
        session.close()


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
