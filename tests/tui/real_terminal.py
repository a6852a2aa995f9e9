"""The real `tutor` in tmux, for the tests that drive it (not a test module)."""

from __future__ import annotations

import os
import shlex
import shutil
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
