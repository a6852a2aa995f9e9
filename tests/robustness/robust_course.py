"""A small course with one exercise per language, and the real `tutor` command run on it.

Every exercise has a visible and a hidden test, as instructors write them:

- robust-py:   solution.py, answer() must give back 42
- robust-js:   script.js (the js fixture, quickjs), answer() must give back 42
- robust-sql:  query.sql on a seeded database (the sql_db fixture)
- robust-html: index.html (the html_page fixture), one <h1>

Each run of `tutor` gets a unique marker in its environment, which every
process it starts inherits (/proc/PID/environ is the environment at exec, so
learner code cannot hide it by changing os.environ): `leftover_processes`
finds anything still running afterwards.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
HOSTILE = HERE / "hostile"
# Each exercise's own timeout: short, so loops are stopped soon, but long enough
# for pytest on a loaded two-core machine. JavaScript gets more: quickjs stops a
# loop itself (its limit counts CPU time), and its message is the more precise one.
CHECK_TIMEOUT_S = 5
MARKER_VARIABLE = "TUTOR_ROBUSTNESS_MARKER"

COURSE_TOML = """
title = "Robustness course"

[[tracks]]
id = "robust"
title = "Robust"
"""

LESSON_HEAD = """
title = "One exercise per language"
summary = "Python, JavaScript, SQL and HTML, each with a hidden test."

[[pages]]
title = "Start"
text = "Make each exercise pass."
"""

# exercise id -> (title, folder under exercises/robust/, the file the learner edits, timeout)
EXERCISE_TABLE = {
    "robust-py": ("Python", "py", "solution.py", CHECK_TIMEOUT_S),
    "robust-js": ("JavaScript", "js", "script.js", CHECK_TIMEOUT_S + 5),
    "robust-sql": ("SQL", "sql", "query.sql", CHECK_TIMEOUT_S),
    "robust-html": ("HTML", "html", "index.html", CHECK_TIMEOUT_S),
}


def exercise_block(exercise_id: str) -> str:
    title, folder, edit, timeout = EXERCISE_TABLE[exercise_id]
    return f"""
[[exercises]]
id = "{exercise_id}"
title = "{title}"
kind = "tests"
path = "robust/{folder}"
edit = ["{edit}"]
tests = ["test_visible.py"]
hidden = ["test_hidden.py"]
timeout = {timeout}
task = "Make the checks pass."
hints = ["Read the checks.", "Read the task again."]
"""


LESSON = LESSON_HEAD + "".join(exercise_block(exercise_id) for exercise_id in EXERCISE_TABLE)

PY_STARTER = "def answer():\n    return 0\n"
PY_SOLUTION = "def answer():\n    return 42\n"
PY_VISIBLE = """
from solution import answer


def test_answer_is_42():
    assert answer() == 42
"""
PY_HIDDEN = """
from solution import answer


def test_answer_is_an_int():
    assert isinstance(answer(), int)
"""

JS_STARTER = "function answer() {\n  return 0;\n}\n"
JS_SOLUTION = "function answer() {\n  return 42;\n}\n"
JS_VISIBLE = """
def test_answer_is_42(js):
    program = js("script.js", time_limit=0.5, memory_limit=32 * 1024 * 1024)
    assert program.call("answer") == 42
"""
JS_HIDDEN = """
def test_answer_is_a_number(js):
    program = js("script.js", time_limit=0.5, memory_limit=32 * 1024 * 1024)
    assert isinstance(program.call("answer"), int)
"""

SQL_SEED = """
CREATE TABLE people (name TEXT);
INSERT INTO people VALUES ('Cy'), ('Ada'), ('Bo');
"""
SQL_STARTER = "SELECT name FROM people;\n"
SQL_SOLUTION = "SELECT name FROM people ORDER BY name;\n"
SQL_VISIBLE = """
def test_names_in_order(sql_db):
    db = sql_db(seed="seed.sql")
    assert db.run_file("query.sql") == [("Ada",), ("Bo",), ("Cy",)]
"""
SQL_HIDDEN = """
def test_one_column(sql_db):
    db = sql_db(seed="seed.sql")
    db.run_file("query.sql")
    assert db.columns == ["name"]
"""

HTML_STARTER = '<!DOCTYPE html>\n<html lang="en">\n<body>\n</body>\n</html>\n'
HTML_SOLUTION = '<!DOCTYPE html>\n<html lang="en">\n<body>\n<h1>Hello</h1>\n</body>\n</html>\n'
HTML_VISIBLE = """
def test_has_a_heading(html_page):
    page = html_page("index.html")
    assert page.count("h1") == 1, "The page needs one <h1> heading."
"""
HTML_HIDDEN = """
def test_heading_has_words(html_page):
    page = html_page("index.html")
    assert page.text_of("h1").strip(), "The heading needs some words."
