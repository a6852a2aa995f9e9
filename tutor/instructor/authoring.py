"""`tutor new`: scaffold a lesson, or an exercise of one kind, from the templates.

The templates live in tutor/instructor/templates/: `lesson.toml` (the head of a lesson
file) and `exercise/<kind>/` (an `exercise.toml` section appended to the
lesson, and a `files/` folder copied to exercises/<path>/). Each template is a
small exercise that works, so `tutor lint` and `tutor verify` pass on a fresh
scaffold; its TODO lines mark the placeholders the instructor replaces.
"""

from __future__ import annotations

import os
import re
import shutil
import string
import sys
from dataclasses import dataclass, field
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10
    import tomli as tomllib

from tutor.course.loader import load_course
from tutor.course.model import Course, Lesson
from tutor.course.schema import LESSON_SCHEMA, SCHEMA_DIR
from tutor.errors import TutorError

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
SCHEMA_FILE = SCHEMA_DIR / LESSON_SCHEMA

# html, css, js, sql, dom and jstest are "tests" exercises, checked with the matching
# fixture (jstest: *.test.js files); jstdd is a "tdd" exercise whose tests are JavaScript.
EXERCISE_KINDS = (
    "tests", "html", "css", "js", "sql", "git", "tdd", "quiz", "dom", "jstest", "jstdd",
    "project",
)  # fmt: skip
ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
NUMBERED = re.compile(r"^(\d+)-")


class AuthoringError(TutorError):
    """What the instructor asked for cannot be made; the message says why and what to do."""


@dataclass
class Scaffold:
    """What a `tutor new` command made or changed, for the command to report."""

    lesson_file: Path
    exercise_id: str | None = None
    created: list[Path] = field(default_factory=list)
    changed: list[Path] = field(default_factory=list)


def new_lesson(course_root: Path, track_and_name: str, kind: str = "tests") -> Scaffold:
    """Make lessons/TRACK/NN-NAME.toml with one page and one exercise of `kind`."""
    track, name = _split_lesson_name(track_and_name)
    _check_kind(kind)
    course = _load(course_root)
    lessons_dir = course_root / "lessons" / track
    existing = sorted(lessons_dir.glob("*.toml")) if lessons_dir.is_dir() else []
    for path in existing:
        if NUMBERED.sub("", path.stem) == name:
            raise AuthoringError(
                f"The track '{track}' already has a lesson called '{name}': {path}. "
                "Choose another name, or add an exercise to it with: "
                f"tutor new exercise {track}/{name} KIND"
            )
    numbers = [int(m.group(1)) for p in existing if (m := NUMBERED.match(p.name))]
    number = max(numbers, default=0) + 1
    lesson_file = lessons_dir / f"{number:02d}-{name}.toml"
    scaffold = Scaffold(lesson_file)
    if not _track_listed(course_root, track):
        _add_track(course_root, track)
        scaffold.changed.append(course_root / "lessons" / "course.toml")
    exercise_id = _free_id(course, name, track)
    head = _fill(
        (TEMPLATES_DIR / "lesson.toml").read_text(encoding="utf-8"),
        schema=_schema_reference(lessons_dir),
        title=f"TODO: {name.replace('-', ' ').capitalize()}",
    )
    section, folder = _exercise_section(kind, exercise_id, f"{track}/{exercise_id}")
    lessons_dir.mkdir(parents=True, exist_ok=True)
    _copy_exercise_files(kind, course_root, folder, scaffold)
    lesson_file.write_text(head + section, encoding="utf-8")
    scaffold.created.insert(0, lesson_file)
    scaffold.exercise_id = exercise_id
    return scaffold


