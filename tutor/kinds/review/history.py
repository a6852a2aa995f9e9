"""A project's files and commits, read with git (every call through gitcli.Repo).

Used on both sides: the instructor's review reads an export's unpacked
repository; the learner's checklist asks whether a commented line changed
since the commit the instructor read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor.workspace import gitcli

HUNK = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@")
MAX_SHOWN_BYTES = 512 * 1024


@dataclass(frozen=True)
class Commit:
    sha: str
    when: str  # ISO date
    subject: str


def head(repo: gitcli.Repo) -> str | None:
    try:
        return repo.run("rev-parse", "--verify", "HEAD^{commit}")
    except gitcli.GitFailed:
        return None


def commits(repo: gitcli.Repo) -> list[Commit]:
    """The commits of the current branch, newest first."""
    try:
        log = repo.run("log", "--format=%H%x00%cI%x00%s")
    except gitcli.GitFailed:
        return []
    found = []
    for line in log.splitlines():
        sha, when, subject = (line.split("\0") + ["", ""])[:3]
        found.append(Commit(sha, when, subject))
    return found


def files_at(repo: gitcli.Repo, commit: str) -> list[str]:
    """The names of the files of a commit."""
    try:
        listed = repo.run("ls-tree", "-r", "-z", "--name-only", commit, strip=False)
    except gitcli.GitFailed:
        return []
    return [name for name in listed.split("\0") if name]


def text_at(repo: gitcli.Repo, commit: str, name: str) -> str:
    """A file's text in a commit ("" if it is not there); long files are cut."""
    try:
        text = repo.run("show", f"{commit}:{name}", strip=False)
    except gitcli.GitFailed:
        return ""
    return text[:MAX_SHOWN_BYTES]


def changes_in(repo: gitcli.Repo, commit: str) -> str:
    """What one commit changed: its message and its diff (long ones are cut)."""
    try:
        shown = repo.run("show", "--no-color", "--format=%h %cI%n%n%B", commit, strip=False)
    except gitcli.GitFailed:
        return ""
    return shown[:MAX_SHOWN_BYTES]


def has_commit(repo: gitcli.Repo, sha: str) -> bool:
    try:
        repo.run("cat-file", "-e", f"{sha}^{{commit}}")
    except gitcli.GitFailed:
        return False
    return True


def line_changed(repo: gitcli.Repo, old: str, new: str, name: str, line: int) -> bool:
    """Whether line `line` of `name` as it was in `old` was changed or removed by `new`.

    Read from `git diff -U0`: a hunk "-a,b" replaces old lines a..a+b-1; a hunk
    with b = 0 only adds lines, and changes none of the old ones.
    """
    if old == new or not has_commit(repo, old):
        return False
    try:
        diff = repo.run("diff", "-U0", "--no-color", "--no-renames", old, new, "--", name)
    except gitcli.GitFailed:
        return False
    for text in diff.splitlines():
        match = HUNK.match(text)
        if match:
            start = int(match.group(1))
            count = 1 if match.group(2) is None else int(match.group(2))
            if start <= line < start + count:
                return True
    return False
