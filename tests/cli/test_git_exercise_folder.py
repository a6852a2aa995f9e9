"""A git exercise's folder through the real CLI: the learner's first commit, a reset in place."""

from __future__ import annotations

import subprocess
from pathlib import Path

from cli_helpers import RunCli

LEARNER = ["-c", "user.name=Ana", "-c", "user.email=ana@example.invalid"]


def git(folder: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *LEARNER, *args], cwd=folder, capture_output=True, text=True, check=True
    ).stdout


def test_the_learners_first_commit_is_the_first_commit(tutor: RunCli, workspace_of) -> None:
    assert tutor("start", "git-first-commit").code == 0
    folder = workspace_of("git-first-commit")
    assert "No commits yet" in git(folder, "status")
    assert git(folder, "for-each-ref").strip() == ""  # no branch, no tag, no commit
    assert (
        "your first commit will be the first one here" in tutor("history", "git-first-commit").out
    )
    journal = folder / "journal.txt"
    journal.write_text(journal.read_text().replace("TODO", "Today I used git.\n#"))
    git(folder, "add", "journal.txt")
    git(folder, "commit", "-q", "-m", "Start my coding journal")
    root = git(folder, "log", "--max-parents=0", "--format=%s %an").strip()
    assert root == "Start my coding journal Ana"
    assert git(folder, "rev-list", "--count", "HEAD").strip() == "1"


def test_a_reset_of_a_git_exercise_keeps_its_folder(tutor: RunCli, workspace_of) -> None:
    tutor("start", "git-first-commit")
    folder = workspace_of("git-first-commit")
    git(folder, "add", "journal.txt")
    git(folder, "commit", "-q", "-m", "My journal")
    inode = folder.stat().st_ino

    ran = tutor("reset", "git-first-commit")
    assert ran.code == 0, ran.err
    assert folder.stat().st_ino == inode
    assert "No commits yet" in git(folder, "status")
    (kept,) = folder.parent.glob("git-first-commit.old-*")
    assert str(kept) in ran.out
    assert "tutor restore" not in ran.out  # not offered: restore refuses in git exercises
    assert git(kept, "log", "--format=%s").strip() == "My journal"


def test_an_emptied_file_in_a_git_exercise_points_at_git_restore(
    tutor: RunCli, workspace_of
) -> None:
    tutor("start", "git-branches")
    (workspace_of("git-branches") / "menu.txt").write_text("\n")
    ran = tutor("check", "git-branches")
    assert ran.code == 1
    first = ran.out.split("The first thing to fix:", 1)[1]
    assert "menu.txt is empty" in first
    assert "git restore menu.txt" in first and "tutor reset git-branches" in first
    assert "tutor history" not in first  # the tutor keeps no snapshots in the learner's repo
