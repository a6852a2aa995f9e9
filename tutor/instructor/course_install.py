"""`tutor course install ARCHIVE`: install a packed course for a learner, offline.

The course goes to TUTOR_HOME/courses/<name>-<version or content hash>/ and
becomes the active course (the setting `course.active` in the progress
record), which plain `tutor` then opens (see locations.course_dir). Older
versions stay where they were. Progress and workspaces are keyed by exercise
id, so every exercise whose id the new version keeps keeps its record.

An archive is refused, before anything is written, when a name would land
outside the target folder (tar slip), when it holds a link or a device, when
it lists more than archives.MAX_ENTRIES entries (counted before they are
read), when the manifest's name or version is not a plain slug,
when it does not match its `.sha256` file, or when a file does not match the
manifest.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import tarfile
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from tutor import locations
from tutor.archives import (
    UnsafeArchive,
    UnsafeName,
    check_slug,
    check_zip_entry,
    check_zip_size,
    safe_member_name,
    tar_members,
    zip_entry_type,
)
from tutor.instructor.packaging import (
    MANIFEST_FORMAT,
    MANIFEST_NAME,
    PackError,
    checksum_path,
    content_digest,
)

# The setting and its reader live in locations (which course to open), re-exported here.
ACTIVE_COURSE_SETTING = locations.ACTIVE_COURSE_SETTING
active_course = locations.active_course

if TYPE_CHECKING:
    from tutor.course.model import Course
MAX_TOTAL_BYTES = 1024 * 1024 * 1024  # far above any course; stops a "zip bomb" filling the disk


@dataclass
class Installed:
    path: Path
    name: str
    title: str
    version: str | None
    already_there: bool  # the same content was installed before: only made active again
    checksum_checked: bool  # False when there was no .sha256 file beside the archive
    kept: list[str] = field(default_factory=list)  # exercise ids with progress, in the new course
    lost: list[str] = field(default_factory=list)  # with progress, but not in the new course
    refreshed: list[str] = field(default_factory=list)  # workspaces given the new test files


def install_course(archive: Path, home: Path | None = None) -> Installed:
    home = home or locations.home_dir()
    if not archive.is_file():
        raise PackError(f"There is no file {archive}. Check the name and the folder.")
    checksum_checked = _check_sidecar(archive)
    members = _read_archive(archive)
    manifest = _check_manifest(archive, members)
    name = str(manifest["name"])
    version = manifest.get("version")
    content = str(manifest["content_sha256"])
    courses = home / "courses"
    courses.mkdir(parents=True, exist_ok=True)
    target = courses / f"{name}-{version or content[:12]}"
    if target.resolve().parent != courses.resolve():  # the slugs make this so; checked anyway
        raise _refused(f"its name and version would install it outside {courses}")
    already = target.is_dir() and _installed_digest(target) == content
    if not already:
        if target.exists():  # same name and version, other content: keep both
            target = courses / f"{target.name}-{content[:8]}"
        already = target.is_dir() and _installed_digest(target) == content
    if not already:
        _write_course(members, courses, target)
        if version:  # beside the course, so that exports can name its version
            copy = target / MANIFEST_NAME
            kept = json.loads(copy.read_text(encoding="utf-8"))
            copy.write_text(json.dumps({**kept, "version": str(version)}, indent=2) + "\n")
    from tutor.course import Severity, lint, load_course
    from tutor.instructor.course_identity import identify, remember_install
    from tutor.progress import Progress
    from tutor.progress.schema import now_text

    course = load_course(target)
    # Every lint error, not only the loader's: a quiz whose answer is not a choice
    # or a dead link loads, yet fails the learner later, where nobody can fix it.
    errors = [problem for problem in lint(target) if problem.severity is Severity.ERROR]
    if errors:
        if not already:
            shutil.rmtree(target, ignore_errors=True)
        first = errors[0]
        where = os.path.relpath(first.path, target) + (f":{first.line}" if first.line else "")
        raise PackError(
            f"Nothing was installed: the course in {archive.name} has {len(errors)} "
            f"error(s), so lessons would be missing (the first, in {where}: {first.message}). "
            "Ask your instructor for a corrected archive; they see every error with: tutor lint"
        )
    ids = {exercise.id for exercise in course.exercises}
    refreshed = _refresh_workspaces(home, course)
    with Progress(locations.progress_db_path(home)) as progress:
        touched = list(progress.summary())
        progress.set_setting(ACTIVE_COURSE_SETTING, str(target))
        remember_install(progress, identify(target, course.title), now_text())
    return Installed(
        path=target,
        name=name,
        title=str(manifest.get("title") or name),
        version=str(version) if version else None,
        already_there=already,
        checksum_checked=checksum_checked,
        kept=[i for i in touched if i in ids],
        lost=[i for i in touched if i not in ids],
        refreshed=refreshed,
    )


def _refresh_workspaces(home: Path, course: Course) -> list[str]:
    """Give each started exercise the new course's visible test files; the ids refreshed."""
    from tutor.workspace import Workspace, WorkspaceError

    refreshed = []
    for exercise in course.exercises:
        try:
            if Workspace(home, exercise).refresh_tests():
                refreshed.append(exercise.id)
        except (WorkspaceError, OSError):
            continue  # a damaged workspace: the tutor says so when the learner opens it
    return refreshed


# --- reading and checking the archive ---------------------------------------------


