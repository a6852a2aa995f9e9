"""`tutor progress --export FILE --learner NAME`: one learner's record, to hand in.

The export is a zip file:

    progress.json              the record (format below)
    files/<exercise id>/...    for each started or finished exercise, the learner's files

progress.json holds `format` ("tutor-progress"), `format_version` (1),
`learner`, `exported_at`, `tutor_version`, `course` (title, folder), one entry
per exercise in `exercises` (id, title, kind, status, attempts, hints,
time_spent_s, started_at, done_at, last_status, last_passed, last_total,
lesson, lesson_title, and for a started or finished exercise: `files`, the
names under files/<id>/; `last_check`, the learner's last check in short (see
tutor/last_check.py: which checks failed, their messages); for a finished one
`result`, the check run on those files at export time, in the `tutor check
--json` shape; `quiz_answers` for a quiz), and `checks`, every check ever run.

A git exercise's files include its .git folder, since its checks read the
repository. The instructor's `tutor report --verify` runs the checks again on
these files, so a record that was edited by hand does not hold up.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import stat
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tutor import __version__, kinds, last_check
from tutor.archives import (
    UnsafeArchive,
    check_zip_entry,
    check_zip_size,
    safe_member_name,
    zip_entry_type,
)
from tutor.course.model import Exercise
from tutor.errors import TutorError
from tutor.locations import make_private_file

if TYPE_CHECKING:
    from tutor.app_state import Tutor

EXPORT_FORMAT = "tutor-progress"
EXPORT_VERSION = 1
RECORD_NAME = "progress.json"
FILES_FOLDER = "files"
MAX_EXERCISE_BYTES = 20 * 1024 * 1024  # a finished exercise is small; above this, leave it out
MAX_EXPORT_BYTES = 1024 * 1024 * 1024  # refuse a "zip bomb" before unpacking it into memory
SKIPPED_NAMES = {"__pycache__", ".pytest_cache", ".tutor-exercise"}
FIXED_ZIP_TIME = (2000, 1, 1, 0, 0, 0)
LEARNER_SETTING = "learner"  # the name last given with --learner


class ExportError(TutorError):
    """An export cannot be written or read; the message says why and what to do."""


@dataclass
class LearnerExport:
    """One learner's export, read back: the record, and the names of its files in the zip."""

    path: Path
    learner: str
    record: dict[str, Any]
    files: dict[str, dict[str, str]] = field(default_factory=dict)  # id -> name -> zip entry

    @property
    def exercises(self) -> list[dict[str, Any]]:
        return list(self.record.get("exercises", []))

    def file_bytes(self, exercise_id: str, name: str) -> bytes:
        with zipfile.ZipFile(self.path) as archive:
            return archive.read(self.files[exercise_id][name])

    def files_size(self, exercise_id: str) -> int:
        """What one exercise's files unpack to (as the zip declares, which it cannot exceed)."""
        with zipfile.ZipFile(self.path) as archive:
            return sum(archive.getinfo(entry).file_size
                       for entry in self.files.get(exercise_id, {}).values())  # fmt: skip

    def write_files(self, exercise_id: str, folder: Path) -> None:
        """Lay one exercise's exported files out in folder, a fresh empty one (to run its
        checks there). Each file is made new: nothing that was there is followed or changed."""
        if any(folder.iterdir()):
            raise ExportError(f"The folder {folder} for {exercise_id}'s files is not empty.")
        with zipfile.ZipFile(self.path) as archive:
            for name, entry in self.files.get(exercise_id, {}).items():
                target = folder / name
                target.parent.mkdir(parents=True, exist_ok=True)
                with archive.open(entry) as source, open(target, "xb") as copy:
                    shutil.copyfileobj(source, copy)


# --- writing ----------------------------------------------------------------------


