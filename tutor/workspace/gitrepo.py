"""Git plumbing for workspaces: opening repos safely, settings, stale locks.

Every Repo is opened through `open_repo` and closed when the block ends:
GitPython otherwise leaks `git cat-file` processes and file handles
(GitPython #1208, #1333). Commands go through the git program (`repo.git.*`):
a commit costs about half what GitPython's `index.commit` does.
"""

from __future__ import annotations

import os
import time

if os.name == "nt":
    import msvcrt
else:
    import fcntl
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

# Without this, `import git` raises at import time on a machine with no git
# program, and the whole tutor (quizzes, HTML lessons) would fail to start;
# with it, only git commands fail, as a WorkspaceError that says so.
os.environ.setdefault("GIT_PYTHON_REFRESH", "quiet")

from git import (
    CommandError,
    Git,
    GitCommandError,
    GitCommandNotFound,
    InvalidGitRepositoryError,
    NoSuchPathError,
    Repo,
)

from tutor.workspace.errors import WorkspaceError
from tutor.workspace.files import TEMP_SUFFIX

MARKER = ".tutor-exercise"
AUTHOR_NAME = "Tutor learner"
AUTHOR_EMAIL = "learner@tutor.invalid"

# Never part of a snapshot: the marker, caches, an atomic write's temp file.
EXCLUDES = (MARKER, "__pycache__/", ".pytest_cache/", "*.pyc", f"*{TEMP_SUFFIX}")

# Written into each workspace's own .git/config (never the global one: the
# machine may have none, and we must not change a learner's settings). Each
# line also shields the workspace from a global setting that would break it.
REPO_CONFIG = f"""\
[user]
\tname = {AUTHOR_NAME}
\temail = {AUTHOR_EMAIL}
[commit]
\tgpgsign = false
[core]
\tautocrlf = false
\tsafecrlf = false
\tquotepath = false
\tfsmonitor = false
"""

# A lock file younger than this may belong to a git command still running.
STALE_AFTER_S = 5.0

AUTHOR_ENV = {
    "GIT_AUTHOR_NAME": AUTHOR_NAME,
    "GIT_AUTHOR_EMAIL": AUTHOR_EMAIL,
    "GIT_COMMITTER_NAME": AUTHOR_NAME,
    "GIT_COMMITTER_EMAIL": AUTHOR_EMAIL,
}


@contextmanager
def open_repo(path: Path) -> Iterator[Repo]:
    """The workspace's repo, closed (with its helper processes) when the block ends."""
    try:
        repo = Repo(path)
    except (InvalidGitRepositoryError, NoSuchPathError) as error:
        raise WorkspaceError(
            f"The exercise folder {path} is missing or is not a git repository. "
            "Reset the exercise to make it afresh (your old files are kept aside)."
        ) from error
    try:
        yield repo
    finally:
        repo.close()


@contextmanager
def exclusive(repo: Repo, wait_s: float = 30.0) -> Iterator[None]:
    """Only one tutor process at a time changes this repo's history.

    Git is not made for two commits at once in one repository: the loser
    fails with "cannot lock ref 'HEAD'", or reads an empty message from the
    shared COMMIT_EDITMSG. The TUI and `tutor check` can both snapshot one
    workspace, so they take turns on an OS file lock. The OS drops it when
    its holder dies, so a killed process never leaves it stuck.
    """
    handle = open(Path(repo.git_dir) / "tutor.lock", "a+b")  # noqa: SIM115 (closed below)
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


def init_repo(path: Path) -> None:
    """git init with the workspace's own settings and ignore list."""
    # -c init.defaultBranch: old gits ignore it and call the branch master; fine.
    try:
        Git(path)(c="init.defaultBranch=main").init("-q")
    except CommandError as error:
        raise plain_error(error) from error
    git_dir = path / ".git"
    with open(git_dir / "config", "a", encoding="utf-8") as config:
        config.write(REPO_CONFIG)
    exclude = git_dir / "info" / "exclude"
    exclude.parent.mkdir(exist_ok=True)
    with open(exclude, "a", encoding="utf-8") as handle:
        handle.write("\n# written by the tutor\n" + "\n".join(EXCLUDES) + "\n")


def has_changes(repo: Repo) -> bool:
    return bool(run(repo, "status", "--porcelain"))


def commit_all(repo: Repo, message: str, allow_empty: bool = False) -> str | None:
    """Commit every learner file (ignored ones aside); the new sha, or None if no change."""
    clear_stale_locks(Path(repo.git_dir))
    run(repo, "add", "-A")
    args = ["-q", "--no-verify", "-m", message]
    if allow_empty:
        args.insert(0, "--allow-empty")
    try:
        _call(repo, "commit", *args)
    except CommandError as error:
        # Exit 1 with "nothing to commit" / "no changes added to commit" (GitPython
        # runs git with LC_ALL=C, so the words are English): another program's
        # commit took these changes between our status and our commit.
        said = str(error.stdout)
        if error.status == 1 and ("nothing to commit" in said or "no changes added" in said):
            return None
        raise plain_error(error) from error
    return head(repo)


def head(repo: Repo) -> str:
    return run(repo, "rev-parse", "HEAD")


def resolve(repo: Repo, sha: str) -> str:
    """The full sha of a commit named by sha (short or full), or a plain WorkspaceError."""
    try:
        return repo.git.rev_parse("--verify", "-q", f"{sha}^{{commit}}")
    except GitCommandNotFound as error:
        raise plain_error(error) from error
    except GitCommandError as error:
        raise WorkspaceError(
            f"There is no saved version '{sha}' in this exercise. Pick one from the history list."
        ) from error


def run(repo: Repo, command: str, *args: str, **kwargs: object) -> str:
    """repo.git.<command>(*args), with git's own error turned into plain words."""
    try:
        return _call(repo, command, *args, **kwargs)
    except CommandError as error:
        raise plain_error(error) from error


def _call(repo: Repo, command: str, *args: str, **kwargs: object) -> str:
    """repo.git.<command>(*args), tried again once if another git held a lock.

    The TUI and `tutor check` can snapshot one workspace at the same moment;
    the loser of the race finds index.lock taken, so it waits for the lock to
    go (or to go stale) and tries once more.
    """
    method = getattr(repo.git, command.replace("-", "_"))
    try:
        return method(*args, **kwargs)
    except GitCommandError as error:
        if ".lock" not in str(error.stderr) or "exists" not in str(error.stderr):
            raise
    clear_stale_locks(Path(repo.git_dir))
    return method(*args, **kwargs)


def plain_error(error: CommandError) -> WorkspaceError:
    if isinstance(error, GitCommandNotFound):
        return WorkspaceError(
            "The git program is not installed on this computer, and the tutor needs it "
            "to save your work. Ask your instructor to install git."
        )
    detail = str(error.stderr or error.stdout or "").strip()
    return WorkspaceError(
        "Saving or reading your exercise's history failed. "
        f"Git said:\n{detail}\nTry again; if it keeps failing, ask your instructor."
    )


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
