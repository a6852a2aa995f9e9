"""Which course, and which version of it: named in exports, compared by `tutor report --verify`.

A course is known by its title, its version label (from `tutor pack --course-version`,
when installed from an archive) and its fingerprint: a digest of every file `tutor
pack` would pack, so the same files give the same fingerprint on every computer.
Each `tutor course install` appends the installed course to a history in the
learner's progress settings; an export carries that history, so the report can
tell on which version each exercise was finished.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from tutor.instructor.packaging import MANIFEST_NAME, PackError, content_digest, course_files

HISTORY_SETTING = "course_history"
MAX_HISTORY = 50  # installs kept: plenty for a year of updates, small in an export


@dataclass(frozen=True)
class CourseIdentity:
    title: str
    version: str | None
    fingerprint: str

    @property
    def label(self) -> str:
        """How the version is named to a person: its label, else the fingerprint's start."""
        return self.version or self.fingerprint[:12]

    def record(self) -> dict[str, Any]:
        return {"title": self.title, "version": self.version, "fingerprint": self.fingerprint}


def identify(root: Path, title: str) -> CourseIdentity:
    """The identity of the course in root (title as the loader read it)."""
    try:
        files = course_files(root)
    except PackError:  # a symlink in the course: it has no packable identity
        files = {}
    hashes = {name: hashlib.sha256(path.read_bytes()).hexdigest() for name, path in files.items()}
    return CourseIdentity(title, _installed_version(root), content_digest(hashes))


def from_record(record: object) -> CourseIdentity | None:
    """An identity read from an export (None when the export is too old to carry one)."""
    if not isinstance(record, dict) or not isinstance(record.get("fingerprint"), str):
        return None
    version = record.get("version")
    return CourseIdentity(
        str(record.get("title") or ""),
        version if isinstance(version, str) and version else None,
        record["fingerprint"],
    )


def remember_install(progress: Any, identity: CourseIdentity, at: str) -> None:
    """Append the installed course to the learner's course history (a progress setting)."""
    history = installs(progress)
    if history and history[-1].get("fingerprint") == identity.fingerprint:
        return  # installed again: nothing changed for the learner
    history.append({**identity.record(), "installed_at": at})
    progress.set_setting(HISTORY_SETTING, history[-MAX_HISTORY:])


def installs(progress: Any) -> list[dict[str, Any]]:
    found = progress.get_setting(HISTORY_SETTING, [])
    return [entry for entry in found if isinstance(entry, dict)] if isinstance(found, list) else []


def done_on(course_record: object, done_at: object) -> CourseIdentity | None:
    """The course version an exercise finished at done_at was finished on, from an export.

    The last install before done_at; None when the export has no history (the
    learner never installed a course) or the exercise was done before any install.
    """
    if not isinstance(course_record, dict) or not isinstance(done_at, str):
        return None
    history = course_record.get("history")
    finished = _moment(done_at)
    if not isinstance(history, list) or finished is None:
        return None
    chosen = None
    for entry in history:
        installed = _moment(entry.get("installed_at")) if isinstance(entry, dict) else None
        if installed is not None and installed <= finished:
            chosen = from_record(entry)
    return chosen


def _moment(text: object) -> datetime | None:
    if not isinstance(text, str):
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _installed_version(root: Path) -> str | None:
    """The version label an installed course keeps beside it (see course_install)."""
    try:
        data = json.loads((root / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    version = data.get("version") if isinstance(data, dict) else None
    return version if isinstance(version, str) and version else None
