"""A course folder -> a Course, with every problem found along the way.

load_course never raises for bad course files: each problem becomes a
Problem in course.problems, a broken lesson or exercise is left out, and the
rest load. What leaves what out (see docs/lesson-format.md):

- a file that is not valid TOML, or whose lesson-level keys have the wrong
  type or are missing: that lesson;
- an exercise with a wrong type, a missing file, an unsafe path or a
  duplicate id: that exercise;
- unknown keys, bad `requires` entries: nothing (the key or entry is ignored).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from tutor.course.lessons import LessonDraft, LessonRead, read_lesson
from tutor.course.model import Course, Exercise, LeftOut, Problem, Severity, Track
from tutor.course.paths import CoursePaths, Status
from tutor.course.requires import check_requires
from tutor.course.schema import COURSE_SCHEMA, validate
from tutor.course.source import TomlSource, read_toml

COURSE_FILE = Path("lessons") / "course.toml"


@dataclass
class _TrackEntry:
    id: str
    title: str
    folder: Path
    line: int | None  # of its id in course.toml
    lessons: list[LessonDraft] = field(default_factory=list)


@dataclass
class _CourseFile:
    title: str
    show_solutions: bool = True
    terminal: bool = True
    share_folder: str | None = None
    tracks: list[_TrackEntry] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def load_course(root: Path) -> Course:
    """Read the course in `root` (the folder holding lessons/ and exercises/)."""
    # Absolute, because other parts keep exercise folders after the cwd changes;
    # not resolve()d, so the author's own path (maybe through a symlink) is what they see.
    root = Path(os.path.abspath(root))
    paths = CoursePaths(root)
    settings = _read_course_file(root, paths)
    problems = list(settings.problems)
    reads: list[LessonRead] = []
    for track in settings.tracks:
        files = _toml_files(track.folder)
        if not files:
            message = f"the track '{track.id}' has no lesson files in lessons/{track.id}/ yet"
            problems.append(Problem(root / COURSE_FILE, track.line, message, Severity.WARNING))
        for path, is_link in files:
            if is_link and paths.find(track.folder, path.name).status is Status.OUTSIDE:
                message = "this lesson file is a symlink that leads outside the course folder"
                problems.append(Problem(path, None, message))
                continue
            read = read_lesson(path, track.id, paths)
            reads.append(read)
            if read.draft is not None:
                track.lessons.append(read.draft)
    problems += _stray_lesson_files(root / "lessons", {track.id for track in settings.tracks})
    left_out = [gone for read in reads for gone in read.left_out]
    _drop_duplicates(settings.tracks, left_out)
    drafts = [draft for track in settings.tracks for draft in track.lessons]
    claimed = {read.claimed_id for read in reads if read.claimed_id is not None}
    check_requires(drafts, claimed)
    for read in reads:
        # Sources collect the course-wide problems too, so read them last.
        problems += read.source.problems if read.source is not None else read.problems
    return Course(
        title=settings.title,
        root=root,
        tracks=[
            Track(track.id, track.title, tuple(draft.freeze() for draft in track.lessons))
            for track in settings.tracks
        ],
        problems=problems,
        show_solutions=settings.show_solutions,
        terminal=settings.terminal,
        share_folder=settings.share_folder,
        left_out=left_out,
    )


def _read_course_file(root: Path, paths: CoursePaths) -> _CourseFile:
    path = root / COURSE_FILE
    settings = _CourseFile(title=root.resolve().name or "Course")
    if not path.is_file():
        settings.problems.append(
            Problem(
                path,
                None,
                "there is no lessons/course.toml; every course needs one to name its tracks",
            )
        )
        return settings
    source = read_toml(path)
    if isinstance(source, Problem):
        settings.problems.append(source)
        return settings
    data = source.data
    bad_tracks: set[int] = set()
    for issue in validate(data, COURSE_SCHEMA):
        source.report(issue.path, issue.message)
        if issue.fatal and len(issue.path) >= 2 and issue.path[0] == "tracks":
            bad_tracks.add(int(issue.path[1]))
    if isinstance(data.get("title"), str) and data["title"]:
        settings.title = data["title"]
    if isinstance(data.get("show_solutions"), bool):
        settings.show_solutions = data["show_solutions"]
    if isinstance(data.get("terminal"), bool):
        settings.terminal = data["terminal"]
    if isinstance(data.get("share_folder"), str) and data["share_folder"].strip():
        settings.share_folder = data["share_folder"].strip()
    tracks = data["tracks"] if isinstance(data.get("tracks"), list) else []
    for index, track in enumerate(tracks):
        if index not in bad_tracks:
            _add_track(settings, source, paths, index, track)
    settings.problems += source.problems
    return settings


def _add_track(
    settings: _CourseFile, source: TomlSource, paths: CoursePaths, index: int, track: dict[str, str]
) -> None:
    key = ("tracks", index, "id")
    if any(known.id == track["id"] for known in settings.tracks):
        source.report(key, f"the track '{track['id']}' is listed twice")
        return
    found = paths.find(paths.root, f"lessons/{track['id']}")
    if found.status is Status.OUTSIDE:
        message = (
            f"the track folder lessons/{track['id']}/ is a symlink that leads outside the course"
        )
        source.report(key, message)
        return
    if found.status is Status.MISSING or not found.is_dir:
        source.report(key, f"the track folder lessons/{track['id']}/ does not exist")
        return
    folder = Path(found.path)
    settings.tracks.append(_TrackEntry(track["id"], track["title"], folder, source.line_of(key)))


def _toml_files(folder: Path) -> list[tuple[Path, bool]]:
    """A folder's .toml files in name order (which is lesson order), and which are symlinks."""
    try:
        with os.scandir(folder) as entries:
            found = [
                (entry.name, entry.is_symlink())
                for entry in entries
                if entry.name.endswith(".toml") and entry.is_file()
            ]
    except OSError:
        return []
    return [(folder / name, is_link) for name, is_link in sorted(found)]


