"""What `tutor check` loads and when: a guard on structure, not a timing test.

A one-shot check must not pay for what it never uses: the TUI (Textual),
Rich when the output is JSON, GitPython (a snapshot calls git directly), and
the checks plugin's web libraries for a Python exercise, and pytest itself
(the check's child, forked first, imports it in parallel). Each of these cost
tens of milliseconds per command. And each lesson file is parsed at most
once per command, however many parts of the tutor ask for the course, and
not at all when the parsed course in the data folder is up to date.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tutor.cli import _command_word
from tutor.runner import sandbox

# Runs in a fresh interpreter: sys.modules there shows exactly what the command imported.
PROBE = """
import json, sys
from tutor.course import source

parsed = []
real_loads = source.tomllib.loads

def counting_loads(text, *args, **kwargs):
    parsed.append(text)
    return real_loads(text, *args, **kwargs)

source.tomllib.loads = counting_loads
for name in [name for name in sys.modules if name.startswith("tutor")]:
    del sys.modules[name]  # as in a new `tutor` process: only what the command imports

at_fork = []

def on_fork(event, args):
    # The check's child is forked, or (in the sandbox) its sandboxed helper started.
    if event in ("os.fork", "subprocess.Popen") and not at_fork:
        at_fork.append(sorted(name for name in sys.modules if name.startswith("tutor")))

sys.addaudithook(on_fork)
from tutor.cli import main

code = main(["check", "hello-tutor", "--json"])
print(json.dumps({
    "code": code,
    "modules": sorted(sys.modules),
    "tutor_modules_at_fork": at_fork[0] if at_fork else None,
    "parsed": len(parsed),
    "distinct": len(set(parsed)),
}))
"""

NOT_FOR_A_PYTHON_CHECK = ("textual", "rich", "git", "bs4", "html5lib", "tinycss2", "quickjs")


def _run(args: list[str], home: Path, user: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("TUTOR_COURSE", "PYTEST_ADDOPTS")}
    env.update(
        TUTOR_HOME=str(home),
        HOME=str(user),
        GIT_CONFIG_GLOBAL="/dev/null",
        GIT_CONFIG_NOSYSTEM="1",
    )
    return subprocess.run(
        [sys.executable, *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )


def test_check_of_a_python_exercise_imports_only_what_it_uses(tmp_path: Path) -> None:
    home, user = tmp_path / "home", tmp_path / "user"
    started = _run(["-m", "tutor", "start", "hello-tutor"], home, user)
    assert started.returncode == 0, started.stderr
    probe = _run(["-c", PROBE], home, user)
    assert probe.returncode == 0, probe.stderr
    report = json.loads(probe.stdout.strip().splitlines()[-1])
    assert report["code"] == 1  # the starter does not pass yet: the check really ran
    loaded = {name.split(".")[0] for name in report["modules"]}
    assert loaded.isdisjoint(NOT_FOR_A_PYTHON_CHECK), loaded & set(NOT_FOR_A_PYTHON_CHECK)
    # The check's child imports pytest while this process gets the check ready
    # (tutor/runner/prestart.py): here it would cost ~90 ms on the critical path.
    assert "pytest" not in loaded and "_pytest" not in loaded
    # It forks before importing the tutor's commands and core: they load beside pytest.
    at_fork = report["tutor_modules_at_fork"]
    assert at_fork is not None and "tutor.runner.prestart" in at_fork, report
    assert not [name for name in at_fork if name.startswith(("tutor.commands", "tutor.course"))]
    assert "tutor.grading" not in at_fork and "tutor.runner.run" not in at_fork
    assert report["parsed"] == report["distinct"], "a lesson file was parsed twice"
    # Only `check`'s own command module: building every subcommand imported them all.
    commands = {name for name in report["modules"] if name.startswith("tutor.commands.")}
    assert commands <= {"tutor.commands.common", "tutor.commands.checking"}, commands
    if sandbox.status().active:
        # The check runs in the sandboxed helper: this process only waits for its answer
        # (runner/wire.py), and never loads the local launch path or the typed events.
        local_path = {"tutor.runner.events", "tutor.runner.outcome", "tutor.runner.launch"}
        assert local_path.isdisjoint(report["modules"]), local_path & set(report["modules"])
    # `tutor start` above parsed the course and cached it: this command reads no lesson file.
    assert "tutor.course.loader" not in report["modules"]


UNUSED_CHILD_PROBE = """
import json, os, sys
from tutor.cli import main

codes = [main(["check", "no-such-exercise"]), main(["--course", sys.argv[1], "check", "x"])]
try:
    os.waitpid(-1, os.WNOHANG)
    left = True
except ChildProcessError:
    left = False
print(json.dumps({"codes": codes, "children_left": left}))
"""


def test_a_check_that_never_runs_leaves_no_child(tmp_path: Path) -> None:
    """The child forked before the command is read is stopped and reaped when unused."""
    probe = _run(["-c", UNUSED_CHILD_PROBE, str(tmp_path / "no-course")], tmp_path, tmp_path)
    assert probe.returncode == 0, probe.stderr
    report = json.loads(probe.stdout.strip().splitlines()[-1])
    assert report == {"codes": [2, 2], "children_left": False}


@pytest.mark.parametrize(
    ("argv", "word"),
    [
        (["check"], "check"),
        (["--course", "check", "list"], "list"),  # a course folder named "check"
        (["--course=somewhere", "check", "x", "--json"], "check"),
        (["--version"], None),
        ([], None),
    ],
)
def test_the_command_is_found_before_argparse_reads_it(argv: list[str], word: str | None) -> None:
    """cli.main forks `tutor check`'s child before parsing: it must not mistake the command."""
    assert _command_word(argv) == word
