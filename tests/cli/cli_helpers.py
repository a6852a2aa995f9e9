"""Helpers for the CLI tests: a module of its own, as two conftest.py cannot both be imported."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tutor.locations import bundled_course_dir

COURSE = bundled_course_dir()


@dataclass
class Ran:
    code: int
    out: str
    err: str


RunCli = Callable[..., Ran]


def solve(workspace: Path, exercise_id: str) -> None:
    """Lay the reference solution over a workspace, as a learner typing it would."""
    solution = COURSE / "exercises" / "welcome" / exercise_id / "solution"
    shutil.copytree(solution, workspace, dirs_exist_ok=True)


# `python -m tutor`, with Ctrl+C's signal as a terminal gives it: a shell that starts
# the test run in the background (`pytest &`) passes SIGINT on as ignored.
WITH_CTRL_C = (
    "import runpy, signal; signal.signal(signal.SIGINT, signal.default_int_handler); "
    "runpy.run_module('tutor', run_name='__main__', alter_sys=True)"
)


def tutor_process(*args: str, **popen: object) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.update(popen.pop("env", {}))  # type: ignore[call-overload]
    return subprocess.Popen(
        [sys.executable, "-c", WITH_CTRL_C, *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **popen,  # type: ignore[call-overload]
    )
