"""Every git command the tutor runs goes through here, and runs no program but git.

A workspace (and a git exercise's repository above all) is a folder the
learner's code can write. Git runs programs that a repository's files name:
hooks (.git/hooks, core.hooksPath), core.fsmonitor, filter and textconv drivers
that .gitattributes names and .git/config defines, diff.external, a pager, an
editor, gpg for log.showSignature. So every command here gets:

- `-c` settings that turn each of those off (SAFE_SETTINGS), and the drivers
  the repository's own config defines emptied (`driver_overrides`);
- an environment with no GIT_* variable from outside, no system or global
  config (the learner's code can write ~/.gitconfig), no prompt, no pager;
- an explicit --git-dir and --work-tree, so core.worktree or a `.git` file
  cannot point the command at another folder.

The git program is called directly, never through GitPython: its import and
`git version` probe cost ~50 ms on every `tutor check`, and it could not give
each command this environment.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from functools import cached_property

if sys.platform == "win32":  # sys.platform, not os.name: the type checker reads this form
    import msvcrt
else:
    import fcntl
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

from tutor.errors import TutorError
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

# "false" where git wants a command: running it does nothing and fails.
SAFE_SETTINGS = (
    f"core.hooksPath={os.devnull}",
    "core.fsmonitor=false",
    "core.pager=cat",
    "core.editor=true",
    "sequence.editor=true",
    "core.sshCommand=false",
    "core.askPass=",
    "credential.helper=",
    f"core.attributesFile={os.devnull}",
    "commit.gpgSign=false",
    "tag.gpgSign=false",
    "log.showSignature=false",
    "gpg.program=false",
    "gpg.openpgp.program=false",
    "gpg.x509.program=false",
    "gpg.ssh.program=false",
    "protocol.allow=never",
    # Except a folder on this computer: the teamwork track's "origin" is a bare repository
    # beside the workspace. Network transports and ext:: stay off.
    "protocol.file.allow=always",
    "submodule.recurse=false",
    "diff.ignoreSubmodules=all",
    "core.quotePath=false",
    "status.showUntrackedFiles=normal",
)
# A repository's config may define drivers under any name; each of these keys is emptied.
DRIVER_KEYS = {
    "filter": ("clean", "smudge", "process"),
    "diff": ("textconv", "command"),
    "merge": ("driver",),
}
# Commands that can show a diff: never an external diff program or a textconv filter.
DIFFING = {"diff", "log", "show", "diff-tree", "diff-index", "diff-files"}
# The only variables from outside that matter to git and are safe; every other GIT_* is dropped.
_PASSED_ON = (
    "PATH", "HOME", "TMPDIR", "TEMP", "TMP", "LD_LIBRARY_PATH",
    # Windows: what Git for Windows needs to start and find its home
    "SYSTEMROOT", "WINDIR", "COMSPEC", "PATHEXT", "USERPROFILE", "HOMEDRIVE", "HOMEPATH",
    "APPDATA", "LOCALAPPDATA", "PROGRAMDATA",
)  # fmt: skip

NO_GIT = (
    "The git program is not installed on this computer, and the tutor needs it "
    "to save your work. Ask your instructor to install git."
)


class GitFailed(TutorError):
    """A git command said no. Callers tell one refusal from another by status, stdout
    and stderr; the message is the plain sentence a learner sees if one escapes."""

    def __init__(self, status: int, stdout: str, stderr: str) -> None:
        super().__init__(str(failed(stderr or stdout)))
        self.status, self.stdout, self.stderr = status, stdout, stderr


def failed(detail: str) -> WorkspaceError:
    return WorkspaceError(
        "Saving or reading your exercise's history failed. "
        f"Git said:\n{detail.strip()}\nTry again; if it keeps failing, ask your instructor."
    )


def safe_environment(worktree: Path) -> dict[str, str]:
    """The environment every git command gets (also the solution replay of `tutor verify`)."""
    env = {name: os.environ[name] for name in _PASSED_ON if name in os.environ}
    env.update(
        LC_ALL="C",  # English words: "nothing to commit" is read below
        LANGUAGE="C",
        GIT_CONFIG_NOSYSTEM="1",
        GIT_CONFIG_GLOBAL=os.devnull,  # git >= 2.32; older ones read ~/.gitconfig still
        GIT_ATTR_NOSYSTEM="1",
        GIT_TERMINAL_PROMPT="0",
        GIT_PAGER="cat",
        PAGER="cat",
        GIT_EDITOR="true",
        GIT_NO_REPLACE_OBJECTS="1",
        GIT_CEILING_DIRECTORIES=str(worktree.parent),
        **AUTHOR_ENV,
    )
    return env


def safe_options() -> list[str]:
    """`git` options that come before the command: --no-pager and each SAFE_SETTINGS."""
    options = ["--no-pager"]
    for setting in SAFE_SETTINGS:
        options += ["-c", setting]
    return options


class Repo:
    """A repository with its work tree; every command run in it is made safe.

    git_dir defaults to worktree/.git. The drivers the repository's own config
    defines are read once per Repo (one extra git call) and emptied in each command.
    """

    def __init__(self, worktree: Path, git_dir: Path | None = None) -> None:
        self.worktree = Path(worktree)
        self.git_dir = Path(git_dir) if git_dir is not None else self.worktree / ".git"

    def __repr__(self) -> str:
        return f"Repo({str(self.worktree)!r})"

    def run(self, *args: str, env: dict[str, str] | None = None, strip: bool = True) -> str:
        """git <args>: its output (without the last newline when strip); GitFailed on an error."""
        return self._git(list(args), env, strip, self.driver_overrides)

    def retrying(self, *args: str, env: dict[str, str] | None = None, strip: bool = True) -> str:
        """run(), tried again once if another git held a lock (the TUI and CLI share one)."""
        try:
            return self.run(*args, env=env, strip=strip)
        except GitFailed as error:
            if ".lock" not in error.stderr or "exists" not in error.stderr:
                raise
        clear_stale_locks(self.git_dir)
        return self.run(*args, env=env, strip=strip)

    @cached_property
    def driver_overrides(self) -> dict[str, str]:
        """GIT_CONFIG_KEY_n / VALUE_n variables that empty every driver the config defines.

        Passed as variables, not `-c`: a driver's name may hold "=", which `-c` cannot carry.
        """
        try:
            listed = self._git(
                ["config", "--name-only", "--get-regexp", r"^(filter|diff|merge)\..*\."],
                None, True, {},
            )  # fmt: skip
        except GitFailed:
            return {}  # exit 1: no driver defined
        keys: list[str] = []
        for name in set(listed.splitlines()):
            section, _, rest = name.partition(".")
            driver = rest.rpartition(".")[0]
            keys += [f"{section}.{driver}.{key}" for key in DRIVER_KEYS.get(section, ())]
            if section == "filter":
                keys.append(f"filter.{driver}.required")
        env = {"GIT_CONFIG_COUNT": str(len(keys))}
        for number, key in enumerate(sorted(keys)):
            env[f"GIT_CONFIG_KEY_{number}"] = key
            env[f"GIT_CONFIG_VALUE_{number}"] = "false" if key.endswith(".required") else ""
        return env

    def _git(
        self, args: list[str], env: dict[str, str] | None, strip: bool, drivers: dict[str, str]
    ) -> str:
        command = args[0] if args else ""
        if command in DIFFING:
            args = [command, "--no-ext-diff", "--no-textconv", *args[1:]]
        full_env = {**safe_environment(self.worktree), **drivers, **(env or {})}
        where = [f"--git-dir={self.git_dir}", f"--work-tree={self.worktree}"]
        try:
            done = subprocess.run(
                ["git", *safe_options(), *where, *args], cwd=self.worktree, env=full_env,
                stdin=subprocess.DEVNULL, capture_output=True, check=False,
            )  # fmt: skip
        except FileNotFoundError as error:
            raise WorkspaceError(NO_GIT) from error
        stdout = done.stdout.decode("utf-8", errors="replace")
        if strip:
            stdout = stdout.removesuffix("\n")
        if done.returncode != 0:
            raise GitFailed(done.returncode, stdout, done.stderr.decode("utf-8", errors="replace"))
        return stdout


def init(folder: Path) -> None:
    """git init in folder (the default branch called main where git knows the setting)."""
    env = safe_environment(folder)
    try:
        done = subprocess.run(
            ["git", *safe_options(), "-c", "init.defaultBranch=main", "init", "-q",
             "--template=", str(folder)],
            cwd=folder, env=env, stdin=subprocess.DEVNULL, capture_output=True, check=False,
        )  # fmt: skip
    except FileNotFoundError as error:
        raise WorkspaceError(NO_GIT) from error
    if done.returncode != 0:
        raise failed(done.stderr.decode("utf-8", errors="replace"))


# --- taking turns -----------------------------------------------------------------


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
        if sys.platform == "win32":
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(handle: BinaryIO) -> None:
    with suppress(OSError):  # not held (we timed out): nothing to release
        if sys.platform == "win32":
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def clear_stale_locks(git_dir: Path, wait_s: float = STALE_AFTER_S + 1.0) -> None:
    """Remove lock files left by a git command that was killed mid-way.

    Git takes .git/index.lock (and HEAD.lock, a branch's ref lock) while it
    writes and renames them into place when done; a process killed in between
    leaves the lock behind and every later git command fails with "File
    exists". A lock is stale when no git process is running in this repository
    and it is older than STALE_AFTER_S, or dated in the future (no git writes
    that: a wrong clock or a planted file, which would otherwise block every
    check for ever). A fresh one may be another program's snapshot (the TUI and
    `tutor check` share a workspace), so wait for it instead.
    """
    deadline = time.monotonic() + wait_s
    while True:
        locks = _lock_files(git_dir)
        if not locks:
            return
        ages = [_age(lock) for lock in locks]
        old_or_future = all(age >= STALE_AFTER_S or age < -1.0 for age in ages)
        if old_or_future and not git_running_in(git_dir.parent):
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


# --- what a check and the workspace do ----------------------------------------------


def commit(repo: Repo, message: str, allow_empty: bool = False, amend: bool = False) -> bool:
    """git commit (hooks never run): True if a commit was made, False if nothing changed.

    Exit 1 with "nothing to commit" / "no changes added": another program's
    commit took these changes between our status and our commit.
    """
    args = ["commit", "-q", "--no-verify", "--no-post-rewrite", "-m", message]
    if allow_empty:
        args.insert(1, "--allow-empty")
    if amend:
        args.insert(1, "--amend")
    try:
        repo.retrying(*args)
    except GitFailed as error:
        said = error.stdout
        if error.status == 1 and ("nothing to commit" in said or "no changes added" in said):
            return False
        raise
    return True


def snapshot(worktree: Path, message: str) -> str | None:
    """Commit every learner file if anything changed: the new sha, else None."""
    repo = Repo(worktree)
    with exclusive(repo.git_dir):
        clear_stale_locks(repo.git_dir)
        try:
            if not repo.run("status", "--porcelain"):
                return None
            repo.retrying("add", "-A")
            if not commit(repo, message):
                return None
            return repo.run("rev-parse", "HEAD")
        except GitFailed as error:
            raise failed(error.stderr or error.stdout) from error


def relabel(worktree: Path, sha: str, message: str) -> bool:
    """Give the newest snapshot a new message, if it is still the newest (True when done).

    Only the message changes: the commit keeps the files it was made with, even
    if the learner's program changed them since (those stay uncommitted).
    """
    repo = Repo(worktree)
    with exclusive(repo.git_dir):
        clear_stale_locks(repo.git_dir)
        try:
            if repo.run("rev-parse", "HEAD") != sha:
                return False  # another program committed since: leave history alone
            # The index still holds exactly the snapshot's files (nothing was staged since).
            commit(repo, message, amend=True)
            return True
        except GitFailed as error:
            raise failed(error.stderr or error.stdout) from error
