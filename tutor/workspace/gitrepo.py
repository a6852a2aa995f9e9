"""Git plumbing for workspaces: opening repos safely, settings, stale locks.

Every Repo is opened through `open_repo` and closed when the block ends:
GitPython otherwise leaks `git cat-file` processes and file handles
(GitPython #1208, #1333). Commands go through the git program (`repo.git.*`):
a commit costs about half what GitPython's `index.commit` does.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

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

from tutor.workspace import gitcli
from tutor.workspace.errors import WorkspaceError
from tutor.workspace.files import TEMP_SUFFIX
from tutor.workspace.gitcli import (  # noqa: F401 - also used from here
    AUTHOR_EMAIL,
    AUTHOR_ENV,
    AUTHOR_NAME,
    MARKER,
    STALE_AFTER_S,
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


def exclusive(repo: Repo, wait_s: float = 30.0) -> contextlib.AbstractContextManager[None]:
    """Only one tutor process at a time changes this repo's history (see gitcli.exclusive)."""
    return gitcli.exclusive(Path(repo.git_dir), wait_s)


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
        return WorkspaceError(gitcli.NO_GIT)
    return gitcli.failed(str(error.stderr or error.stdout or ""))
