"""Step 3: pack a course, install it on a learner's data folder, update it without losing work.

And the refusals: tar slip, links, a bad checksum, a file changed after packing.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import tarfile
import zipfile
from pathlib import Path

import pytest
from instructor_helpers import RunCli, learner, solve_like_a_learner

from tutor.instructor.authoring import new_exercise, new_lesson
from tutor.instructor.course_install import active_course
from tutor.instructor.packaging import MANIFEST_NAME
from tutor.locations import bundled_course_dir, course_dir


@pytest.fixture
def scaffolded(course: Path) -> Path:
    new_lesson(course, "web/basics", "html")
    new_exercise(course, "web/basics", "quiz")
    return course


@pytest.mark.parametrize("suffix", ["tar.gz", "zip"])
def test_pack_is_deterministic_and_writes_a_checksum(
    tutor: RunCli, scaffolded: Path, tmp_path: Path, suffix: str
) -> None:
    first = tutor("pack", str(scaffolded), "-o", str(tmp_path / f"a.{suffix}"))
    assert first.code == 0, first.err
    (scaffolded / "exercises" / "web" / "basics" / "__pycache__").mkdir()  # never packed
    os.utime(scaffolded / "lessons" / "course.toml", (1, 1))  # times do not matter
    second = tutor("pack", str(scaffolded), "-o", str(tmp_path / f"b.{suffix}"))
    assert second.code == 0
    data = (tmp_path / f"a.{suffix}").read_bytes()
    assert data == (tmp_path / f"b.{suffix}").read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    assert (tmp_path / f"a.{suffix}.sha256").read_text() == f"{digest}  a.{suffix}\n"
    assert digest in first.out


def test_install_makes_the_course_active_and_keeps_progress_across_versions(
    tutor: RunCli, scaffolded: Path, tmp_path: Path
) -> None:
    archive = tmp_path / "media" / "night-v1.tar.gz"
    assert tutor("pack", str(scaffolded), "-o", str(archive), "--course-version", "v1").code == 0
    home = tmp_path / "ana"
    with learner(home):
        installed = tutor("course", "install", str(archive))
        assert installed.code == 0, installed.err
        v1 = home / "courses" / "night-school-v1"
        assert (v1 / "lessons" / "course.toml").is_file()
        assert active_course(home) == v1 and course_dir() == v1  # plain `tutor` opens it
        listed = tutor("list")
        assert "Night School" in listed.out and "basics-quiz" in listed.out
        assert tutor("start", "basics").code == 0
        solve_like_a_learner(v1, home, "web/basics", "basics")
        assert tutor("check", "basics").code == 0

    # Version 2: the instructor adds an exercise and drops the quiz; "basics" keeps its id.
    new_exercise(scaffolded, "web/basics", "css")
    lesson = scaffolded / "lessons" / "web" / "01-basics.toml"
    text = lesson.read_text(encoding="utf-8")
    start = text.index("\n[[exercises]]\n# A placeholder quiz")
    end = text.index("\n[[exercises]]", start + 1)
    lesson.write_text(text[:start] + text[end:], encoding="utf-8")
    archive2 = tmp_path / "media" / "night-v2.zip"
    assert tutor("pack", str(scaffolded), "-o", str(archive2), "--course-version", "v2").code == 0
    with learner(home):
        (home / "workspaces" / "basics" / "index.html").write_text("my own edit\n")
        installed = tutor("course", "install", str(archive2))
        assert installed.code == 0, installed.err
        assert "progress on 1 exercise(s) carries over" in installed.out
        v2 = home / "courses" / "night-school-v2"
        assert course_dir() == v2
        assert (v1 / "lessons").is_dir()  # the old version stays
        progress = json.loads(tutor("progress", "--json").out)
        by_id = {row["id"]: row for row in progress}
        assert by_id["basics"]["status"] == "done"
        assert "basics-quiz" not in by_id and by_id["basics-css"]["status"] == "not started"
        assert (home / "workspaces" / "basics" / "index.html").read_text() == "my own edit\n"
        again = tutor("course", "install", str(archive2))
        assert again.code == 0 and "already installed" in again.out


def _evil_tar(path: Path, name: str, kind: bytes = tarfile.REGTYPE, link: str = "") -> None:
    with tarfile.open(path, "w:gz") as archive:
        info = tarfile.TarInfo(name)
        info.type = kind
        info.linkname = link
        data = b"" if link else b"boom\n"
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))


@pytest.mark.parametrize(
    ("name", "kind", "link", "said"),
    [
        ("../../outside.txt", tarfile.REGTYPE, "", "climbs out of the folder"),
        ("/tmp/absolute.txt", tarfile.REGTYPE, "", "is an absolute path"),
        ("lessons/evil", tarfile.SYMTYPE, "/etc/passwd", "is a link"),
        ("lessons/hard", tarfile.LNKTYPE, "/etc/passwd", "is a link"),
    ],
)
def test_unsafe_archives_are_refused_and_nothing_is_written(
    tutor: RunCli, tmp_path: Path, name: str, kind: bytes, link: str, said: str
) -> None:
    archive = tmp_path / "evil.tar.gz"
    _evil_tar(archive, name, kind, link)
    home = tmp_path / "bo"
    with learner(home):
        ran = tutor("course", "install", str(archive))
    assert ran.code == 2
    assert "not safe to install" in ran.err and said in ran.err
    assert "Nothing was installed" in ran.err
    assert not (tmp_path / "outside.txt").exists() and not list(home.glob("courses/*/lessons"))


def test_a_zip_with_a_symlink_is_refused(tutor: RunCli, tmp_path: Path) -> None:
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as opened:
        info = zipfile.ZipInfo("lessons/link")
        info.create_system = 3
        info.external_attr = (0o120777) << 16  # a symbolic link
        opened.writestr(info, "/etc/passwd")
    with learner(tmp_path / "bo"):
        ran = tutor("course", "install", str(archive))
    assert ran.code == 2 and "is a link" in ran.err


def test_a_damaged_archive_or_a_changed_file_is_refused(
    tutor: RunCli, scaffolded: Path, tmp_path: Path
) -> None:
    archive = tmp_path / "night.zip"
    tutor("pack", str(scaffolded), "-o", str(archive))
    damaged = bytearray(archive.read_bytes())
    damaged[-30] ^= 0xFF
    good = bytes(archive.read_bytes())
    archive.write_bytes(bytes(damaged))
    with learner(tmp_path / "bo"):
        ran = tutor("course", "install", str(archive))
    assert ran.code == 2 and "does not match its checksum file" in ran.err

    # A file changed after packing, with a new .sha256 to match: the manifest catches it.
    changed = tmp_path / "changed.zip"
    with zipfile.ZipFile(io.BytesIO(good)) as source, zipfile.ZipFile(changed, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.endswith("test_page.py"):
                data = b"def test_anything():\n    pass\n"
            target.writestr(info, data)
    digest = hashlib.sha256(changed.read_bytes()).hexdigest()
    (tmp_path / "changed.zip.sha256").write_text(f"{digest}  changed.zip\n")
    with learner(tmp_path / "bo"):
        ran = tutor("course", "install", str(changed))
    assert ran.code == 2 and "does not match its checksum in the manifest" in ran.err

    # Without a .sha256 beside it, the archive is still checked against its manifest.
    (tmp_path / "copy").mkdir()
    (tmp_path / "copy" / "night.zip").write_bytes(good)
    with learner(tmp_path / "bo"):
        ran = tutor("course", "install", str(tmp_path / "copy" / "night.zip"))
    assert ran.code == 0 and "only the checksums inside it were checked" in ran.err + ran.out


def test_pack_refuses_a_symlink_in_the_course(
    tutor: RunCli, scaffolded: Path, tmp_path: Path
) -> None:
    (scaffolded / "exercises" / "web" / "basics" / "shared.css").symlink_to("/etc/hostname")
    ran = tutor("pack", str(scaffolded), "-o", str(tmp_path / "x.tar.gz"))
    assert ran.code == 2 and "is a symbolic link" in ran.err and "shared.css" in ran.err
    assert not (tmp_path / "x.tar.gz").exists()


def test_an_archive_that_is_not_a_course_says_what_it_is(tutor: RunCli, tmp_path: Path) -> None:
    plain = tmp_path / "photos.zip"
    with zipfile.ZipFile(plain, "w") as opened:
        opened.writestr("cat.jpg", b"\xff\xd8")
    with learner(tmp_path / "bo"):
        ran = tutor("course", "install", str(plain))
    assert ran.code == 2 and f"no readable {MANIFEST_NAME}" in ran.err


def test_course_option_wins_and_a_removed_install_falls_back(
    tutor: RunCli, scaffolded: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = tmp_path / "night.tar.gz"
    tutor("pack", str(scaffolded), "-o", str(archive))
    home = tmp_path / "ana"
    with learner(home):
        tutor("course", "install", str(archive))
        installed = active_course(home)
        assert installed is not None and course_dir() == installed
        assert course_dir(str(scaffolded)) == scaffolded.resolve()  # --course wins
        monkeypatch.setenv("TUTOR_COURSE", str(scaffolded))
        assert course_dir() == scaffolded.resolve()  # and so does TUTOR_COURSE
        monkeypatch.delenv("TUTOR_COURSE")
        shutil.rmtree(installed)  # someone deleted it: the tutor still starts
        assert active_course(home) is None
        assert course_dir() == bundled_course_dir()


def _break_lesson(course: Path) -> Path:
    """An unclosed string: the mistake the instructor in issue 16 packed and handed out."""
    lesson = course / "lessons" / "web" / "01-basics.toml"
    text = lesson.read_text(encoding="utf-8")
    lesson.write_text(text.replace('summary = "', 'summary = "oops\n', 1), encoding="utf-8")
    return lesson


def test_pack_refuses_a_course_with_errors_and_warns_on_todo_titles(
    tutor: RunCli, scaffolded: Path, tmp_path: Path
) -> None:
    fresh = tutor("pack", str(scaffolded), "-o", str(tmp_path / "todo.tar.gz"))
    assert fresh.code == 0, fresh.err
    assert "title 'TODO: Basics' is still the scaffold's TODO" in fresh.err + fresh.out

    _break_lesson(scaffolded)
    refused = tutor("pack", str(scaffolded), "-o", str(tmp_path / "broken.tar.gz"))
    assert refused.code == 2
    assert "has 1 error(s)" in refused.err and "01-basics.toml:" in refused.err
    assert not (tmp_path / "broken.tar.gz").exists()


def test_install_refuses_a_course_with_errors(
    tutor: RunCli, scaffolded: Path, tmp_path: Path
) -> None:
    from tutor.instructor.packaging import _tar_gz, course_files, make_manifest

    # Packed as a tutor without the lint gate did: by hand from the packing pieces.
    _break_lesson(scaffolded)
    files = course_files(scaffolded)
    manifest = make_manifest("Night School", "v1", files)
    entries = [(MANIFEST_NAME, json.dumps(manifest).encode(), False)]
    entries += [(name, path.read_bytes(), False) for name, path in files.items()]
    archive = tmp_path / "broken.tar.gz"
    archive.write_bytes(_tar_gz(entries))
    home = tmp_path / "ana"
    with learner(home):
        refused = tutor("course", "install", str(archive))
        assert refused.code == 2
        assert "Nothing was installed" in refused.err and "01-basics.toml:" in refused.err
        assert not list((home / "courses").iterdir())
        assert active_course(home) is None


def test_install_refuses_a_course_whose_only_error_is_one_lint_finds(
    tutor: RunCli, scaffolded: Path, tmp_path: Path
) -> None:
    """The course loads, but a test file Python cannot read would fail every learner."""
    from tutor.instructor.packaging import _tar_gz, course_files, make_manifest

    test_file = next((scaffolded / "exercises").rglob("test_*.py"))
    test_file.write_text("def test_page(:\n    pass\n", encoding="utf-8")
    files = course_files(scaffolded)
    manifest = make_manifest("Night School", "v1", files)
    entries = [(MANIFEST_NAME, json.dumps(manifest).encode(), False)]
    entries += [(name, path.read_bytes(), False) for name, path in files.items()]
    archive = tmp_path / "unreadable-test.tar.gz"
    archive.write_bytes(_tar_gz(entries))
    home = tmp_path / "ana"
    with learner(home):
        refused = tutor("course", "install", str(archive))
        assert refused.code == 2, refused.out
        assert "Nothing was installed" in refused.err
        assert f"{test_file.name}:1" in refused.err
        assert not list((home / "courses").iterdir())
