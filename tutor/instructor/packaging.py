"""`tutor pack`: one archive of a course folder, to carry in on removable media.

The archive (tar.gz or zip) holds lessons/, exercises/ and reference/ and a
manifest, `tutor-course.json`, with the SHA-256 of every file and of the
whole content. It is deterministic: the same course gives the same bytes
(sorted names, fixed times, owners and permissions), so two instructors can
compare checksums. The archive's own SHA-256 is written next to it as
`FILE.sha256`, in the format `sha256sum -c` reads.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import re
import stat
import sys
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from tutor.errors import TutorError

MANIFEST_NAME = "tutor-course.json"
MANIFEST_FORMAT = "tutor-course"
MANIFEST_VERSION = 1
COURSE_FOLDERS = ("lessons", "exercises", "reference")
SKIPPED_NAMES = {"__pycache__", ".pytest_cache", ".git", ".mypy_cache", ".ruff_cache"}
SKIPPED_SUFFIXES = (".pyc", ".pyo")
# 2000-01-01: a fixed time for every entry (zip cannot store times before 1980).
FIXED_TIME = 946684800
FIXED_ZIP_TIME = (2000, 1, 1, 0, 0, 0)


class PackError(TutorError):
    """The course cannot be packed or installed; the message says why and what to do."""


@dataclass(frozen=True)
class Packed:
    archive: Path
    checksum_file: Path
    sha256: str  # of the archive
    name: str
    version: str | None
    files: int
    warnings: tuple[str, ...] = ()  # what the instructor may have left unfinished


def course_gate(course_root: Path) -> list[str]:
    """Refuse a course with lint errors (PackError); return warnings about scaffold leftovers.

    A course with an error loses lessons on the learners' computers, where
    nobody can fix it: the instructor is stopped here instead.
    """
    from tutor.course import Severity, format_problems, lint, load_course

    problems = lint(course_root)
    errors = [problem for problem in problems if problem.severity is Severity.ERROR]
    if errors:
        raise PackError(
            f"The course in {course_root} has {len(errors)} error(s), and learners would lose "
            "the lessons that hold them. Fix these first (they are what `tutor lint` shows):\n"
            + format_problems(errors)
        )
    course = load_course(course_root)
    titled = [(course.root / "lessons" / "course.toml", "course", course.title)]
    titled += [(course.root / "lessons" / "course.toml", "track", t.title) for t in course.tracks]
    for lesson in course.lessons:
        titled.append((lesson.path, "lesson", lesson.title))
        titled += [(lesson.path, "exercise", e.title) for e in lesson.exercises]
    return [
        f"{path}: the {what} title '{title}' is still the scaffold's TODO: replace it."
        for path, what, title in titled
        if title.strip().upper().startswith("TODO")
    ]


def pack_course(course_root: Path, output: Path, version: str | None = None) -> Packed:
    """Write the course in course_root to output (.tar.gz, .tgz or .zip) and output.sha256."""
    lessons = course_root / "lessons" / "course.toml"
    if not lessons.is_file():
        raise PackError(
            f"There is no course in {course_root}: it needs a file lessons/course.toml. "
            "Give the course folder: tutor pack COURSE_DIR -o FILE"
        )
    kind = archive_kind(output)
    warnings = course_gate(course_root)
    files = course_files(course_root)
    title = _course_title(lessons)
    manifest = make_manifest(title, version, files)
    entries = [(MANIFEST_NAME, _json_bytes(manifest), False)]
    entries += [(name, path.read_bytes(), _executable(path)) for name, path in files.items()]
    data = _tar_gz(entries) if kind == "tar.gz" else _zip(entries)
    output.parent.mkdir(parents=True, exist_ok=True)
    temporary = output.with_name(output.name + ".partial")
    temporary.write_bytes(data)
    os.replace(temporary, output)
    digest = hashlib.sha256(data).hexdigest()
    checksum_file = checksum_path(output)
    checksum_file.write_text(f"{digest}  {output.name}\n", encoding="utf-8")
    return Packed(
        output, checksum_file, digest, course_slug(title), version, len(files), tuple(warnings)
    )


def archive_kind(path: Path) -> str:
    name = path.name.lower()
    if name.endswith((".tar.gz", ".tgz")):
        return "tar.gz"
    if name.endswith(".zip"):
        return "zip"
    raise PackError(
        f"I do not know how to write '{path.name}': end the file name with .tar.gz or .zip, "
        "like: tutor pack -o my-course.tar.gz"
    )


def checksum_path(archive: Path) -> Path:
    return archive.with_name(archive.name + ".sha256")


def course_files(course_root: Path) -> dict[str, Path]:
    """Every file to pack, by its archive name (a relative path with /), sorted."""
    found: dict[str, Path] = {}
    for folder_name in COURSE_FOLDERS:
        folder = course_root / folder_name
        if folder.is_symlink():
            raise _symlink_error(folder, course_root)
        if not folder.is_dir():
            continue
        for here, dirs, names in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if d not in SKIPPED_NAMES)
            for entry in [*dirs, *names]:
                path = Path(here) / entry
                if path.is_symlink():
                    raise _symlink_error(path, course_root)
            for name in names:
                if name.endswith(SKIPPED_SUFFIXES):
                    continue
                path = Path(here) / name
                found[path.relative_to(course_root).as_posix()] = path
    return dict(sorted(found.items()))


def make_manifest(title: str, version: str | None, files: dict[str, Path]) -> dict[str, object]:
    hashes = {name: hashlib.sha256(path.read_bytes()).hexdigest() for name, path in files.items()}
    return {
        "format": MANIFEST_FORMAT,
        "format_version": MANIFEST_VERSION,
        "name": course_slug(title),
        "title": title,
        "version": version,
        "content_sha256": content_digest(hashes),
        "files": hashes,
    }


def content_digest(hashes: dict[str, str]) -> str:
    """One SHA-256 for the whole content: over "sha  name" lines in name order."""
    lines = "".join(f"{hashes[name]}  {name}\n" for name in sorted(hashes))
    return hashlib.sha256(lines.encode("utf-8")).hexdigest()


SLUG_LENGTH = 40


def course_slug(title: str) -> str:
    """A folder-safe name from the title: "Offline Coding School" -> offline-coding-school."""
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    if len(slug) > SLUG_LENGTH:
        # Cut between words, so the install folder's name reads as words, not "…-worksho".
        cut = slug[: SLUG_LENGTH + 1].rfind("-")
        slug = slug[: cut if cut > 0 else SLUG_LENGTH]
    return slug.strip("-") or "course"


# --- writing the archive ----------------------------------------------------------


def _tar_gz(entries: list[tuple[str, bytes, bool]]) -> bytes:
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as archive:
        for name, data, executable in entries:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mtime = FIXED_TIME
            info.mode = 0o755 if executable else 0o644
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            archive.addfile(info, io.BytesIO(data))
    packed = io.BytesIO()
    # mtime=0 and no file name in the gzip header: the same input, the same bytes.
    with gzip.GzipFile(filename="", mode="wb", fileobj=packed, mtime=0) as compressed:
        compressed.write(raw.getvalue())
    return packed.getvalue()


def _zip(entries: list[tuple[str, bytes, bool]]) -> bytes:
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w") as archive:
        for name, data, executable in entries:
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (stat.S_IFREG | (0o755 if executable else 0o644)) << 16
            info.create_system = 3  # Unix, so the permissions above are read back
            archive.writestr(info, data)
    return packed.getvalue()


def _json_bytes(data: object) -> bytes:
    return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


def _executable(path: Path) -> bool:
    return bool(path.stat().st_mode & stat.S_IXUSR)


def _course_title(course_file: Path) -> str:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # Python 3.10
        import tomli as tomllib
    try:
        data = tomllib.loads(course_file.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise PackError(
            f"{course_file} cannot be read ({error}). Fix it first: tutor lint shows how."
        ) from error
    title = data.get("title")
    return title if isinstance(title, str) and title.strip() else "course"


def _symlink_error(path: Path, course_root: Path) -> PackError:
    return PackError(
        f"{path.relative_to(course_root)} is a symbolic link. A course archive holds only "
        "plain files and folders (links would not work on the learners' computers). "
        "Copy the file or folder it points to in its place, then pack again."
    )