def new_course(folder: Path, title: str | None = None) -> Scaffold:
    """Make a course in folder: lessons/course.toml and a first lesson that lints and verifies."""
    course_file = folder / "lessons" / "course.toml"
    if course_file.exists():
        raise AuthoringError(
            f"There is a course in {folder} already ({course_file}). Add a lesson to it "
            "with: tutor new lesson TRACK/NAME (run it inside that folder)."
        )
    if folder.exists() and not folder.is_dir():
        raise AuthoringError(f"{folder} is a file, not a folder. Give a new folder's name.")
    if folder.is_dir() and any(folder.iterdir()):
        raise AuthoringError(
            f"The folder {folder} is not empty, and I will not mix a course into it. "
            "Give a new folder's name, like: tutor new course ~/my-course"
        )
    if title is None:
        title = f"TODO: {folder.name.replace('-', ' ').capitalize()} (a title for the course)"
    course_file.parent.mkdir(parents=True, exist_ok=True)
    course_file.write_text(
        "# A course made by `tutor new course`. The tracks are listed in the order\n"
        "# learners meet them; `tutor new lesson TRACK/NAME` adds one when needed.\n"
        f'title = "{_toml_text(title)}"\n',
        encoding="utf-8",
    )
    made = new_lesson(folder, "basics/first-lesson")
    made.created.insert(0, course_file)
    made.changed.remove(course_file)
    return made


def new_exercise(
    course_root: Path, lesson_ref: str, kind: str, exercise_id: str | None = None
) -> Scaffold:
    """Append an exercise of `kind` to a lesson, and make its folder under exercises/."""
    _check_kind(kind)
    course = _load(course_root)
    lesson = find_lesson(course, lesson_ref)
    if exercise_id is None:
        lesson_name = lesson.id.rsplit("/", 1)[-1]
        exercise_id = _free_id(course, f"{lesson_name}-{kind}", lesson.track_id)
    else:
        _check_id(exercise_id, "exercise id")
        if course.exercise(exercise_id) is not None:
            raise AuthoringError(
                f"The exercise id '{exercise_id}' is already used in this course; ids are "
                "unique in the whole course. Choose another with --id."
            )
    section, folder = _exercise_section(kind, exercise_id, f"{lesson.track_id}/{exercise_id}")
    scaffold = Scaffold(lesson.path, exercise_id)
    _copy_exercise_files(kind, course_root, folder, scaffold)
    text = lesson.path.read_text(encoding="utf-8")
    if not text.endswith("\n"):
        text += "\n"
    lesson.path.write_text(text + section, encoding="utf-8")
    scaffold.changed.append(lesson.path)
    return scaffold


def find_lesson(course: Course, lesson_ref: str) -> Lesson:
    """A lesson by id (`html/first-page`) or by its file's path."""
    # A path may be given from here or from the course folder.
    wanted = {Path(os.path.abspath(lesson_ref)), Path(os.path.abspath(course.root / lesson_ref))}
    for lesson in course.lessons:
        if lesson.id == lesson_ref or Path(os.path.abspath(lesson.path)) in wanted:
            return lesson
    known = ", ".join(lesson.id for lesson in course.lessons[:6]) or "none yet"
    broken = [p for p in course.errors if Path(os.path.abspath(p.path)) in wanted]
    if broken:
        raise AuthoringError(
            f"The lesson file {lesson_ref} has errors, so the tutor leaves it out. "
            f"Fix them first (see: tutor lint {lesson_ref})."
        )
    raise AuthoringError(
        f"There is no lesson '{lesson_ref}' in {course.root}. Give a lesson id like "
        f"'html/first-page' or the path of a lesson file (lessons here: {known})."
    )


# --- pieces ----------------------------------------------------------------------


def _load(course_root: Path) -> Course:
    if not (course_root / "lessons" / "course.toml").is_file():
        raise AuthoringError(
            f"There is no course in {course_root}: it needs a file lessons/course.toml. "
            "Go to your course folder, or give it with --course DIR."
        )
    return load_course(course_root)


def _split_lesson_name(track_and_name: str) -> tuple[str, str]:
    parts = track_and_name.strip("/").split("/")
    if len(parts) != 2:
        raise AuthoringError(
            f"'{track_and_name}' is not TRACK/NAME. Write the track and the lesson's name "
            "with one / between them, like: tutor new lesson html/tables"
        )
    _check_id(parts[0], "track name")
    _check_id(parts[1], "lesson name")
    return parts[0], parts[1]


