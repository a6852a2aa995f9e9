"""The git program, called directly: what every check does to a workspace.

A check saves a snapshot of the learner's files (status, add, commit). Going
through GitPython for that costs its import and its `git version` probe (~50
ms) on every `tutor check`, more than the snapshot's own git commands, so this
module runs git itself and never imports GitPython. The rest of the workspace
(create, reset, history, diff, restore) still uses GitPython through gitrepo,
which imports the locks and settings from here.
"""

from __future__ import annotations

import os
import subprocess
import time

if os.name == "nt":
    import msvcrt
else:
    import fcntl
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

from tutor.workspace.errors import WorkspaceError

MARKER = ".tutor-exercise"
AUTHOR_NAME = "Tutor learner"
AUTHOR_EMAIL = "learner@tutor.invalid"

# A lock file younger than this may belong to a git command still running.
STALE_AFTER_S = 5.0

AUTHOR_ENV = {
    "GIT_AUTHOR_NAME": AUTHOR_NAME,
    "GIT_AUTHOR_EMAIL": AUTHOR_EMAIL,
    "GIT_COMMITTER_NAME": AUTHOR_NAME,
    "GIT_COMMITTER_EMAIL": AUTHOR_EMAIL,
}


@contextmanager
def exclusive(git_dir: Path, wait_s: float = 30.0) -> Iterator[None]:
    """Only one tutor process at a time changes this repo's history.

    Git is not made for two commits at once in one repository: the loser
    fails with "cannot lock ref 'HEAD'", or reads an empty message from the
    shared COMMIT_EDITMSG. The TUI and `tutor check` can both snapshot one
    workspace, so they take turns on an OS file lock. The OS drops it when
    its holder dies, so a killed process never leaves it stuck.
    """
    handle = open(git_dir / "tutor.lock", "a+b")  # noqa: SIM115 (closed below)
    try:
        deadline = time.monotonic() + wait_s
        while not _try_lock(handle):
            if time.monotonic() >= deadline:
                raise WorkspaceError(
                    "Another program is saving this exercise right now. "
                    "Wait a moment and try again."
                )
            time.sleep(0.02)
        yield
    finally:
        _unlock(handle)
        handle.close()


def _try_lock(handle: BinaryIO) -> bool:
    try:
        if os.name == "nt":
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(handle: BinaryIO) -> None:
    with suppress(OSError):  # not held (we timed out): nothing to release
        if os.name == "nt":
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def clear_stale_locks(git_dir: Path, wait_s: float = STALE_AFTER_S + 1.0) -> None:
    """Remove lock files left by a git command that was killed mid-way.

    Git takes .git/index.lock (and HEAD.lock, a branch's ref lock) while it
    writes and renames them into place when done; a process killed in between
    leaves the lock behind and every later git command fails with "File
    exists". A lock is stale when it is older than STALE_AFTER_S and no git
    process is running in this repository; a fresh one may be another
    program's snapshot (the TUI and `tutor check` share a workspace), so wait
    for it instead.
    """
    deadline = time.monotonic() + wait_s
    while True:
        locks = _lock_files(git_dir)
        if not locks:
            return
        oldest_age = min(_age(lock) for lock in locks)
        if oldest_age >= STALE_AFTER_S and not git_running_in(git_dir.parent):
            for lock in locks:
                lock.unlink(missing_ok=True)
            return
        if time.monotonic() >= deadline:
            raise WorkspaceError(
                "Another program is saving this exercise right now. Wait a moment and try again."
            )
        time.sleep(0.05)


def _lock_files(git_dir: Path) -> list[Path]:
    candidates = [git_dir / "index.lock", git_dir / "HEAD.lock", git_dir / "packed-refs.lock"]
    found = [path for path in candidates if path.exists()]
    heads = git_dir / "refs" / "heads"
    if heads.is_dir():
        found.extend(heads.rglob("*.lock"))
    return found


def _age(path: Path) -> float:
    try:
        return time.time() - path.stat().st_mtime
    except FileNotFoundError:
        return 0.0


