"""Shared by the teamwork exercises' set-up scripts: a shared "origin" and a teammate, Sam.

Everything stays inside the learner's exercise folder: the shared repository is the
bare repository origin.git/ beside the learner's files (standing in for a server), and
the learner's own repository names it with the relative address "origin.git", so the
folder can be moved or copied and still works. Sam works in a clone in a temporary
folder that is gone when the set-up ends; only what Sam pushed stays.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ORIGIN = "origin.git"
SAM = {
    "GIT_AUTHOR_NAME": "Sam",
    "GIT_AUTHOR_EMAIL": "sam@team.invalid",
    "GIT_COMMITTER_NAME": "Sam",
    "GIT_COMMITTER_EMAIL": "sam@team.invalid",
}


def git(*args: str, cwd: Path | str = ".", env: dict[str, str] | None = None) -> str:
    """Run git; stop the set-up with git's own words if it fails."""
    done = subprocess.run(
        ["git", *args],
        cwd=cwd,
        env={**os.environ, **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"setup: git {' '.join(args)} failed:\n{done.stdout}")
    return done.stdout


def exclude(*patterns: str) -> None:
    """Keep these out of the learner's `git status` (origin.git/ is not their work)."""
    with open(Path(".git") / "info" / "exclude", "a", encoding="utf-8") as handle:
        handle.write("\n".join(f"/{pattern}" for pattern in patterns) + "\n")


def make_origin(push_main: bool = True) -> None:
    """An empty bare origin.git/ here; the learner's main pushed to it and tracking it."""
    git("-c", "init.defaultBranch=main", "init", "-q", "--bare", ORIGIN)
    git("--git-dir", ORIGIN, "symbolic-ref", "HEAD", "refs/heads/main")
    exclude(ORIGIN + "/")
    if push_main:
        git("remote", "add", "origin", ORIGIN)
        git("push", "-q", "-u", "origin", "main")


def write(path: Path | str, text: str) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(text, encoding="utf-8")


def change(path: Path | str, old: str, new: str) -> None:
    text = Path(path).read_text(encoding="utf-8")
    if old not in text:
        raise SystemExit(f"setup: {old!r} is not in {path}")
    Path(path).write_text(text.replace(old, new, 1), encoding="utf-8")


class Teammate:
    """Sam's own clone of origin.git: write files, commit, push."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def git(self, *args: str) -> str:
        return git(*args, cwd=self.folder, env=SAM)

    def write(self, name: str, text: str) -> None:
        write(self.folder / name, text)

    def change(self, name: str, old: str, new: str) -> None:
        change(self.folder / name, old, new)

    def commit(self, message: str) -> None:
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message)

    def push(self, *args: str) -> None:
        self.git("push", "-q", *args)


@contextmanager
def teammate() -> Iterator[Teammate]:
    """Sam, with a fresh clone of origin.git (made from the folder the set-up runs in)."""
    origin = Path(ORIGIN).resolve()
    with tempfile.TemporaryDirectory(prefix="sam-") as home:
        folder = Path(home) / "project"
        git("clone", "-q", str(origin), str(folder), env=SAM)
        git("config", "commit.gpgsign", "false", cwd=folder)
        yield Teammate(folder)
