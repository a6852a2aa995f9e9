"""Workspace: create, snapshot, history, reset, diff, restore, files."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from workspace_helpers import STARTER_PY, MakeExercise

from tutor.workspace import Workspace, WorkspaceError, find_exercise_id


def git(path: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=path, capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture
def ws(home: Path, make_exercise: MakeExercise) -> Workspace:
    workspace = Workspace(home, make_exercise())
    workspace.create()
    return workspace


def test_create_copies_starter_and_visible_tests_only(ws: Workspace, home: Path) -> None:
    assert ws.path == home / "workspaces" / "hello-function"
    assert ws.exists()
    assert (ws.path / "hello.py").read_text() == STARTER_PY
    assert (ws.path / "test_hello.py").is_file()
    assert not (ws.path / "test_more.py").exists()  # hidden tests stay in the course
    assert (ws.path / ".tutor-exercise").read_text().strip() == "hello-function"
    assert not list(ws.path.parent.glob("*.creating-*"))


def test_create_makes_first_commit_with_repo_identity(ws: Workspace) -> None:
    history = ws.history()
    assert [s.message for s in history] == ["start: Say hello"]
    assert git(ws.path, "config", "--local", "user.name").strip()
    assert sorted(git(ws.path, "ls-files").split()) == ["hello.py", "test_hello.py"]
    assert git(ws.path, "status", "--porcelain") == ""  # marker and caches are ignored


def test_create_is_idempotent(ws: Workspace) -> None:
    (ws.path / "hello.py").write_text("mine\n")
    ws.create()
    assert (ws.path / "hello.py").read_text() == "mine\n"
    assert len(ws.history()) == 1


def test_create_keeps_bytes_as_they_are(home: Path, make_exercise: MakeExercise) -> None:
    raw = "caf\u00e9\r\nline two\r\n".encode("latin-1")
    ws = Workspace(home, make_exercise(starter={"page.html": raw, "sub/x.css": "a{}\n"}))
    ws.create()
    assert (ws.path / "page.html").read_bytes() == raw
    assert (ws.path / "sub" / "x.css").read_text() == "a{}\n"


def test_create_moves_a_stray_folder_aside(home: Path, make_exercise: MakeExercise) -> None:
    ws = Workspace(home, make_exercise())
    ws.path.mkdir(parents=True)
    (ws.path / "notes.txt").write_text("keep me")
    ws.create()
    assert ws.exists()
    (aside,) = ws.path.parent.glob("hello-function.old-*")
    assert (aside / "notes.txt").read_text() == "keep me"


def test_snapshot_commits_only_when_something_changed(ws: Workspace) -> None:
    assert ws.snapshot("check: 0/1 passed") is None
    (ws.path / "hello.py").write_text("def hello(name):\n    return 1\n")
    (ws.path / "__pycache__").mkdir()
    (ws.path / "__pycache__" / "hello.cpython-311.pyc").write_bytes(b"\0")
    sha = ws.snapshot("check: 0/1 passed")
    assert sha is not None and len(sha) == 40
    assert ws.snapshot("check: 0/1 passed") is None
    assert "__pycache__" not in git(ws.path, "ls-files")


def test_identity_lives_in_the_repo_not_the_home_folder(ws: Workspace) -> None:
    import os

    assert not (Path(os.environ["HOME"]) / ".gitconfig").exists()
    assert "user.email" in git(ws.path, "config", "--local", "--list")


def test_history_is_newest_first(ws: Workspace) -> None:
    for n in range(3):
        (ws.path / "hello.py").write_text(f"# try {n}\n")
        ws.snapshot(f"check: {n}/8 passed")
    history = ws.history()
    assert [s.message for s in history] == [
        "check: 2/8 passed",
        "check: 1/8 passed",
        "check: 0/8 passed",
        "start: Say hello",
    ]
    assert history[0].short_sha == history[0].sha[:7]
    assert history[0].when.tzinfo is not None
    assert history[0].when >= history[-1].when


def test_reset_keeps_history_and_removes_added_files(ws: Workspace) -> None:
    (ws.path / "hello.py").write_text("mine\n")
    (ws.path / "extra").mkdir()
    (ws.path / "extra" / "notes.py").write_text("added\n")
    ws.snapshot("check: 0/1 passed")
    (ws.path / "hello.py").write_text("unsaved\n")  # never snapshotted: must survive too
    sha = ws.reset()
    assert (ws.path / "hello.py").read_text() == STARTER_PY
    assert not (ws.path / "extra").exists()
    assert (ws.path / ".tutor-exercise").is_file()
    messages = [s.message for s in ws.history()]
    assert messages[:3] == ["reset to the starter", "saved before reset", "check: 0/1 passed"]
    assert ws.history()[0].sha == sha
    assert git(ws.path, "show", "HEAD~1:hello.py") == "unsaved\n"
    assert git(ws.path, "show", "HEAD~2:extra/notes.py") == "added\n"


def test_reset_with_nothing_changed_still_records_it(ws: Workspace) -> None:
    ws.reset()
    assert [s.message for s in ws.history()] == ["reset to the starter", "start: Say hello"]


def test_diff_is_against_files_on_disk(ws: Workspace) -> None:
    start = ws.history()[0].sha
    (ws.path / "hello.py").write_text("def hello(name):\n    return 'hi'\n")
    (ws.path / "new.py").write_text("x = 1\n")  # untracked, never snapshotted
    diff = ws.diff(start[:7])
    assert "-    return None" in diff
    assert "+    return 'hi'" in diff
    assert "+++ b/new.py" in diff
    assert diff.endswith("\n")
    # the real index was not touched: new.py is still untracked
    assert "?? new.py" in git(ws.path, "status", "--porcelain")
    assert not list((ws.path / ".git").glob("tutor-diff-index.*"))


def test_diff_of_an_unknown_snapshot_is_a_plain_error(ws: Workspace) -> None:
    with pytest.raises(WorkspaceError, match="no saved version"):
        ws.diff("deadbeef")


def test_restore_makes_a_new_commit(ws: Workspace) -> None:
    (ws.path / "hello.py").write_text("version one\n")
    first = ws.snapshot("check: 0/1 passed")
    assert first is not None
    (ws.path / "hello.py").write_text("version two\n")
    (ws.path / "later.py").write_text("later\n")
    ws.snapshot("check: 1/1 passed")
    new = ws.restore(first)
    assert new != first
    assert (ws.path / "hello.py").read_text() == "version one\n"
    assert not (ws.path / "later.py").exists()
    history = ws.history()
    assert history[0].message == f"restore {first[:7]}"
    assert history[1].message == "check: 1/1 passed"
    assert git(ws.path, "status", "--porcelain") == ""


def test_restore_saves_unsaved_work_first(ws: Workspace) -> None:
    start = ws.history()[0].sha
    (ws.path / "hello.py").write_text("unsaved\n")
    ws.restore(start)
    assert [s.message for s in ws.history()][:2] == [
        f"restore {start[:7]}",
        f"saved before restoring {start[:7]}",
    ]


def test_find_exercise_id_walks_up(ws: Workspace, tmp_path: Path) -> None:
    deep = ws.path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_exercise_id(deep) == "hello-function"
    assert find_exercise_id(ws.path / "hello.py") == "hello-function"
    assert find_exercise_id(tmp_path / "course") is None


def test_files_read_and_atomic_write(ws: Workspace) -> None:
    assert ws.files() == [ws.path / "hello.py"]
    (ws.path / "hello.py").chmod(0o755)
    ws.write("hello.py", "caf\u00e9\r\nsecond\n")
    assert (ws.path / "hello.py").read_bytes() == "caf\u00e9\r\nsecond\n".encode()
    assert ws.read("hello.py") == "caf\u00e9\r\nsecond\n"
    assert (ws.path / "hello.py").stat().st_mode & 0o777 == 0o755
    ws.write("pages/new.html", "<p>hi</p>\n")
    assert ws.read("pages/new.html") == "<p>hi</p>\n"
    leftovers = [p for p in ws.path.rglob("*") if "tutor-tmp" in p.name]
    assert leftovers == []


def test_read_and_write_refuse_paths_outside(ws: Workspace) -> None:
    with pytest.raises(WorkspaceError, match="outside"):
        ws.write("../escape.txt", "x")
    with pytest.raises(WorkspaceError, match="outside"):
        ws.read("/etc/passwd")


def test_read_non_utf8_is_a_plain_error(ws: Workspace) -> None:
    (ws.path / "hello.py").write_bytes(b"caf\xe9\n")
    with pytest.raises(WorkspaceError, match="UTF-8"):
        ws.read("hello.py")


def test_stray_temp_file_is_never_snapshotted(ws: Workspace) -> None:
    (ws.path / ".hello.py.abc123.tutor-tmp").write_text("half a write")
    assert ws.snapshot("check") is None


def test_operations_on_a_missing_workspace_are_plain_errors(
    home: Path, make_exercise: MakeExercise
) -> None:
    ws = Workspace(home, make_exercise())
    with pytest.raises(WorkspaceError, match="not been started"):
        ws.snapshot("check")
    with pytest.raises(WorkspaceError, match="not been started"):
        ws.history()


def test_exists_only_looks(ws: Workspace) -> None:
    """exists() writes nothing; the marker a learner's code deleted comes back on a snapshot."""
    marker = ws.path / ".tutor-exercise"
    marker.unlink()
    assert ws.exists()
    assert not marker.exists()
    ws.snapshot("check: 0/1 passed")
    assert marker.read_text(encoding="utf-8").strip() == ws.exercise.id


def test_made_names_the_workspaces_that_exist_as_exists_does(
    home: Path, make_exercise: MakeExercise
) -> None:
    made, half, file, never = (make_exercise(name) for name in ("made", "half", "file", "never"))
    assert Workspace.made(home, [made, half, never]) == set()  # no folder of workspaces yet
    Workspace(home, made).create()
    (home / "workspaces" / "half").mkdir()  # a folder, but no repository in it
    (home / "workspaces" / "file").write_text("not a workspace\n")
    exercises = [made, half, file, never]
    assert Workspace.made(home, exercises) == {"made"}
    assert {e.id for e in exercises if Workspace(home, e).exists()} == {"made"}
