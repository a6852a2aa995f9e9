"""A terminal inside the tutor: a shell in the exercise's folder, drawn by pyte.

A learner at a locked-down PC may have no program but the tutor, yet git
exercises, `python app.py` and `tutor open` need a shell. The shell runs in a
pseudo-terminal; pyte (a VT100/xterm emulator) keeps the screen, and this
widget draws pyte's screen and sends keys to the shell.

- No threads: the pty's output is read by the event loop (add_reader), so a
  flood of output cannot block the app, and each read is at most 64 KiB.
- The shell is started through a tiny Python stub that makes the pty its
  controlling terminal (so Ctrl+C and job control work) and then execs the
  shell; Popen cannot do that itself on Python 3.10 and forking the threaded
  app by hand is unsafe.
- The tutor's own keys (priority bindings: F5 Check, ctrl+q Quit, F12 back to
  the editor, ...) still work; every other key goes to the shell.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import os
import shutil
import signal
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pyte
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.strip import Strip
from textual.widget import Widget

READ_BYTES = 65536

# Keys that have no character of their own, as an xterm sends them.
KEY_BYTES: dict[str, bytes] = {
    "enter": b"\r",
    "tab": b"\t",
    "shift+tab": b"\x1b[Z",
    "backspace": b"\x7f",
    "escape": b"\x1b",
    "up": b"\x1b[A",
    "down": b"\x1b[B",
    "right": b"\x1b[C",
    "left": b"\x1b[D",
    "home": b"\x1b[H",
    "end": b"\x1b[F",
    "pageup": b"\x1b[5~",
    "pagedown": b"\x1b[6~",
    "delete": b"\x1b[3~",
    "insert": b"\x1b[2~",
    "ctrl+left": b"\x1b[1;5D",
    "ctrl+right": b"\x1b[1;5C",
}

# Makes the pty the controlling terminal of a new session, then becomes the shell.
SHELL_STUB = (
    "import os, sys\n"
    "os.setsid()\n"
    "os.close(os.open(os.ttyname(0), os.O_RDWR))\n"
    "os.execvp(sys.argv[1], sys.argv[1:])\n"
)

PYTE_COLOURS = {
    "black": "black",
    "red": "red",
    "green": "green",
    "brown": "yellow",
    "blue": "blue",
    "magenta": "magenta",
    "cyan": "cyan",
    "white": "white",
}


def _shown(char: str) -> str:
    """A cell's character, with anything that could steer the real terminal made harmless.

    pyte has already acted on escape sequences; what is left in a cell should be
    printable, but bidi overrides and stray C1 codes are replaced all the same.
    """
    code = ord(char[0]) if char else 32
    if code < 32 or 0x7F <= code < 0xA0 or 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069:
        return "?"
    return char


def key_bytes(key: str, character: str | None) -> bytes | None:
    """What an xterm sends for a key; None for keys the shell has no use for."""
    if key in KEY_BYTES:
        return KEY_BYTES[key]
    if key.startswith("ctrl+") and len(key) == 6 and key[5].isalpha():
        return bytes([ord(key[5].lower()) - 96])  # ctrl+c -> 0x03, whatever the driver says
    if character:
        return character.encode()
    return None


def shell_command() -> list[str]:
    """The learner's shell: $SHELL if it exists, else bash, else sh."""
    for candidate in (os.environ.get("SHELL", ""), "bash", "sh"):
        if candidate and shutil.which(candidate):
            return [candidate]
    return ["sh"]


def _colour(name: str) -> str | None:
    if name == "default":
        return None
    if name in PYTE_COLOURS:
        return PYTE_COLOURS[name]
    if len(name) == 6 and all(c in "0123456789abcdefABCDEF" for c in name):
        return f"#{name}"
    return None


def _style(char: pyte.screens.Char, cursor: bool) -> Style:
    return Style(
        color=_colour(char.fg),
        bgcolor=_colour(char.bg),
        bold=char.bold,
        italic=char.italics,
        underline=char.underscore,
        reverse=char.reverse != cursor,
    )