def _stray_lesson_files(lessons: Path, track_ids: set[str]) -> list[Problem]:
    """Lesson files no track lists: an author would expect them to show up."""
    problems = []
    try:
        with os.scandir(lessons) as entries:
            found = sorted((entry.name, entry.is_dir()) for entry in entries)
    except OSError:
        return []
    for name, is_dir in found:
        path = lessons / name
        if is_dir and name not in track_ids and _toml_files(path):
            problems.append(
                Problem(
                    path,
                    None,
                    f"this folder holds lesson files, but course.toml has no track '{name}'; "
                    f'add [[tracks]] with id = "{name}", or the lessons are not shown',
                    Severity.WARNING,
                )
            )
        elif not is_dir and name.endswith(".toml") and name != "course.toml":
            problems.append(
                Problem(
                    path,
                    None,
                    "lesson files belong in a track folder, like lessons/html/01-first-page.toml",
                    Severity.WARNING,
                )
            )
    return problems


def _drop_duplicates(tracks: list[_TrackEntry], left_out: list[LeftOut]) -> None:
    """Two lessons or exercises with one id: the first keeps it, the later one is left out."""
    lessons: dict[str, LessonDraft] = {}
    exercises: dict[str, LessonDraft] = {}
    for track in tracks:
        kept = []
        for draft in track.lessons:
            first = lessons.setdefault(draft.id, draft)
            if first is not draft:
                origin = (
                    ""
                    if draft.id_is_explicit
                    else " (made from the file name; set 'id' to choose another)"
                )
                draft.source.report(
                    ("id",),
                    f"the lesson id '{draft.id}'{origin} is already used by {first.source.path}; "
                    f"this lesson is left out",
                )
                gone = draft.source.problems[-1]
                left_out.append(LeftOut("lesson", draft.id, gone.path, gone.line, gone.message))
                continue
            kept.append(draft)
            unique: list[tuple[int, Exercise]] = []
            for index, exercise in draft.exercises:
                owner = exercises.setdefault(exercise.id, draft)
                if owner is not draft or any(other.id == exercise.id for _, other in unique):
                    draft.source.report(
                        ("exercises", index, "id"),
                        f"the exercise id '{exercise.id}' is already used in {owner.source.path}; "
                        f"exercise ids must be unique in the whole course, so this one is left out",
                    )
                    gone = draft.source.problems[-1]
                    left_out.append(
                        LeftOut("exercise", exercise.id, gone.path, gone.line, gone.message)
                    )
                    continue
                unique.append((index, exercise))
            draft.exercises = unique
        track.lessons = kept