def _check_sidecar(archive: Path) -> bool:
    sidecar = checksum_path(archive)
    if not sidecar.is_file():
        return False
    words = sidecar.read_text(encoding="utf-8", errors="replace").split()
    expected = words[0].lower() if words else ""
    actual = _sha256_of(archive)
    if expected != actual:
        raise PackError(
            f"{archive.name} does not match its checksum file {sidecar.name}: the archive was "
            "damaged or changed on the way. Nothing was installed. Copy both files again "
            "from the instructor's media and try once more."
        )
    return True


def _read_archive(archive: Path) -> dict[str, bytes]:
    """Every file in the archive by its checked name; refuses unsafe entries."""
    try:
        if zipfile.is_zipfile(archive):
            check_zip_size(archive)  # before zipfile lists every entry
            return dict(_zip_members(archive))
        with tarfile.open(archive, mode="r:*") as opened:
            return dict(_tar_members(opened))
    except UnsafeArchive as error:
        raise _refused(str(error)) from None
    except (tarfile.TarError, zipfile.BadZipFile, EOFError, OSError) as error:
        raise PackError(
            f"{archive.name} is not a course archive I can read ({error}). Course archives "
            "are the .tar.gz or .zip files that `tutor pack` makes."
        ) from error


def _tar_members(archive: tarfile.TarFile) -> Iterator[tuple[str, bytes]]:
    total = 0
    for member in tar_members(archive):
        name = _safe_name(member.name)
        if member.isdir():
            continue
        if not member.isfile():
            what = "a link" if member.issym() or member.islnk() else "a special file"
            raise _refused(f"'{member.name}' is {what}")
        total += member.size
        _check_total(total)
        handle = archive.extractfile(member)
        assert handle is not None  # a regular file always has data
        yield name, handle.read()


def _zip_members(archive: Path) -> Iterator[tuple[str, bytes]]:
    total = 0
    with zipfile.ZipFile(archive) as opened:
        for info in opened.infolist():
            name = _safe_name(info.filename)
            if info.is_dir():
                continue
            check_zip_entry(info)
            kind = zip_entry_type(info)
            if kind != stat.S_IFREG:
                what = "a link" if kind == stat.S_IFLNK else "a special file"
                raise _refused(f"'{info.filename}' is {what}")
            total += info.file_size
            _check_total(total)
            yield name, opened.read(info)


def _safe_name(raw: str) -> str:
    try:
        return safe_member_name(raw)
    except UnsafeName as error:
        raise _refused(str(error)) from None


def _refused(reason: str) -> PackError:
    return PackError(
        f"This archive is not safe to install: {reason}. A course archive made by "
        "`tutor pack` never has this. Nothing was installed; ask for a fresh copy."
    )


def _check_total(total: int) -> None:
    if total > MAX_TOTAL_BYTES:
        raise _refused("it unpacks to more than 1 GB")


def _check_manifest(archive: Path, members: dict[str, bytes]) -> dict[str, object]:
    raw = members.pop(MANIFEST_NAME, None)
    try:
        manifest = json.loads(raw.decode("utf-8")) if raw is not None else None
    except (UnicodeDecodeError, ValueError):
        manifest = None
    if not isinstance(manifest, dict) or manifest.get("format") != MANIFEST_FORMAT:
        raise PackError(
            f"{archive.name} has no readable {MANIFEST_NAME}, so it was not made by "
            "`tutor pack`. Pack the course folder with: tutor pack COURSE_DIR -o FILE"
        )
    listed = manifest.get("files")
    if not isinstance(listed, dict):
        raise PackError(f"The manifest in {archive.name} has no list of files. Pack it again.")
    for name, data in members.items():
        if name not in listed:
            raise PackError(
                f"{archive.name} holds {name}, which its manifest does not list: the archive "
                "was changed after packing. Nothing was installed; ask for a fresh copy."
            )
        if hashlib.sha256(data).hexdigest() != listed[name]:
            raise PackError(
                f"{name} in {archive.name} does not match its checksum in the manifest: the "
                "archive was damaged or changed. Nothing was installed; ask for a fresh copy."
            )
    missing = sorted(set(listed) - set(members))
    if missing:
        raise PackError(
            f"{archive.name} is missing {missing[0]}, which its manifest lists: the archive is "
            "incomplete. Nothing was installed; copy it again."
        )
    if "lessons/course.toml" not in members:
        raise PackError(f"{archive.name} holds no lessons/course.toml, so it is not a course.")
    manifest["content_sha256"] = content_digest({str(k): str(v) for k, v in listed.items()})
    if manifest.get("name") in (None, ""):
        manifest["name"] = "course"
    # Both become the install folder's name: plain slugs only, never a path.
    try:
        check_slug(manifest["name"], "name")
        if manifest.get("version") not in (None, ""):
            check_slug(manifest["version"], "version")
    except UnsafeArchive as error:
        raise _refused(str(error)) from None
    return manifest


def _write_course(members: dict[str, bytes], courses: Path, target: Path) -> None:
    """Write into a sibling folder and rename it into place: a half-written course never shows."""
    building = Path(tempfile.mkdtemp(dir=courses, prefix=".installing-"))
    try:
        for name, data in members.items():
            path = building / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        _write_manifest_copy(members, building)
        os.rename(building, target)
    finally:
        if building.exists():
            shutil.rmtree(building, ignore_errors=True)


def _write_manifest_copy(members: dict[str, bytes], folder: Path) -> None:
    hashes = {name: hashlib.sha256(data).hexdigest() for name, data in members.items()}
    (folder / MANIFEST_NAME).write_text(
        json.dumps({"content_sha256": content_digest(hashes)}, indent=2) + "\n", encoding="utf-8"
    )


def _installed_digest(folder: Path) -> str | None:
    try:
        data = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data.get("content_sha256") if isinstance(data, dict) else None


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
