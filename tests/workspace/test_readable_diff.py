"""A git diff as a beginner reads it: file, place, - and +, plain words for git's notes."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tutor.workspace.readable_diff import Row, RowKind, readable_diff


def git(folder: Path, *args: str) -> str:
    command = ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args]
    return subprocess.run(command, cwd=folder, check=True, capture_output=True, text=True).stdout


def real_diff(tmp_path: Path, before: dict[str, bytes], after: dict[str, bytes | None]) -> str:
    git(tmp_path, "init", "-q")
    for name, data in before.items():
        (tmp_path / name).write_bytes(data)
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-qm", "before")
    for name, data in after.items():
        if data is None:
            (tmp_path / name).unlink()
        else:
            (tmp_path / name).write_bytes(data)
    git(tmp_path, "add", "-A")
    return git(tmp_path, "diff", "--cached", "--no-color", "-M")


def test_a_changed_line_reads_as_file_place_minus_and_plus(tmp_path: Path) -> None:
    diff = real_diff(
        tmp_path,
        {"greet.py": b"def greet(name):\n    return 'Hello'\n"},
        {"greet.py": b"def greet(name):\n    return 'Hello, ' + name\n"},
    )
    assert readable_diff(diff) == [
        Row(RowKind.FILE, "greet.py (changed)"),
        Row(RowKind.PLACE, "Around line 1:"),
        Row(RowKind.SAME, "  def greet(name):"),
        Row(RowKind.REMOVED, "-     return 'Hello'"),
        Row(RowKind.ADDED, "+     return 'Hello, ' + name"),
    ]


def test_git_jargon_becomes_plain_words(tmp_path: Path) -> None:
    diff = real_diff(
        tmp_path,
        {"notes.txt": b"a\nb", "old.txt": b"gone\n", "logo.png": b"\x89PNG\x00\x01"},
        {
            "notes.txt": b"a\nb\n",
            "old.txt": None,
            "new.txt": b"hi\n",
            "logo.png": b"\x89PNG\x00\x02",
        },
    )
    assert "index " in diff and "\\ No newline" in diff  # what a learner saw before
    rows = readable_diff(diff)
    texts = [row.text for row in rows]
    assert "new.txt (new file)" in texts
    assert "old.txt (deleted)" in texts
    assert "logo.png (changed)" in texts
    assert "This file is not text, so its lines are not shown." in texts
    assert "(the line above has no line break after it, in the snapshot)" in texts
    assert not any(t.startswith(("index", "diff --git", "@@", "---", "+++", "\\")) for t in texts)


def test_a_renamed_file_says_where_it_came_from(tmp_path: Path) -> None:
    body = b"".join(b"line %d\n" % n for n in range(20))
    diff = real_diff(tmp_path, {"draft.py": body}, {"draft.py": None, "final.py": body})
    assert Row(RowKind.FILE, "final.py (renamed from draft.py)") in readable_diff(diff)


def test_no_difference_gives_no_rows() -> None:
    assert readable_diff("") == []
