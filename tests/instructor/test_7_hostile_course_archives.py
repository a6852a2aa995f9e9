"""`tutor course install` on crafted archives: a manifest whose name or version is a path,
and archives with more entries than any course, refused before they are read."""

from __future__ import annotations

import io
import json
import tarfile
import time
import zipfile
from pathlib import Path

import pytest
from instructor_helpers import RunCli, learner

from tutor.archives import MAX_ENTRIES
from tutor.instructor.authoring import new_lesson
from tutor.instructor.packaging import MANIFEST_NAME


@pytest.fixture
def packed(tutor: RunCli, course: Path, tmp_path: Path) -> Path:
    archive = tmp_path / "packed" / "night.zip"
    new_lesson(course, "web/basics")  # pack refuses a course with errors, and one needs a track
    assert tutor("pack", str(course), "-o", str(archive)).code == 0
    archive.with_name("night.zip.sha256").unlink()  # the attacker makes a new one anyway
    return archive


def with_manifest(archive: Path, **changes: object) -> Path:
    """A copy of the packed archive whose manifest has these fields changed."""
    evil = archive.with_name("evil.zip")
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(evil, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == MANIFEST_NAME:
                data = json.dumps({**json.loads(data), **changes}).encode()
            target.writestr(info, data)
    return evil


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("name", "/tmp/anywhere"),
        ("name", "../../outside"),
        ("version", "../../../lib/python3/site-packages/usercustomize"),
        ("version", "1/../../x"),
        ("name", "x" * 300),
        ("name", ["not", "text"]),
        ("version", 3),
    ],
)
def test_a_name_or_version_that_is_not_a_plain_name_is_refused(
    tutor: RunCli, packed: Path, tmp_path: Path, field: str, value: object
) -> None:
    home = tmp_path / "learner-home"
    with learner(home):
        ran = tutor("course", "install", str(with_manifest(packed, **{field: value})))
    assert ran.code == 2, ran.out
    assert "not safe to install" in ran.err and f"its {field}" in ran.err
    assert "is not a plain name" in ran.err
    installed = [p for p in tmp_path.rglob("course.toml") if "learner-home" in str(p)]
    assert installed == []
    assert not (tmp_path / "outside").exists() and not Path("/tmp/anywhere").exists()


def test_a_plain_version_still_installs(tutor: RunCli, packed: Path, tmp_path: Path) -> None:
    home = tmp_path / "learner-home"
    with learner(home):
        ran = tutor("course", "install", str(with_manifest(packed, version="2024.10-b_1")))
    assert ran.code == 0, ran.err
    assert (home / "courses" / "night-school-2024.10-b_1" / "lessons" / "course.toml").is_file()


def _many_entries_zip(path: Path, count: int) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        for number in range(count):
            archive.writestr(f"e{number}", b"")


def _many_entries_tar(path: Path, count: int) -> None:
    with tarfile.open(path, "w:gz") as archive:
        for number in range(count):
            archive.addfile(tarfile.TarInfo(f"e{number}"), io.BytesIO(b""))


@pytest.mark.parametrize(("suffix", "make"), [("zip", _many_entries_zip),
                                              ("tar.gz", _many_entries_tar)])  # fmt: skip
def test_too_many_entries_are_refused_before_they_are_read(
    tutor: RunCli, tmp_path: Path, suffix: str, make: object
) -> None:
    archive = tmp_path / f"many.{suffix}"
    make(archive, MAX_ENTRIES + 10)  # type: ignore[operator]
    with learner(tmp_path / "learner-home"):
        started = time.perf_counter()
        ran = tutor("course", "install", str(archive))
        took = time.perf_counter() - started
    assert ran.code == 2
    assert f"more than {MAX_ENTRIES} entries" in ran.err
    # A zip's count is read from its last bytes; a tar's headers stop at the cap.
    assert took < (0.5 if suffix == "zip" else 3.0), took
