"""Robustness tests run the real `tutor` command (and TUI) as separate processes, on Linux.

They rely on /proc (to find processes left behind) and on fork; elsewhere they are skipped.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from robust_course import Learner, kill_leftovers, new_learner

if not sys.platform.startswith("linux"):
    collect_ignore_glob = ["test_*.py"]


@pytest.fixture
def learner(tmp_path: Path) -> Iterator[Learner]:
    """A new learner on a fresh copy of the small four-language course."""
    person = new_learner(tmp_path)
    yield person
    kill_leftovers(person.marker)  # a failed test must not leave the machine busy


@pytest.fixture(autouse=True)
def _no_tutor_settings_from_outside(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [n for n in os.environ if n.startswith("TUTOR_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("TUTOR_RESIDENT_HELPER", "0")  # see tests/conftest.py
