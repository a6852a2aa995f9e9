"""The learner's data folder is theirs alone: 0700, its files 0600 (a shared server's other
learners cannot read a classmate's work), and a folder made open before is closed when opened."""

from __future__ import annotations

import stat
from pathlib import Path

from robust_course import Learner


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_data_folder_and_its_files_are_private(learner: Learner, tmp_path: Path) -> None:
    workspace = learner.start("robust-py")
    assert mode(learner.home) == 0o700
    for name in ("progress.sqlite3", "progress.sqlite3-wal", "progress.sqlite3-shm"):
        path = learner.home / name
        if path.exists():
            assert mode(path) & 0o077 == 0, (name, oct(mode(path)))
    assert mode(workspace) & 0o077 == 0
    export = learner.home / "exports" / "me.zip"
    done = learner.run("progress", "--export", str(export), "--learner", "me")
    assert done.returncode == 0, done.stderr
    assert mode(export) == 0o600


def test_an_open_data_folder_from_before_is_closed_when_opened(learner: Learner) -> None:
    learner.home.mkdir(parents=True)
    learner.home.chmod(0o755)
    (learner.home / "progress.sqlite3").touch(mode=0o644)
    (learner.home / "progress.sqlite3").chmod(0o644)
    assert learner.run("list").returncode == 0
    assert mode(learner.home) == 0o700
    assert mode(learner.home / "progress.sqlite3") == 0o600
