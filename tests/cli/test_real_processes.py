"""`tutor` as a learner runs it: a real process, a pipe or a terminal, `tutor watch` and Ctrl+C."""

from __future__ import annotations

import contextlib
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from cli_helpers import RunCli, solve, tutor_process

COLOUR = re.compile(r"\x1b\[(3\d|9\d|38;)")  # SGR foreground colour codes
ANY_ESCAPE = re.compile(r"\x1b\[")


def run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    with tutor_process(*args) as proc:
        out, err = proc.communicate(timeout=timeout)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def test_piped_output_has_no_escape_codes_and_plain_words() -> None:
    listed = run("list")
    assert listed.returncode == 0, listed.stderr
    assert not ANY_ESCAPE.search(listed.stdout)
    assert "hello-tutor" in listed.stdout
    checked = run("check", "hello-tutor")
    assert checked.returncode == 1
    assert "FAIL greet says hello to ada" in checked.stdout
    assert not ANY_ESCAPE.search(checked.stdout)
    assert "Traceback" not in checked.stderr


def test_usage_errors_exit_2_as_a_sentence() -> None:
    done = run("start", "no-such-exercise")
    assert done.returncode == 2
    assert done.stderr.startswith("There is no exercise called 'no-such-exercise'")
    assert "Traceback" not in done.stderr


def test_the_help_answers_fast() -> None:
    started = time.perf_counter()
    done = run("--help")
    assert done.returncode == 0
    assert "usage: tutor" in done.stdout
    # Only argparse is imported for --help; a whole second means something heavy crept in.
    assert time.perf_counter() - started < 1.0


def read_in_terminal(args: list[str], env: dict[str, str]) -> str:
    """Run tutor with a pseudo-terminal as stdout, as in a learner's shell."""
    import pty  # Unix only (its caller is skipped on Windows)

    leader, follower = pty.openpty()
    with subprocess.Popen(
        [sys.executable, "-m", "tutor", *args],
        env={**os.environ, "COLUMNS": "100", "TERM": "xterm-256color", **env},
        stdout=follower,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
    ) as proc:
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal closed: the process has finished writing
                break
            if not chunk:
                break
            chunks.append(chunk)
        proc.wait(timeout=60)
    os.close(leader)
    return b"".join(chunks).decode("utf-8", errors="replace")


@pytest.mark.skipif(sys.platform == "win32", reason="no pty on Windows")
def test_a_terminal_gets_colour_and_symbols_unless_no_color() -> None:
    coloured = read_in_terminal(["check", "hello-tutor"], {})
    assert "✗" in coloured, "a terminal gets symbols, not PASS/FAIL words"
    assert COLOUR.search(coloured), "a terminal should get colour"
    plain = read_in_terminal(["check", "hello-tutor"], {"NO_COLOR": "1"})
    assert "✗" in plain
    assert not COLOUR.search(plain), "NO_COLOR means no colour codes"


def lines_of(proc: subprocess.Popen[str]) -> queue.Queue[str]:
    """Stdout lines as they come, so the test can react to what watch prints."""
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put(line)

    threading.Thread(target=pump, daemon=True).start()
    return lines


def wait_for(lines: queue.Queue[str], text: str, seconds: float = 60) -> str:
    seen = ""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            seen += lines.get(timeout=0.2)
        except queue.Empty:
            continue
        if text in seen:
            return seen
    raise AssertionError(f"{text!r} never came; saw:\n{seen}")


def test_watch_checks_again_when_a_file_is_saved(tutor: RunCli, workspace_of) -> None:
    tutor("start", "hello-tutor")
    with tutor_process("watch", "hello-tutor", "--max-checks", "2") as proc:
        lines = lines_of(proc)
        first = wait_for(lines, "Save a file to check again")
        assert "FAIL greet says hello to ada" in first
        solve(workspace_of("hello-tutor"), "hello-tutor")
        second = wait_for(lines, "Done! Every check passes.")
        assert "PASS greet says hello to ada" in second
        assert proc.wait(timeout=60) == 0


def test_watch_stops_cleanly_on_ctrl_c(tutor: RunCli) -> None:
    tutor("start", "hello-tutor")
    with tutor_process("watch", "hello-tutor") as proc:
        lines = lines_of(proc)
        wait_for(lines, "Save a file to check again")
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 0
        assert "Stopped watching." in wait_for(lines, "Stopped watching.")
        assert proc.stderr is not None
        assert "Traceback" not in proc.stderr.read()


def test_watch_once_checks_once(tutor: RunCli, workspace_of) -> None:
    ran = tutor("watch", "hello-tutor", "--once")
    assert ran.code == 1
    assert ran.out.count("Checking hello-tutor") == 1
    solve(workspace_of("hello-tutor"), "hello-tutor")
    assert tutor("watch", "hello-tutor", "--once").code == 0


def test_python_dash_m_tutor_is_the_same_command() -> None:
    done = run("--version")
    assert done.returncode == 0
    assert done.stdout.startswith("tutor ")


def test_a_reader_that_stops_early_is_not_an_error() -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before anything is written, as with `| head -0`
    try:
        done = subprocess.run(
            [sys.executable, "-m", "tutor", "list", "--json"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    finally:
        os.close(write_end)
    assert done.returncode == 0
    assert done.stderr == ""


def test_listing_does_not_load_pytest() -> None:
    # Start-up time matters on old PCs: only a check needs pytest (~0.3 s to import).
    script = (
        "import sys\nfrom tutor.cli import main\ncode = main(['list'])\n"
        "print('pytest loaded' if 'pytest' in sys.modules else 'no pytest', file=sys.stderr)\n"
        "raise SystemExit(code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().endswith("no pytest")


@pytest.mark.skipif(sys.platform == "win32", reason="no pty on Windows")
def test_a_lesson_read_in_a_terminal_goes_through_the_pager(tmp_path: Path) -> None:
    import pty

    paged = tmp_path / "paged.txt"
    leader, follower = pty.openpty()
    env = {
        **os.environ,
        "TERM": "xterm-256color",
        "COLUMNS": "80",
        # pydoc runs $PAGER through the shell with the text on its stdin.
        "PAGER": f"cat > {paged}",
    }
    env.pop("MANPAGER", None)
    with subprocess.Popen(
        [sys.executable, "-m", "tutor", "lesson", "hello-tutor"],
        env=env,
        stdin=follower,
        stdout=follower,
        stderr=subprocess.PIPE,
    ) as proc:
        os.close(follower)
        with contextlib.suppress(OSError):
            while os.read(leader, 65536):
                pass
        assert proc.wait(timeout=60) == 0
    os.close(leader)
    text = paged.read_text(encoding="utf-8", errors="replace")
    assert "Page 1" in text and "tutor start hello-tutor" in text


def test_a_lesson_piped_to_another_program_is_not_paged(tmp_path: Path) -> None:
    paged = tmp_path / "paged.txt"
    ran = subprocess.run(
        [sys.executable, "-m", "tutor", "lesson", "hello-tutor"],
        env={**os.environ, "PAGER": f"cat > {paged}"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert ran.returncode == 0 and "Page 1" in ran.stdout
    assert not paged.exists()