def export_progress(
    tutor: Tutor, learner: str, output: Path, regrade: bool = True
) -> dict[str, Any]:
    """Write the learner's export to output (a .zip); returns the record written.

    regrade: run each finished exercise's checks again on its files, for its `result`
    (the shared-folder export after every check leaves that out: it must be quick)."""
    learner = learner.strip()
    if not learner:
        raise ExportError(
            "Give the learner's name or seat label with --learner, like: --learner seat-04"
        )
    summary = tutor.progress.summary()
    entries: list[dict[str, Any]] = []
    files: dict[str, bytes] = {}
    for lesson in tutor.course.lessons:
        for exercise in lesson.exercises:
            record = summary.pop(exercise.id, None)
            entry = _entry(exercise.id, exercise.title, kinds.of(exercise).name, record)
            entry["status"] = tutor.status(exercise).value
            entry["lesson"], entry["lesson_title"] = lesson.id, lesson.title
            if record is not None:
                # Started ones too: the instructor reads what a stuck learner wrote.
                entry.update(_worked_on(tutor, exercise, files, grade=regrade and record.done))
                entry["last_check"] = last_check.recall(tutor.progress, exercise.id)
            entries.append(entry)
    for exercise_id, record in summary.items():
        # Work on an exercise the course no longer has is still the learner's work.
        entry = _entry(exercise_id, "(not in this course)", None, record)
        entry["status"] = "done" if record.done else "started"
        entries.append(entry)
    data = {
        "format": EXPORT_FORMAT,
        "format_version": EXPORT_VERSION,
        "learner": learner,
        "exported_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "tutor_version": __version__,
        "course": _course_record(tutor),
        "exercises": entries,
        "checks": tutor.progress.export_rows(),
    }
    _write_zip(output, data, files)
    tutor.progress.set_setting(LEARNER_SETTING, learner)  # the shared folder's exports use it
    return data


def _course_record(tutor: Any) -> dict[str, Any]:
    """The course's title, folder, version, fingerprint and install history (course_identity)."""
    from tutor.instructor.course_identity import identify, installs

    identity = identify(tutor.course_root, tutor.course.title)
    return {
        **identity.record(),
        "folder": str(tutor.course_root),
        "history": installs(tutor.progress),
    }


def _entry(exercise_id: str, title: str, kind: str | None, record: Any) -> dict[str, Any]:
    return {
        "id": exercise_id,
        "title": title,
        "kind": kind,
        "attempts": record.attempts if record else 0,
        "hints": record.hints if record else 0,
        "time_spent_s": round(record.time_spent_s, 1) if record else 0.0,
        "started_at": _iso(record.started_at) if record else None,
        "done_at": _iso(record.done_at) if record else None,
        "last_status": record.last_status if record else None,
        "last_passed": record.last_passed if record else None,
        "last_total": record.last_total if record else None,
    }


def _worked_on(
    tutor: Tutor, exercise: Exercise, files: dict[str, bytes], grade: bool
) -> dict[str, Any]:
    """The files of a started or finished exercise, for its export entry; grade: with the
    check run on them now (`result`)."""
    if not kinds.of(exercise).has_files:  # a quiz: its answers are the work
        answers = latest_quiz_answers(tutor, exercise)
        result = tutor.grader.grade_quiz(exercise, answers).to_dict() if grade else None
        return {"quiz_answers": {str(k): v for k, v in answers.items()}, "result": result}
    workspace = tutor.workspace(exercise)
    if not workspace.exists():
        return {"files": [], "result": None, "note": "the exercise folder is gone"}
    names = _workspace_files(workspace.path, keep_git=kinds.of(exercise).learner_owns_repository)
    size = sum((workspace.path / name).stat().st_size for name in names)
    if size > MAX_EXERCISE_BYTES:
        return {"files": [], "result": None, "note": f"left out: {size} bytes of files"}
    for name in names:
        files[f"{FILES_FOLDER}/{exercise.id}/{name}"] = (workspace.path / name).read_bytes()
    result = tutor.grader.grade(exercise, workspace.path).to_dict() if grade else None
    return {"files": names, "result": result}


