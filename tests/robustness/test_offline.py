"""The tutor never touches the network, and installs and runs with no network at all.

- A whole session (the TUI started, a check from it, `tutor verify`, `tutor check`)
  runs with an audit hook (a sitecustomize.py on PYTHONPATH, so every Python the
  tutor starts has it: the TUI, the warm helper, the check children) that refuses
  and records any internet socket, connection or name lookup. AF_UNIX socket
  pairs stay allowed: asyncio uses them inside the process.
- The offline bundle is built for this Python (`scripts/offline_bundle.py --here`,
  which needs the package index, as CI has), then installed into a fresh venv
  inside `unshare -n` (a network namespace with no network at all, not even
  loopback) by the bundle's own install.sh (`pip install --no-index`), and in
  that same namespace `tutor verify` and `tutor check` run, on the course's own
  exercises too: every exercise of the Flask track (Flask is a dependency, so it is in
  the bundle) and a log-in of the security track, which needs Flask's signed session.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from robust_course import Learner, screen, tmux, wait_for

from tutor.course import ExerciseKind, load_course

REPO = Path(__file__).resolve().parents[2]

NETWORK_GUARD = '''
"""Refuse and record every internet socket, connection and name lookup."""
import os
import socket
import sys
import traceback

_LOG = os.environ["TUTOR_NETWORK_LOG"]
_INTERNET = {socket.AF_INET, socket.AF_INET6, -1}  # -1: the default family, AF_INET
_WATCHED = {"socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"}
_LOOKUPS = {"socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr"}


def _refuse(event, detail):
    stack = "".join(traceback.format_stack(limit=8))
    with open(_LOG, "a", encoding="utf-8") as log:
        log.write(f"{os.getpid()} {sys.argv[:3]} {event} {detail!r}\\n{stack}\\n")
    raise OSError(f"network use is forbidden in this test: {event}")


def _hook(event, args):
    if event == "socket.__new__" and args[1] in _INTERNET:
        _refuse(event, args[1:])
    elif event in _WATCHED and getattr(args[0], "family", None) in _INTERNET:
        _refuse(event, args[1:])
    elif event in _LOOKUPS:
        _refuse(event, args)


sys.addaudithook(_hook)
'''


def guarded(learner: Learner, tmp_path: Path) -> tuple[dict[str, str], Path]:
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(NETWORK_GUARD, encoding="utf-8")
    log = tmp_path / "network.log"
    env = learner.environment({"PYTHONPATH": str(guard), "TUTOR_NETWORK_LOG": str(log)})
    return env, log


def attempts(db: Path, exercise_id: str) -> int:
    if not db.exists():
        return 0
    with sqlite3.connect(db) as connection:
        row = connection.execute(
            "SELECT count(*) FROM attempts WHERE exercise_id = ?", (exercise_id,)
        ).fetchone()
    return int(row[0])


def test_the_guard_catches_network_use(learner: Learner, tmp_path: Path) -> None:
    """Without this, an empty log would prove nothing."""
    env, log = guarded(learner, tmp_path)
    probe = (
        "import socket\ntry:\n"
        "    socket.create_connection(('192.0.2.1', 9), 0.1)\n"
        "except OSError:\n    pass\n"
    )
    subprocess.run([sys.executable, "-c", probe], env=env, check=True, timeout=60)
    assert "socket.__new__" in log.read_text() or "getaddrinfo" in log.read_text()


@pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux to give the TUI a terminal")
def test_a_whole_session_never_touches_the_network(learner: Learner, tmp_path: Path) -> None:
    import shlex

    env, log = guarded(learner, tmp_path)
    session = f"offline-{learner.marker[-12:]}"
    exports = " ".join(
        f"{k}={shlex.quote(v)}" for k, v in {**env, "TERM": "xterm-256color"}.items()
    )
    command = f"exec env -i {exports} " + " ".join(map(shlex.quote, learner.command()))
    try:
        tmux("new-session", "-d", "-s", session, "-x", "80", "-y", "24", command)
        assert wait_for(session, "press c to continue"), screen(session)
        tmux("send-keys", "-t", session, "c")
        assert wait_for(session, "Press F5"), screen(session)
        tmux("send-keys", "-t", session, "F5")
        db = learner.home / "progress.sqlite3"
        deadline = time.monotonic() + 60
        while attempts(db, "robust-py") < 1 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert attempts(db, "robust-py") == 1, screen(session)
        tmux("send-keys", "-t", session, "C-q")
        deadline = time.monotonic() + 20
        while session in tmux("list-sessions").stdout and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        tmux("kill-session", "-t", session)

    for args in (("verify", "robust-js"), ("check", "robust-sql", "--json")):
        done = subprocess.run(
            learner.command(*args),
            env=env,
            cwd=learner.scratch,
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
        assert done.returncode in (0, 1), done.stderr
        assert "Traceback" not in done.stderr, done.stderr
    assert json.loads(done.stdout)["status"] == "fail"  # the starter, checked for real
    assert not log.exists() or log.read_text() == "", log.read_text()


def flask_exercises() -> list[str]:
    """The ids of the Flask track's exercises that have checks to run (every kind but quiz)."""
    course = load_course(REPO)
    track = next(track for track in course.tracks if track.id == "flask")
    return [
        exercise.id
        for lesson in track.lessons
        for exercise in lesson.exercises
        if exercise.kind is not ExerciseKind.QUIZ
    ]


