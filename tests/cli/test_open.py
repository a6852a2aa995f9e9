"""`tutor open`: the exercise's page served on 127.0.0.1, a saved change shown, Ctrl+C stops."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from cli_helpers import tutor_process

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child")


def start_open(*args: str) -> tuple[subprocess.Popen[str], str]:
    proc = tutor_process("open", *args, "--no-browser")
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert "Your page is at http://127.0.0.1:" in line, line + proc.stderr.read()
    return proc, line.split(" at ", 1)[1].strip()


def fetch(address: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(address, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def stop(proc: subprocess.Popen[str]) -> str:
    proc.send_signal(signal.SIGINT)
    out, _ = proc.communicate(timeout=20)
    assert proc.returncode == 0
    return out


def test_a_static_page_is_served_and_a_saved_change_shows(tutor, workspace_of) -> None:
    tutor("start", "html-first-page")
    folder = workspace_of("html-first-page")
    proc, address = start_open("html-first-page")
    try:
        assert address.startswith("http://127.0.0.1:") and address.endswith("/index.html")
        status, body = fetch(address)
        assert status == 200 and body == (folder / "index.html").read_text()
        (folder / "index.html").write_text("<h1>Saved just now</h1>")
        assert fetch(address) == (200, "<h1>Saved just now</h1>")
        assert fetch(address.replace("index.html", "../../progress.db"))[0] == 404
        assert fetch(address.replace("index.html", ".git/config"))[0] == 404
    finally:
        assert "Stopped" in stop(proc)


def test_the_learners_app_runs_reloads_after_a_save_and_a_crash_is_said(
    tutor, workspace_of
) -> None:
    tutor("start", "mvc-controller")
    folder = workspace_of("mvc-controller")
    proc, address = start_open("mvc-controller")
    try:
        assert fetch(address)[0] in (200, 404)  # the starter's own answer, whatever it is
        (folder / "app.py").write_text(
            "def app(environ, start_response):\n"
            "    start_response('200 OK', [('Content-Type', 'text/plain')])\n"
            "    return [b'new version']\n"
        )
        time.sleep(0.05)  # a new mtime on file systems with coarse clocks
        assert fetch(address) == (200, "new version")
        (folder / "app.py").write_text("def app(environ, start_response):\n    return 1 / 0\n")
        status, body = fetch(address)
        assert status == 500 and "ZeroDivisionError" in body and "app.py line 2" in body
    finally:
        stop(proc)


def test_a_port_in_use_is_said_plainly(tutor) -> None:
    tutor("start", "html-first-page")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        ran = subprocess.run(
            [sys.executable, "-m", "tutor", "open", "html-first-page", "--port", str(port),
             "--no-browser"],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
    assert ran.returncode == 2
    assert f"Port {port} on this computer is already in use" in ran.stderr


def test_it_only_ever_listens_on_the_loopback_address(tutor) -> None:
    tutor("start", "html-first-page")
    proc, address = start_open("html-first-page")
    try:
        port = int(address.split(":")[2].split("/")[0])
        listening = Path("/proc/net/tcp").read_text()
        ours = [line for line in listening.splitlines()[1:] if f":{port:04X} " in line]
        assert ours and all(line.split()[1].startswith("0100007F:") for line in ours)
    finally:
        stop(proc)