def latest_quiz_answers(tutor: Tutor, exercise: Exercise) -> dict[int, str]:
    """Each question's last answer (the ones that count)."""
    return {a.question: a.answer for a in tutor.progress.quiz_answers(exercise.id)}


def _workspace_files(folder: Path, keep_git: bool) -> list[str]:
    names: list[str] = []
    for here, dirs, found in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED_NAMES and (keep_git or d != ".git"))
        for name in sorted(found):
            path = Path(here) / name
            if name in SKIPPED_NAMES or name.endswith(".pyc") or not _plain_file(path):
                continue
            names.append(path.relative_to(folder).as_posix())
    return names


def _plain_file(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.lstat().st_mode)
    except OSError:
        return False


def _write_zip(output: Path, record: dict[str, Any], files: dict[str, bytes]) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        text = json.dumps(record, indent=2, ensure_ascii=False) + "\n"
        archive.writestr(zipfile.ZipInfo(RECORD_NAME, FIXED_ZIP_TIME), text.encode("utf-8"))
        for name in sorted(files):
            info = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            archive.writestr(info, files[name])
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(output.name + ".partial")
    partial.touch(mode=0o600)  # the learner's work: theirs to hand in, not to share
    make_private_file(partial)
    partial.write_bytes(buffer.getvalue())
    os.replace(partial, output)


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


# --- reading ----------------------------------------------------------------------
#
# Exports come from learners' computers: each is checked before its data is read
# (entry count, sizes, names), only its record is held in memory, and an
# exercise's files are unpacked one exercise at a time, into a fresh folder, when
# `report --verify` runs its checks. A budget shared by every export of one report
# caps what they unpack to together.

MAX_RECORD_BYTES = 16 * 1024 * 1024
MAX_TOTAL_EXPORTS_BYTES = 4 * 1024 * 1024 * 1024
STATUSES = {"done", "started", "not started", "locked"}
# field -> the types it may have (None: may be missing or null)
ENTRY_FIELDS: dict[str, tuple[type, ...]] = {
    "title": (str, type(None)),
    "kind": (str, type(None)),
    "status": (str, type(None)),
    "attempts": (int, type(None)),
    "hints": (int, type(None)),
    "time_spent_s": (int, float, type(None)),
    "started_at": (str, type(None)),
    "done_at": (str, type(None)),
    "last_status": (str, type(None)),
    "last_passed": (int, type(None)),
    "last_total": (int, type(None)),
    "files": (list, type(None)),
    "result": (dict, type(None)),
    "quiz_answers": (dict, type(None)),
    "note": (str, type(None)),
    "lesson": (str, type(None)),
    "lesson_title": (str, type(None)),
    "last_check": (dict, type(None)),
}


@dataclass
class ReadBudget:
    """What all the exports of one report may unpack to, together."""

    left: int = MAX_TOTAL_EXPORTS_BYTES

    def take(self, path: Path, size: int) -> None:
        if size > self.left:
            raise ExportError(
                f"{path} was not read: with the exports before it, it would unpack to more "
                f"than {MAX_TOTAL_EXPORTS_BYTES // 1024**3} GB. Make the report in smaller groups."
            )
        self.left -= size


def load_export(path: Path, budget: ReadBudget | None = None) -> LearnerExport:
    """Read one learner's export (its record; files stay in the zip); ExportError if it
    is not one, or not safe to read."""
    if not path.is_file():
        raise ExportError(f"There is no file {path}. Check the name and the folder.")
    if not zipfile.is_zipfile(path):
        raise ExportError(
            f"{path} is not a progress export. Exports are the .zip files that "
            "`tutor progress --export FILE --learner NAME` writes on the learner's computer."
        )
    try:
        check_zip_size(path)
        with zipfile.ZipFile(path) as archive:
            return _read_export(path, archive, budget or ReadBudget())
    except UnsafeArchive as error:
        raise ExportError(f"{path} is not safe to read: {error}.") from None
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise ExportError(
            f"{path} is damaged ({error}). Ask the learner to export again."
        ) from None