def git_running_in(worktree: Path) -> bool:
    """Is a git process working in this folder? Linux only (/proc); elsewhere False,
    and the lock's age alone decides."""
    proc = Path("/proc")
    if not proc.is_dir():
        return False
    root = os.path.realpath(worktree)
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if not (entry / "comm").read_text().startswith("git"):
                continue
            cwd = os.readlink(entry / "cwd")
        except OSError:
            continue  # gone, or not ours to read
        if cwd == root or cwd.startswith(root + os.sep):
            return True
    return False


NO_GIT = (
    "The git program is not installed on this computer, and the tutor needs it "
    "to save your work. Ask your instructor to install git."
)

# As GitPython runs git: English words (commit_all reads "nothing to commit").
# No GIT_DIR from outside, and no looking above the workspace for a repository.
_DROPPED = ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE")


class GitFailed(Exception):
    def __init__(self, status: int, stdout: str, stderr: str) -> None:
        super().__init__(stderr or stdout)
        self.status, self.stdout, self.stderr = status, stdout, stderr


def failed(detail: str) -> WorkspaceError:
    return WorkspaceError(
        "Saving or reading your exercise's history failed. "
        f"Git said:\n{detail.strip()}\nTry again; if it keeps failing, ask your instructor."
    )


def git(worktree: Path, *args: str) -> str:
    """git <args> in worktree: its output without the last newline; GitFailed on an error."""
    env = {k: v for k, v in os.environ.items() if k not in _DROPPED}
    env.update(LC_ALL="C", LANGUAGE="C", GIT_CEILING_DIRECTORIES=str(worktree.parent))
    try:
        done = subprocess.run(
            ["git", *args], cwd=worktree, env=env, stdin=subprocess.DEVNULL,
            capture_output=True, check=False,
        )  # fmt: skip
    except FileNotFoundError as error:
        raise WorkspaceError(NO_GIT) from error
    stdout = done.stdout.decode("utf-8", errors="replace").removesuffix("\n")
    if done.returncode != 0:
        raise GitFailed(done.returncode, stdout, done.stderr.decode("utf-8", errors="replace"))
    return stdout


def _git_retrying(worktree: Path, *args: str) -> str:
    """git, tried again once if another git held a lock (the TUI and the CLI share a workspace)."""
    try:
        return git(worktree, *args)
    except GitFailed as error:
        if ".lock" not in error.stderr or "exists" not in error.stderr:
            raise
    clear_stale_locks(worktree / ".git")
    return git(worktree, *args)


def snapshot(worktree: Path, message: str) -> str | None:
    """Commit every learner file if anything changed: the new sha, else None."""
    git_dir = worktree / ".git"
    with exclusive(git_dir):
        clear_stale_locks(git_dir)
        try:
            if not git(worktree, "status", "--porcelain"):
                return None
            _git_retrying(worktree, "add", "-A")
            try:
                _git_retrying(worktree, "commit", "-q", "--no-verify", "-m", message)
            except GitFailed as error:
                # Another program's commit took these changes between our status and commit.
                said = error.stdout
                if error.status == 1 and (
                    "nothing to commit" in said or "no changes added" in said
                ):
                    return None
                raise
            return git(worktree, "rev-parse", "HEAD")
        except GitFailed as error:
            raise failed(error.stderr or error.stdout) from error


def relabel(worktree: Path, sha: str, message: str) -> bool:
    """Give the newest snapshot a new message, if it is still the newest (True when done).

    Only the message changes: the commit keeps the files it was made with, even
    if the learner's program changed them since (those stay uncommitted).
    """
    git_dir = worktree / ".git"
    with exclusive(git_dir):
        clear_stale_locks(git_dir)
        try:
            if git(worktree, "rev-parse", "HEAD") != sha:
                return False  # another program committed since: leave history alone
            # The index still holds exactly the snapshot's files (nothing was staged since).
            _git_retrying(worktree, "commit", "-q", "--amend", "--no-verify", "-m", message)
            return True
        except GitFailed as error:
            raise failed(error.stderr or error.stdout) from error
