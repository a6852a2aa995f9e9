"""Reading archives someone else made (course archives, learners' exports) without trusting them.

An archive's names, sizes and entry count are checked before its data is
read: a name must stay inside the folder it is unpacked into, and a zip's
entry count and central directory size are read from its last bytes, so an
archive of 400,000 empty entries is refused in microseconds instead of being
listed (seconds and hundreds of MB). Names in manifests (a course's name and
version) must be plain slugs, since they become folder names.
"""

from __future__ import annotations

import re
import stat
import struct
import tarfile
import zipfile
from pathlib import Path, PurePosixPath

from tutor.errors import TutorError

# Far above any course or export (the bundled course has ~400 files).
MAX_ENTRIES = 20_000
# A zip's central directory holds ~50 bytes and the name per entry.
MAX_CENTRAL_DIRECTORY_BYTES = MAX_ENTRIES * 300
# Compression of real text and code stays far below this; a zip bomb is far above it.
MAX_RATIO = 200
RATIO_FROM_BYTES = 1024 * 1024  # small entries are not judged by their ratio
SLUG = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_END_OF_CENTRAL_DIRECTORY = b"PK\x05\x06"


class UnsafeArchive(TutorError, ValueError):
    """An archive (or a name in it) that is not safe to unpack; the message says why."""


class UnsafeName(UnsafeArchive):
    """An archive entry's name that would land outside the folder it is unpacked into."""


def safe_member_name(raw: str) -> str:
    """An archive entry's name, tidied ("./a//b" -> "a/b"); UnsafeName if it would escape."""
    name = raw.replace("\\", "/")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        raise UnsafeName(f"'{raw}' is an absolute path")
    parts = [part for part in PurePosixPath(name).parts if part not in ("", ".")]
    if ".." in parts:
        raise UnsafeName(f"'{raw}' climbs out of the folder with '..'")
    return "/".join(parts)


def zip_entry_type(info: zipfile.ZipInfo) -> int:
    """The entry's file type (stat.S_IFREG, S_IFLNK...); a plain file when none is stored."""
    kind = stat.S_IFMT(info.external_attr >> 16) if info.create_system == 3 else 0
    return kind or stat.S_IFREG


def check_zip_size(path: Path, most: int = MAX_ENTRIES) -> None:
    """UnsafeArchive if the zip lists more than `most` entries, read from its last bytes only.

    Python's zipfile reads the whole central directory when it opens an archive,
    whatever count the end record claims; so its size is capped too.
    """
    with path.open("rb") as handle:
        handle.seek(0, 2)
        size = handle.tell()
        handle.seek(max(0, size - 65_557))  # the end record, with the longest comment
        tail = handle.read()
    where = tail.rfind(_END_OF_CENTRAL_DIRECTORY)
    if where < 0 or len(tail) - where < 22:
        raise UnsafeArchive("it is not a zip archive (no end record)")
    entries, directory_bytes = struct.unpack("<HI", tail[where + 10 : where + 16])
    if entries == 0xFFFF or directory_bytes == 0xFFFFFFFF:
        raise UnsafeArchive(f"it is a ZIP64 archive, with more than {most} entries or 4 GB")
    if entries > most or directory_bytes > most * 300:
        raise UnsafeArchive(f"it holds more than {most} entries")


def check_zip_entry(info: zipfile.ZipInfo) -> None:
    """UnsafeArchive for an entry that unpacks far beyond its packed size (a zip bomb)."""
    if info.file_size > RATIO_FROM_BYTES and info.file_size > MAX_RATIO * max(
        info.compress_size, 1
    ):
        raise UnsafeArchive(
            f"'{info.filename}' would unpack to {info.file_size} bytes from "
            f"{info.compress_size}: more than {MAX_RATIO} times its packed size"
        )


def tar_members(archive: tarfile.TarFile, most: int = MAX_ENTRIES) -> list[tarfile.TarInfo]:
    """The entries of a tar archive, read header by header; UnsafeArchive after `most`."""
    found = []
    for member in archive:
        found.append(member)
        if len(found) > most:
            raise UnsafeArchive(f"it holds more than {most} entries")
    return found


def check_slug(value: object, what: str) -> str:
    """value, if it is a plain name fit for a folder (letters, digits, '-', '_', '.')."""
    if not isinstance(value, str) or not SLUG.fullmatch(value) or ".." in value:
        shown = repr(value)[:80]
        raise UnsafeArchive(
            f"its {what} {shown} is not a plain name (letters, digits, '-', '_' and '.', "
            "at most 64, starting with a letter or digit)"
        )
    return value
