"""Workspace under stress: no leaked git processes or file handles, stale locks."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest
from workspace_helpers import MakeExercise

from tutor.workspace import Workspace, WorkspaceError

linux_only = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")


def child_processes() -> list[str]:
    """Names of this process's children, read from /proc (psutil is not installed)."""
    me = os.getpid()
    names = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        comm, rest = stat.split(" (", 1)[1].rsplit(") ", 1)
        if int(rest.split()[1]) == me:
            names.append(comm)
    return names


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@linux_only
def test_fifty_snapshots_leak_no_processes_or_handles(
    home: Path, make_exercise: MakeExercise
) -> None:
    ws = Workspace(home, make_exercise())
    ws.create()
    ws.history()  # warm up anything opened once per process
    fds_before = open_fds()
    for n in range(50):
        (ws.path / "hello.py").write_text(f"# attempt {n}\n")
        assert ws.snapshot(f"check: {n}/8 passed") is not None
    ws.diff(ws.history()[-1].sha)
    ws.restore(ws.history()[3].sha)
    ws.reset()
    assert len(ws.history()) == 1 + 50 + 2
    assert [name for name in child_processes() if name.startswith("git")] == []
    assert open_fds() <= fds_before


def test_stale_index_lock_from_a_killed_git_is_removed(
    home: Path, make_exercise: MakeExercise
) -> None:
    ws = Workspace(home, make_exercise())
    ws.create()
    lock = ws.path / ".git" / "index.lock"
    lock.write_bytes(b"")  # what `git commit` leaves when killed mid-way
    long_ago = time.time() - 60
    os.utime(lock, (long_ago, long_ago))
    (ws.path / "hello.py").write_text("changed\n")
    assert ws.snapshot("check: 1/8 passed") is not None
    assert not lock.exists()


def test_fresh_lock_is_waited_for_not_removed(home: Path, make_exercise: MakeExercise) -> None:
    """A young lock may be another program's commit in progress: wait for it."""
    ws = Workspace(home, make_exercise())
    ws.create()
    lock = ws.path / ".git" / "index.lock"
    lock.write_bytes(b"")

    def other_program_finishes() -> None:
        time.sleep(0.4)
        lock.unlink()

    other = threading.Thread(target=other_program_finishes)
    other.start()
    (ws.path / "hello.py").write_text("changed\n")
    started = time.monotonic()
    try:
        assert ws.snapshot("check: 1/8 passed") is not None
    finally:
        other.join()
    assert time.monotonic() - started >= 0.35  # it went ahead only once the lock was gone


def test_two_programs_snapshotting_at_once_both_succeed(
    home: Path, make_exercise: MakeExercise
) -> None:
    """The TUI's autosave-and-check and `tutor check` in a terminal share a workspace."""
    exercise = make_exercise()
    Workspace(home, exercise).create()
    errors: list[BaseException] = []

    def keep_snapshotting(name: str) -> None:
        ws = Workspace(home, exercise)
        try:
            for n in range(15):
                (ws.path / f"{name}.txt").write_text(f"{n}\n")
                ws.snapshot(f"{name} {n}")
        except BaseException as error:  # reported below, with the thread's name
            errors.append(error)

    threads = [threading.Thread(target=keep_snapshotting, args=(n,)) for n in ("tui", "cli")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    ws = Workspace(home, exercise)
    ws.snapshot("final")  # whatever is left is saved now
    assert ws.read("tui.txt") == "14\n" and ws.read("cli.txt") == "14\n"
    assert not (ws.path / ".git" / "index.lock").exists()


def test_create_twice_from_two_objects(home: Path, make_exercise: MakeExercise) -> None:
    exercise = make_exercise()
    first, second = Workspace(home, exercise), Workspace(home, exercise)
    first.create()
    second.create()
    assert len(second.history()) == 1


def test_failed_atomic_write_leaves_no_temp_file(home: Path, make_exercise: MakeExercise) -> None:
    ws = Workspace(home, make_exercise())
    ws.create()
    (ws.path / "pages").mkdir()
    with pytest.raises(OSError):
        ws.write("pages", "a folder cannot be replaced by a file\n")
    assert [p.name for p in ws.path.rglob("*tutor-tmp*")] == []
    assert (ws.path / "pages").is_dir()


def test_no_git_program_is_a_plain_error(
    home: Path, make_exercise: MakeExercise, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exercise = make_exercise()
    empty_bin = tmp_path / "no-programs"
    empty_bin.mkdir()
    monkeypatch.setenv("PATH", str(empty_bin))
    with pytest.raises(WorkspaceError, match="git program is not installed"):
        Workspace(home, exercise).create()


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="needs POSIX process groups")
def test_recovers_after_a_real_git_commit_is_killed(
    home: Path, make_exercise: MakeExercise
) -> None:
    """SIGKILL a `git commit` while it holds index.lock (stuck in a slow hook).

    (`commit -a` holds the lock through its hooks; a plain commit lets go first.)
    """
    ws = Workspace(home, make_exercise())
    ws.create()
    hook = ws.path / ".git" / "hooks" / "pre-commit"
    hook.parent.mkdir(exist_ok=True)  # the tutor makes its repositories without sample hooks
    hook.write_text("#!/bin/sh\nsleep 30\n")
    hook.chmod(0o755)
    (ws.path / "hello.py").write_text("half-saved\n")
    git = subprocess.Popen(
        ["git", "commit", "-a", "-q", "-m", "killed"], cwd=ws.path, start_new_session=True
    )
    lock = ws.path / ".git" / "index.lock"
    deadline = time.monotonic() + 10
    while not lock.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    os.killpg(git.pid, signal.SIGKILL)
    git.wait()
    assert lock.exists()  # what a killed git leaves behind
    hook.unlink()
    long_ago = time.time() - 60  # rather than wait STALE_AFTER_S in a test
    os.utime(lock, (long_ago, long_ago))
    (ws.path / "hello.py").write_text("after the crash\n")
    assert ws.snapshot("check: 0/1 passed") is not None
    assert ws.read("hello.py") == "after the crash\n"
    assert [s.message for s in ws.history()][0] == "check: 0/1 passed"


def test_moving_a_folders_entries_is_all_or_nothing(tmp_path: Path) -> None:
    """A reset in place moves every entry aside, or none (then the folder is as it was)."""
    from tutor.workspace.files import move_entries

    source, target = tmp_path / "workspace", tmp_path / "aside"
    (source / ".git").mkdir(parents=True)
    (source / "a.txt").write_text("a")
    (source / "notes").mkdir()
    (source / "notes" / "n.txt").write_text("n")
    (target / "notes").mkdir(parents=True)  # a full folder of that name: the rename fails
    (target / "notes" / "other.txt").write_text("x")
    with pytest.raises(OSError):
        move_entries(source, target, git_first=True)
    assert sorted(p.name for p in source.iterdir()) == [".git", "a.txt", "notes"]
    assert (source / "notes" / "n.txt").read_text() == "n"
    assert sorted(p.name for p in target.iterdir()) == ["notes"]
