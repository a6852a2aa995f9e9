"""The workspace's repository: made, committed to and read through gitcli only.

Every git command goes through gitcli.Repo (safe settings, a clean
environment, hooks and drivers off); this module holds what a workspace adds:
its own settings and ignore list, and git's errors said in plain words.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tutor.workspace import gitcli
from tutor.workspace.errors import WorkspaceError
from tutor.workspace.files import TEMP_SUFFIX
from tutor.workspace.gitcli import (  # noqa: F401 - also used from here
    AUTHOR_EMAIL,
    AUTHOR_ENV,
    AUTHOR_NAME,
    MARKER,
    STALE_AFTER_S,
    GitFailed,
    Repo,
    clear_stale_locks,
    git_running_in,
)

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


@contextmanager
def open_repo(path: Path) -> Iterator[Repo]:
    """The workspace's repository; a plain WorkspaceError if it is not one."""
    if not (path / ".git").is_dir():
        raise WorkspaceError(
            f"The exercise folder {path} is missing or is not a git repository. "
            "Reset the exercise to make it afresh (your old files are kept aside)."
        )
    yield Repo(path)


def exclusive(repo: Repo, wait_s: float = 30.0) -> contextlib.AbstractContextManager[None]:
    """Only one tutor process at a time changes this repo's history (see gitcli.exclusive)."""
    return gitcli.exclusive(repo.git_dir, wait_s)


def init_repo(path: Path) -> None:
    """git init with the workspace's own settings and ignore list."""
    gitcli.init(path)
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
    clear_stale_locks(repo.git_dir)
    try:
        repo.retrying("add", "-A")
        if not gitcli.commit(repo, message, allow_empty=allow_empty):
            return None
    except GitFailed as error:
        raise plain_error(error) from error
    return head(repo)


def head(repo: Repo) -> str:
    return run(repo, "rev-parse", "HEAD")


def resolve(repo: Repo, sha: str) -> str:
    """The full sha of a commit named by sha (short or full), or a plain WorkspaceError."""
    try:
        return repo.run("rev-parse", "--verify", "-q", "--end-of-options", f"{sha}^{{commit}}")
    except GitFailed as error:
        raise WorkspaceError(
            f"There is no saved version '{sha}' in this exercise. Pick one from the history list."
        ) from error


def run(
    repo: Repo, command: str, *args: str, env: dict[str, str] | None = None, strip: bool = True
) -> str:
    """git <command> <args>, tried again once after a lock, git's error in plain words."""
    try:
        return repo.retrying(command, *args, env=env, strip=strip)
    except GitFailed as error:
        raise plain_error(error) from error


def plain_error(error: GitFailed) -> WorkspaceError:
    return gitcli.failed(error.stderr or error.stdout or "")