"""

EXERCISES: dict[str, dict[str, str]] = {
    "py": {
        "starter/solution.py": PY_STARTER,
        "solution/solution.py": PY_SOLUTION,
        "test_visible.py": PY_VISIBLE,
        "test_hidden.py": PY_HIDDEN,
    },
    "js": {
        "starter/script.js": JS_STARTER,
        "solution/script.js": JS_SOLUTION,
        "test_visible.py": JS_VISIBLE,
        "test_hidden.py": JS_HIDDEN,
    },
    "sql": {
        "starter/query.sql": SQL_STARTER,
        "solution/query.sql": SQL_SOLUTION,
        "seed.sql": SQL_SEED,
        "test_visible.py": SQL_VISIBLE,
        "test_hidden.py": SQL_HIDDEN,
    },
    "html": {
        "starter/index.html": HTML_STARTER,
        "solution/index.html": HTML_SOLUTION,
        "test_visible.py": HTML_VISIBLE,
        "test_hidden.py": HTML_HIDDEN,
    },
}

# exercise id -> the file the learner edits
EDIT_FILE = {exercise_id: row[2] for exercise_id, row in EXERCISE_TABLE.items()}


def build_course(root: Path) -> Path:
    """Write the course into root; returns root."""
    files = {"lessons/course.toml": COURSE_TOML, "lessons/robust/01-languages.toml": LESSON}
    for language, exercise_files in EXERCISES.items():
        for name, text in exercise_files.items():
            files[f"exercises/robust/{language}/{name}"] = text
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.lstrip("\n"), encoding="utf-8")
    return root


def quiet_git_environment(scratch: Path) -> dict[str, str]:
    """No git settings of the machine's (a global hook or gpgsign would change what we test)."""
    return {
        "HOME": str(scratch / "user"),
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }


@dataclass
class Learner:
    """One learner's data folder and the course, and how to run `tutor` for them."""

    course: Path
    home: Path
    scratch: Path
    marker: str

    def environment(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TUTOR_", "PYTEST_"))}
        env.update(quiet_git_environment(self.scratch))
        env.update(
            {
                "TUTOR_HOME": str(self.home),
                "PYTHONUNBUFFERED": "1",
                "NO_COLOR": "1",
                MARKER_VARIABLE: self.marker,
                "TUTOR_RESIDENT_HELPER": "0",  # a test about it turns it on (tests/conftest.py)
            }
        )
        env.update(extra or {})
        return env

    def command(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "tutor", "--course", str(self.course), *args]

    def run(
        self, *args: str, timeout: float = 120, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self.command(*args),
            env=self.environment(env),
            cwd=self.scratch,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def check_json(self, exercise_id: str, timeout: float = 120) -> dict[str, Any]:
        """`tutor check EXERCISE --json`: the Result as a dict; the command must have lived."""
        done = self.run("check", exercise_id, "--json", timeout=timeout)
        assert done.returncode in (0, 1), (
            f"tutor check died or failed (exit {done.returncode}):\n{done.stderr[-3000:]}"
        )
        assert "Traceback" not in done.stderr, done.stderr[-3000:]
        return json.loads(done.stdout)

    def progress(self) -> dict[str, dict[str, Any]]:
        done = self.run("progress", "--json")
        assert done.returncode == 0, done.stderr
        return {row["id"]: row for row in json.loads(done.stdout)}

    def workspace(self, exercise_id: str) -> Path:
        return self.home / "workspaces" / exercise_id

    def start(self, exercise_id: str) -> Path:
        done = self.run("start", exercise_id)
        assert done.returncode == 0, done.stderr
        return self.workspace(exercise_id)


def new_learner(tmp_path: Path, course: Path | None = None) -> Learner:
    scratch = tmp_path / "scratch"
    (scratch / "user").mkdir(parents=True, exist_ok=True)
    if course is None:
        course = build_course(tmp_path / "course")
    return Learner(course, tmp_path / "home", scratch, f"robust-{uuid.uuid4().hex}")


# --- processes ------------------------------------------------------------------


def _holds(pid: str, marker: bytes) -> bool:
    for part in ("environ", "cmdline"):
        try:
            with open(f"/proc/{pid}/{part}", "rb") as handle:
                if marker in handle.read():
                    return True
        except OSError:
            continue  # ended while we looked, or not ours to read
    return False


def process_state(pid: str) -> str:
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            data = handle.read()
        return data[data.rindex(b")") + 2 :].split()[0].decode()
    except (OSError, ValueError, IndexError):
        return "X"


def leftover_processes(marker: str) -> list[int]:
    """Live processes (not zombies) whose environment or command line holds the marker."""
    wanted = marker.encode()
    me = os.getpid()
    found = []
    for entry in os.listdir("/proc"):
        live = entry.isdigit() and int(entry) != me and process_state(entry) not in ("Z", "X")
        if live and _holds(entry, wanted):
            found.append(int(entry))
    return found


def describe(pids: list[int]) -> str:
    lines = []
    for pid in pids:
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as handle:
                command = handle.read().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            command = "?"
        lines.append(f"{pid}: {command[:200]}")
    return "\n".join(lines)


def wait_for_no_leftovers(marker: str, seconds: float = 10.0) -> list[int]:
    """Processes still running after `seconds` (a git started just before a kill may finish)."""
    deadline = time.monotonic() + seconds
    while True:
        left = leftover_processes(marker)
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.1)


def kill_leftovers(marker: str) -> None:
    """Clean up after a failed assertion, so one bug does not leave the machine busy."""
    for pid in leftover_processes(marker):
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)


def copy_tree(source: Path, target: Path) -> None:
    shutil.copytree(source, target, dirs_exist_ok=True, symlinks=True)


# --- the TUI in tmux ----------------------------------------------------------------


def tmux(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["tmux", *args], capture_output=True, text=True, check=False)


def screen(session: str) -> str:
    return tmux("capture-pane", "-p", "-t", session).stdout


def wait_for(session: str, words: str, seconds: float = 60.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if words in screen(session):
            return True
        time.sleep(0.1)
    return False