def _read_export(path: Path, archive: zipfile.ZipFile, budget: ReadBudget) -> LearnerExport:
    infos = archive.infolist()
    for info in infos:
        check_zip_entry(info)
    declared = sum(info.file_size for info in infos)
    if declared > MAX_EXPORT_BYTES:
        raise ExportError(f"{path} is not safe to read: it unpacks to more than 1 GB.")
    try:
        info = archive.getinfo(RECORD_NAME)
        if info.file_size > MAX_RECORD_BYTES:
            raise ExportError(f"{path} is not safe to read: its {RECORD_NAME} is too big.")
        record = json.loads(archive.read(info).decode("utf-8"))
    except (KeyError, UnicodeDecodeError, ValueError) as error:
        raise ExportError(
            f"{path} has no readable {RECORD_NAME}, so it is not a progress export."
        ) from error
    if not isinstance(record, dict) or record.get("format") != EXPORT_FORMAT:
        raise ExportError(f"{path} is not a tutor progress export (wrong format).")
    _check_record(path, record)
    budget.take(path, declared)
    learner = record.get("learner")
    export = LearnerExport(path, learner if isinstance(learner, str) and learner else path.stem,
                           record)  # fmt: skip
    for info in infos:
        if info.is_dir() or info.filename == RECORD_NAME:
            continue
        name = safe_member_name(info.filename)
        if zip_entry_type(info) != stat.S_IFREG:
            raise ExportError(f"{path} is not safe to read: '{info.filename}' is a link.")
        parts = name.split("/", 2)
        if len(parts) == 3 and parts[0] == FILES_FOLDER:
            files = export.files.setdefault(parts[1], {})
            if parts[2] in files:
                raise ExportError(f"{path} is damaged: it holds {name} twice.")
            files[parts[2]] = info.filename
    for exercise_id, files in export.files.items():
        _check_no_file_is_a_folder(path, exercise_id, files)
    return export


def _check_record(path: Path, record: dict[str, Any]) -> None:
    """ExportError naming the field, for a record whose fields have the wrong types."""
    entries = record.get("exercises")
    if not isinstance(entries, list) or not all(
        isinstance(entry, dict) and isinstance(entry.get("id"), str) for entry in entries
    ):
        raise ExportError(
            f"{path} is damaged: its list of exercises cannot be read. "
            "Ask the learner to export again."
        )
    if not isinstance(record.get("learner"), (str, type(None))) or not isinstance(
        record.get("course", {}), dict
    ):
        raise ExportError(f"{path} is damaged: its learner or course cannot be read.")
    for entry in entries:
        for name, types in ENTRY_FIELDS.items():
            value = entry.get(name)
            if not isinstance(value, types) or isinstance(value, bool):
                raise ExportError(
                    f"{path} is damaged: exercise '{entry['id']}' has {name} = "
                    f"{json.dumps(value)[:60]}, which is not what an export writes there. "
                    "Ask the learner to export again."
                )
        answers = entry.get("quiz_answers") or {}
        if not all(str(key).isdigit() and isinstance(v, str) for key, v in answers.items()):
            raise ExportError(
                f"{path} is damaged: exercise '{entry['id']}' has quiz answers that cannot be "
                "read. Ask the learner to export again."
            )
        if entry.get("status") not in STATUSES | {None}:
            raise ExportError(
                f"{path} is damaged: exercise '{entry['id']}' has the status "
                f"{json.dumps(entry.get('status'))[:60]}. Ask the learner to export again."
            )


def _check_no_file_is_a_folder(path: Path, exercise_id: str, files: dict[str, str]) -> None:
    folders = {"/".join(name.split("/")[:depth]) for name in files
               for depth in range(1, name.count("/") + 1)}  # fmt: skip
    both = sorted(folders & set(files))
    if both:
        raise ExportError(
            f"{path} is damaged: in exercise '{exercise_id}', {both[0]} is both a file and a "
            "folder. Ask the learner to export again."
        )