class TerminalPane(Widget, can_focus=True):
    """A shell in a folder; `start()` it once mounted, `stop()` it when done."""

    DEFAULT_CSS = """
    TerminalPane {
        height: 1fr;
        width: 1fr;
    }
    """

    class Ended(Message):
        """The shell has exited (the learner typed `exit`, or it was killed)."""

    def __init__(self, folder: Path, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.folder = folder
        self.screen_model = pyte.Screen(80, 24)
        self.stream = pyte.ByteStream(self.screen_model)
        self.process: subprocess.Popen[bytes] | None = None
        self._master: int | None = None

    # --- the shell's life -------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def start(self) -> None:
        """Start the shell (again, if it ended)."""
        if self.running:
            return
        self.screen_model.reset()
        columns, rows = max(self.size.width, 20), max(self.size.height, 5)
        self.screen_model.resize(rows, columns)
        master, slave = os.openpty()
        self._set_window_size(master, rows, columns)
        environment = {
            **os.environ,
            "TERM": "xterm-256color",
            "COLUMNS": str(columns),
            "LINES": str(rows),
            # Pagers and full-screen editors are hard to leave for a beginner: git
            # prints straight to the terminal instead.
            "GIT_PAGER": "cat",
            "PAGER": "cat",
        }
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-c", SHELL_STUB, *shell_command()],
                stdin=slave,
                stdout=slave,
                stderr=slave,
                cwd=self.folder,
                env=environment,
                close_fds=True,
            )
        finally:
            os.close(slave)
        self._master = master
        os.set_blocking(master, False)
        asyncio.get_running_loop().add_reader(master, self._read_output)

    def stop(self) -> None:
        """End the shell and everything it started."""
        self._close_master()
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGHUP)
        try:
            process.wait(timeout=1)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=1)

    def on_unmount(self) -> None:
        self.stop()

    def _close_master(self) -> None:
        master, self._master = self._master, None
        if master is None:
            return
        with contextlib.suppress(Exception):
            asyncio.get_running_loop().remove_reader(master)
        with contextlib.suppress(OSError):
            os.close(master)

    def _read_output(self) -> None:
        if self._master is None:
            return
        try:
            data = os.read(self._master, READ_BYTES)
        except BlockingIOError:
            return
        except OSError:
            data = b""  # EIO: the shell closed the terminal
        if not data:
            self._close_master()
            if self.process is not None:
                with contextlib.suppress(subprocess.TimeoutExpired):
                    self.process.wait(timeout=1)
            self.stream.feed(b"\r\n[The shell has ended. Press Enter to start a new one.]\r\n")
            self.refresh()
            self.post_message(self.Ended())
            return
        self.stream.feed(data)
        self.refresh()

    def send(self, data: bytes) -> None:
        if self._master is None:
            return
        with contextlib.suppress(BlockingIOError, OSError):
            os.write(self._master, data)

    def type_text(self, text: str) -> None:
        """Send text as if typed (used by tests and by paste)."""
        self.send(text.encode())

    def screen_text(self) -> str:
        """What the terminal shows, one line per row, trailing spaces removed."""
        return "\n".join(line.rstrip() for line in self.screen_model.display)

    # --- keys and size ----------------------------------------------------------

    def on_key(self, event: events.Key) -> None:
        if not self.running:
            if event.key == "enter":
                event.stop()
                self.start()
            return
        data = key_bytes(event.key, event.character)
        if data is None:
            return
        event.stop()
        event.prevent_default()
        self.send(data)

    def on_paste(self, event: events.Paste) -> None:
        event.stop()
        self.type_text(event.text)

    def on_resize(self, event: events.Resize) -> None:
        columns, rows = max(event.size.width, 20), max(event.size.height, 5)
        self.screen_model.resize(rows, columns)
        if self._master is not None:
            self._set_window_size(self._master, rows, columns)
            if self.process is not None:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(self.process.pid, signal.SIGWINCH)

    @staticmethod
    def _set_window_size(fd: int, rows: int, columns: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))

    # --- drawing ------------------------------------------------------------------

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return container.height

    def render_line(self, y: int) -> Strip:
        screen = self.screen_model
        if y >= screen.lines:
            return Strip.blank(self.size.width)
        row = screen.buffer[y]
        cursor_x = screen.cursor.x if (y == screen.cursor.y and self.has_focus) else -1
        segments: list[Segment] = []
        for x in range(min(screen.columns, self.size.width)):
            char = row[x]
            segments.append(Segment(_shown(char.data), _style(char, x == cursor_x)))
        return Strip(segments).simplify()
