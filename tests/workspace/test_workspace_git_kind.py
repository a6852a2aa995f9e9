"""Git exercises: a setup script builds the starting repository; the repo is the learner's."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from workspace_helpers import MakeExercise

from tutor.course.model import ExerciseKind
from tutor.workspace import Workspace, WorkspaceError
from tutor.workspace import workspace as workspace_module

BRANCH_SETUP = """\
import subprocess
from pathlib import Path

def git(*args):
    subprocess.run(["git", *args], check=True)

git("checkout", "-q", "-b", "feature")
Path("feature.txt").write_text("on the branch\\n")
git("add", "feature.txt")
git("commit", "-q", "-m", "add a feature")
git("checkout", "-q", "-")
print("setup done")
"""

FAILING_SETUP = """\
import sys
print("making the branch")
print("could not find the file plan.txt", file=sys.stderr)
sys.exit(3)
"""


def git(path: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=path, capture_output=True, text=True, check=True
    ).stdout


def test_setup_script_builds_a_branch(home: Path, make_exercise: MakeExercise) -> None:
    ws = Workspace(home, make_exercise("branches", ExerciseKind.GIT, BRANCH_SETUP))
    ws.create()
    assert ws.exists()
    branches = git(ws.path, "branch", "--format=%(refname:short)").split()
    assert "feature" in branches
    assert git(ws.path, "log", "-1", "--format=%s", "feature").strip() == "add a feature"
    assert not (ws.path / "feature.txt").exists()  # the script went back to main


def test_snapshot_never_commits_in_a_git_exercise(home: Path, make_exercise: MakeExercise) -> None:
    ws = Workspace(home, make_exercise("branches", ExerciseKind.GIT, BRANCH_SETUP))
    ws.create()
    (ws.path / "mine.txt").write_text("learner's own\n")
    before = ws.history()
    assert ws.snapshot("check: 0/1 passed") is None
    assert ws.history() == before
    with pytest.raises(WorkspaceError, match="use git commands"):
        ws.restore(before[0].sha)


def test_failing_setup_gives_its_output(home: Path, make_exercise: MakeExercise) -> None:
    ws = Workspace(home, make_exercise("broken", ExerciseKind.GIT, FAILING_SETUP))
    with pytest.raises(WorkspaceError) as caught:
        ws.create()
    message = str(caught.value)
    assert "exit code 3" in message
    assert "making the branch" in message
    assert "could not find the file plan.txt" in message
    assert not ws.exists()
    assert not ws.path.exists()  # no half-made workspace left for a later create()
    assert not list(ws.path.parent.glob("broken.creating-*"))


def test_reset_moves_the_old_repo_aside(home: Path, make_exercise: MakeExercise) -> None:
    ws = Workspace(home, make_exercise("branches", ExerciseKind.GIT, BRANCH_SETUP))
    ws.create()
    (ws.path / "mine.txt").write_text("learner's own\n")
    git(ws.path, "add", "mine.txt")
    git(ws.path, "-c", "user.name=L", "-c", "user.email=l@x", "commit", "-q", "-m", "my work")
    sha = ws.reset()
    assert len(sha) == 40
    assert not (ws.path / "mine.txt").exists()
    assert "feature" in git(ws.path, "branch")
    assert "my work" not in git(ws.path, "log", "--format=%s", "--all")
    (aside,) = ws.path.parent.glob("branches.old-*")
    assert (aside / "mine.txt").read_text() == "learner's own\n"
    # The old repository is kept whole, with the learner's commit in it.
    assert git(aside, "log", "-1", "--format=%s").strip() == "my work"
    assert not list(ws.path.parent.glob("branches.creating-*"))


def test_reset_keeps_the_folder_a_shell_is_in(home: Path, make_exercise: MakeExercise) -> None:
    """A shell in the folder (the terminal pane, a learner's own) sees the new files."""
    ws = Workspace(home, make_exercise("branches", ExerciseKind.GIT, BRANCH_SETUP))
    ws.create()
    (ws.path / "mine.txt").write_text("learner's own\n")
    shell = subprocess.Popen(
        ["sh", "-c", "read line; ls -a; git status --porcelain --branch"],
        cwd=ws.path,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    folder_before = ws.path.stat().st_ino
    ws.reset()
    seen, _ = shell.communicate("go\n", timeout=30)
    assert ws.path.stat().st_ino == folder_before
    names = seen.split()
    assert "hello.py" in names and ".git" in names
    assert "mine.txt" not in names  # the shell's folder is the new one, not the old
    assert "## main" in seen or "## master" in seen
    assert ws.exists()
    assert ws.history()[0].message.startswith("start: ")


def test_setup_that_hangs_is_stopped(
    home: Path, make_exercise: MakeExercise, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workspace_module, "SETUP_TIMEOUT_S", 1.0)
    script = "import time\nprint('waiting', flush=True)\ntime.sleep(20)\n"
    ws = Workspace(home, make_exercise("hangs", ExerciseKind.GIT, script))
    with pytest.raises(WorkspaceError, match="did not finish") as caught:
        ws.create()
    assert "waiting" in str(caught.value)
    assert not ws.path.exists()
