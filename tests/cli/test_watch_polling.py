"""What `tutor watch` counts as a save: polled sizes and times, on real files and real git."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from tutor.commands.checking import fingerprint, settle


def touch_later(path: Path, text: str) -> None:
    """Write text and move the file's time on, as a save a second later would."""
    path.write_text(text, encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


def test_a_saved_file_changes_the_fingerprint(tmp_path: Path) -> None:
    (tmp_path / "greet.py").write_text("a", encoding="utf-8")
    before = fingerprint(tmp_path)
    assert set(before) == {"greet.py"}
    touch_later(tmp_path / "greet.py", "a")  # same size, later time
    assert fingerprint(tmp_path) != before


def test_caches_and_the_tutors_snapshots_are_not_saves(tmp_path: Path) -> None:
    (tmp_path / "greet.py").write_text("a", encoding="utf-8")
    before = fingerprint(tmp_path)
    for folder in ("__pycache__", ".pytest_cache", ".git"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x").write_text("x", encoding="utf-8")
    assert fingerprint(tmp_path) == before


def test_a_git_exercise_sees_a_new_commit(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@t.invalid",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@t.invalid",
    }

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=tmp_path, env=env, check=True, capture_output=True)

    git("init", "-q")
    (tmp_path / "notes.txt").write_text("one\n", encoding="utf-8")
    git("add", "notes.txt")
    git("commit", "-q", "-m", "first")
    before = fingerprint(tmp_path, with_git=True)
    assert fingerprint(tmp_path) == {"notes.txt": before["notes.txt"]}
    git("branch", "feature")
    assert fingerprint(tmp_path, with_git=True) != before
    assert ".git/refs/heads/feature" in fingerprint(tmp_path, with_git=True)


def test_files_written_by_the_check_are_absorbed_but_saves_are_not() -> None:
    before = {"greet.py": (1, 10), "notes.db": (1, 5)}
    after = {"greet.py": (2, 11), "notes.db": (2, 9)}  # both changed while the check ran
    baseline = settle(before, after, edit=("greet.py",))
    # the learner's save during the check still differs from the baseline: checked again
    assert baseline["greet.py"] == (1, 10)
    # the database the learner's code wrote is not a reason to check again
    assert baseline["notes.db"] == (2, 9)