def test_the_offline_check_covers_the_whole_flask_track() -> None:
    """Without this, an empty or shrunken list would make the offline test prove less."""
    ids = flask_exercises()
    assert len(ids) >= 8 and "flask-routes" in ids and "flask-notes" in ids, ids


def unshare_works() -> bool:
    if shutil.which("unshare") is None:
        return False
    done = subprocess.run(["unshare", "-n", "true"], capture_output=True, check=False)
    return done.returncode == 0


@pytest.mark.slow
@pytest.mark.skipif(
    not unshare_works(),
    reason="`unshare -n` is not available here (it needs root or user namespaces), "
    "so an install with no network at all cannot be proved",
)
def test_the_bundle_installs_and_runs_with_no_network(learner: Learner, tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    built = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "offline_bundle.py"), str(bundle), "--here"],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    wheels = [wheel.name.lower() for wheel in (bundle / "wheelhouse").iterdir()]
    assert any(name.startswith("flask-") for name in wheels), wheels  # the flask track needs it
    venv = tmp_path / "fresh-venv"
    offline = ["unshare", "-n"]
    # The bundle's own install script, with this Python as its python3.
    python_dir = tmp_path / "python-bin"
    python_dir.mkdir()
    (python_dir / "python3").symlink_to(sys.executable)
    path = f"{python_dir}{os.pathsep}{os.environ.get('PATH', '')}"
    installed = subprocess.run(
        [*offline, "sh", str(bundle / "install.sh"), str(venv)],
        env={**os.environ, "PATH": path},
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert installed.returncode == 0, installed.stdout[-3000:] + installed.stderr[-3000:]

    tutor = str(venv / "bin" / "tutor")
    env = learner.environment()
    env.pop("PYTHONPATH", None)  # the installed copy, not this checkout
    for args in (
        ("--course", str(learner.course), "verify", "robust-py"),
        ("--course", str(learner.course), "check", "robust-py", "--json"),
        ("verify", "hello-tutor"),  # the course inside the wheel
        # Flask comes from the bundle too: every Flask exercise's starter fails and
        # its solution passes through Flask's own test client (the TDD one runs the
        # learner's tests and its mutants), and a security log-in with its signed
        # session cookie, all with no network.
        ("verify", "--jobs", "2", *flask_exercises(), "sec-login"),
        ("check", "flask-forms", "--json"),  # a learner's check of a Flask starter
    ):
        done = subprocess.run(
            [*offline, tutor, *args],
            env=env,
            cwd=learner.scratch,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert done.returncode in (0, 1), done.stdout[-2000:] + done.stderr[-2000:]
        assert "Traceback" not in done.stderr, done.stderr
        if args[-1] == "--json":
            assert json.loads(done.stdout)["status"] == "fail", done.stdout[-2000:]
        else:
            assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
