"""`tutor report --verify` and course versions: which course to check with, and what an
exercise finished on an older version of it means.

The exports name their course (course_identity). Without --course, the report
looks for that course among the courses at hand (the one this folder is in, the
installed ones, the bundled one) and refuses when none is it: checking a learner
against another course's same-named exercise would call honest work a lie.
An exercise finished on another version than the one at hand is shown as "done
on version X", with whether it also passes the current checks: a course update
that changed a check is not the learner's doing.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from tutor.errors import TutorError
from tutor.instructor.course_identity import CourseIdentity, done_on, from_record, identify
from tutor.instructor.export import LearnerExport


@dataclass(frozen=True)
class Verdict:
    """What checking one exercise of an export again found."""

    holds: bool | None  # None: it could not be checked (the note says why)
    note: str
    tampering: str | None = None  # what the learner's code did to the checks, when they ran again


class WrongCourse(TutorError):
    """No course at hand is the exports' course; the message says what to do."""


def course_at_hand(exports: list[LearnerExport], candidates: list[Path]) -> Path | None:
    """The candidate course folder that is the exports' course (same files, else same title).

    None when the exports are too old to name their course: the caller keeps its
    old default. Raises WrongCourse when they name one and no candidate is it.
    """
    named = [identity for e in exports if (identity := from_record(e.record.get("course")))]
    if not named:
        return None
    seen: dict[str, CourseIdentity] = {}
    folders = []
    for folder in candidates:
        key = os.path.abspath(folder)
        if key in seen or not (folder / "lessons" / "course.toml").is_file():
            continue
        seen[key] = identify(folder, _title(folder))
        folders.append(folder)
    fingerprints = Counter(identity.fingerprint for identity in named)
    for fingerprint, _count in fingerprints.most_common():
        for folder in folders:
            if seen[os.path.abspath(folder)].fingerprint == fingerprint:
                return folder
    titles = {identity.title for identity in named}
    for folder in folders:
        if seen[os.path.abspath(folder)].title in titles:
            return folder  # the same course, another version: each exercise says which
    wanted = named[0]
    here = ", ".join(f"'{seen[os.path.abspath(f)].title}' in {f}" for f in folders[:3]) or "none"
    raise WrongCourse(
        f"These exports are from the course '{wanted.title}' (version {wanted.label}), and no "
        f"course here is that course (courses here: {here}). Checking them against another "
        "course would flag honest work. Give the learners' course with --course DIR: the "
        "folder you packed, or install its archive with `tutor course install`."
    )


def courses_at_hand() -> list[Path]:
    """The course folder this folder is in, the active and other installed courses, the bundled."""
    from tutor import locations
    from tutor.instructor.course_install import active_course
    from tutor.locations import find_course_root

    home = locations.home_dir()
    installed = sorted((home / "courses").glob("*/")) if (home / "courses").is_dir() else []
    found = [find_course_root(Path.cwd()), active_course(home), *installed]
    return [path for path in found if path is not None] + [locations.bundled_course_dir()]


def with_version(
    verdict: Verdict, entry: dict[str, object], course_record: object, current: CourseIdentity
) -> Verdict:
    """The verdict for an exercise finished on another version of the course, said so."""
    finished_on = done_on(course_record, entry.get("done_at")) or from_record(course_record)
    if (
        finished_on is None
        or finished_on.fingerprint == current.fingerprint
        or verdict.tampering
        or verdict.holds is None
    ):
        return verdict
    if verdict.holds:
        return Verdict(True, f"done on version {finished_on.label}; it passes the current checks")
    exported = from_record(course_record)
    if current.version is None and exported and exported.fingerprint == current.fingerprint:
        current = exported  # the course folder itself has no label; the learner's copy has
    # Why the checks fail now, without the guess that the files or record were changed
    # after the exercise was finished: the course changed, which explains it.
    why = verdict.note.removeprefix("the record says done, but ").split(" (the check run at")[0]
    return Verdict(
        None,
        f"done on version {finished_on.label}; the course here is version {current.label}, "
        f"and its checks changed since: {why}",
    )


def _title(folder: Path) -> str:
    from tutor.course import load_course

    return load_course(folder).title