def _check_id(text: str, what: str) -> None:
    if not ID_PATTERN.match(text):
        raise AuthoringError(
            f"The {what} '{text}' may only hold letters, digits, '-', '_' and '.', and must "
            "start with a letter or digit (it becomes a folder name and a command argument)."
        )


def _check_kind(kind: str) -> None:
    if kind not in EXERCISE_KINDS:
        raise AuthoringError(
            f"'{kind}' is not a kind of exercise I can make. Choose one of: "
            + ", ".join(EXERCISE_KINDS)
            + "."
        )


def _free_id(course: Course, wanted: str, track: str) -> str:
    """wanted, or wanted-2, wanted-3...: the first id the course and its folders do not use."""
    _check_id(wanted, "exercise id")
    candidate, number = wanted, 1
    while (
        course.exercise(candidate) is not None
        or (course.root / "exercises" / track / candidate).exists()
    ):
        number += 1
        candidate = f"{wanted}-{number}"
    return candidate


def _schema_reference(lessons_dir: Path) -> str:
    """The lesson schema's path as the `#:schema` line wants it: relative to the lesson file."""
    try:
        return Path(os.path.relpath(SCHEMA_FILE, lessons_dir.resolve())).as_posix()
    except ValueError:  # another drive on Windows: no relative path exists
        return SCHEMA_FILE.as_uri()


def _toml_text(value: str) -> str:
    """value made safe inside a TOML "..." string."""
    return value.replace("\\", "\\\\").replace('"', '\\"')


def _fill(template: str, **values: str) -> str:
    return string.Template(template).substitute(
        {key: _toml_text(value) for key, value in values.items()}
    )


def _exercise_section(kind: str, exercise_id: str, path: str) -> tuple[str, str | None]:
    """The [[exercises]] text for the lesson file, and the exercise folder (None for a quiz)."""
    template = (TEMPLATES_DIR / "exercise" / kind / "exercise.toml").read_text(encoding="utf-8")
    title = exercise_id.replace("-", " ").capitalize()
    section = _fill(template, id=exercise_id, title=title, path=path)
    has_folder = (TEMPLATES_DIR / "exercise" / kind / "files").is_dir()
    return section, path if has_folder else None


def _copy_exercise_files(
    kind: str, course_root: Path, folder: str | None, scaffold: Scaffold
) -> None:
    if folder is None:
        return
    target = course_root / "exercises" / folder
    if target.exists():
        raise AuthoringError(
            f"The folder {target} already exists, and I will not overwrite it. "
            "Choose another exercise id with --id, or move that folder away."
        )
    shutil.copytree(
        TEMPLATES_DIR / "exercise" / kind / "files",
        target,
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )
    scaffold.created.append(target)


def _track_listed(course_root: Path, track: str) -> bool:
    """Whether course.toml lists the track (the course may leave out an empty one)."""
    course_file = course_root / "lessons" / "course.toml"
    try:
        data = tomllib.loads(course_file.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise AuthoringError(
            f"{course_file} cannot be read ({error}). Fix it first (see: tutor lint)."
        ) from error
    tracks = data.get("tracks", []) if isinstance(data, dict) else []
    return any(isinstance(t, dict) and t.get("id") == track for t in tracks)


def _add_track(course_root: Path, track: str) -> None:
    """Append a [[tracks]] entry to course.toml (the new lessons would be hidden without it)."""
    course_file = course_root / "lessons" / "course.toml"
    text = course_file.read_text(encoding="utf-8")
    title = f"TODO: {track} (a title for the track)"
    entry = f'\n[[tracks]]\nid = "{track}"\ntitle = "{title}"\n'
    new_text = (text if text.endswith("\n") else text + "\n") + entry
    tomllib.loads(new_text)  # raises if appending broke the file: then leave it as it was
    course_file.write_text(new_text, encoding="utf-8")
