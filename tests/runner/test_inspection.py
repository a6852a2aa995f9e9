"""inspection.scan: the parent's look at the learner's files after each check."""

from __future__ import annotations

import os
from pathlib import Path

from tutor.runner import inspection

HONEST = "def answer():\n    return 42\n"
FORGING = "import _pytest\ndef answer():\n    return 42\n"


def test_a_checker_module_import_is_found_with_its_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "answer.py").write_text(HONEST)
    (tmp_path / "helpers").mkdir()
    (tmp_path / "helpers" / "forge.py").write_text(FORGING)
    assert [(f.file, f.line) for f in inspection.scan(tmp_path)] == [("helpers/forge.py", 1)]


def test_an_edit_that_keeps_the_size_and_time_stamp_is_read_again(tmp_path: Path) -> None:
    """The warm helper keeps what it found per file: by the file's bytes, since learner
    code can put a file's time stamp back (os.utime) after changing it."""
    answer = tmp_path / "answer.py"
    forging = "import _pytest as p\n"
    honest = "x = 'abcdefghijklm'\n"
    assert len(forging) == len(honest)
    answer.write_text(honest)
    stamp = answer.stat()
    assert inspection.scan(tmp_path) == []
    answer.write_text(forging)
    os.utime(answer, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    assert [f.what for f in inspection.scan(tmp_path)] == ["imported _pytest"]
    answer.write_text(honest)
    assert inspection.scan(tmp_path) == []


def test_a_file_too_big_to_keep_is_still_read(tmp_path: Path) -> None:
    padding = "# " + "x" * 100 + "\n"
    lines = inspection.CACHED_BYTES // len(padding) + 1
    (tmp_path / "big.py").write_text(padding * lines + FORGING)
    assert os.path.getsize(tmp_path / "big.py") > inspection.CACHED_BYTES
    assert [(f.line, f.what) for f in inspection.scan(tmp_path)] == [
        (lines + 1, "imported _pytest")
    ]
