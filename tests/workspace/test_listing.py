"""Which workspace files a learner can open in the tutor."""

from __future__ import annotations

from pathlib import Path

from tutor.workspace.listing import readable_files


def test_text_files_are_listed_and_the_tutors_own_files_are_not(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text("[core]\n")
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "__pycache__" / "greet.cpython-311.pyc").write_bytes(b"\0\0")
    (tmp_path / ".tutor-exercise").write_text("hello\n")
    (tmp_path / "greet.py").write_text("def greet(): ...\n")
    (tmp_path / "test_greet.py").write_text("from greet import greet\n")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "books.sql").write_text("SELECT 1;\n")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\0\0")
    (tmp_path / "huge.txt").write_text("x" * 300_000)
    # A folder's own files first, then its subfolders'.
    assert readable_files(tmp_path, ["greet.py"]) == ["test_greet.py", "data/books.sql"]


def test_a_link_out_of_the_workspace_is_not_followed(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("not yours\n")
    folder = tmp_path / "workspace"
    folder.mkdir()
    (folder / "notes.txt").symlink_to(secret)
    assert readable_files(folder) == []
