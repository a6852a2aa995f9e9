"""One lesson file -> a LessonDraft (or nothing, with the reasons reported)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from tutor.course.exercises import build_exercise
from tutor.course.model import Exercise, Lesson, Page, Problem
from tutor.course.paths import CoursePaths
from tutor.course.schema import LESSON_SCHEMA, validate
from tutor.course.source import TomlSource, read_toml

_LEADING_NUMBER = re.compile(r"^\d+[-_.]?")


@dataclass
class LessonDraft:
    """A lesson that read well on its own, before the course-wide checks."""

    id: str
    id_is_explicit: bool
    title: str
    track_id: str
    source: TomlSource
    summary: str
    requires: list[str]
    minutes: int | None
    pages: tuple[Page, ...]
    # (position in the file's [[exercises]], the exercise): the position finds its line
    exercises: list[tuple[int, Exercise]] = field(default_factory=list)

    def freeze(self) -> Lesson:
        return Lesson(
            id=self.id,
            title=self.title,
            track_id=self.track_id,
            path=self.source.path,
            summary=self.summary,
            requires=tuple(self.requires),
            minutes=self.minutes,
            pages=self.pages,
            exercises=tuple(exercise for _, exercise in self.exercises),
        )


@dataclass
class LessonRead:
    """What reading one lesson file gave."""

    draft: LessonDraft | None  # None: the lesson is left out
    claimed_id: str | None  # the id it would have, even when left out
    problems: list[Problem]
    source: TomlSource | None


def default_lesson_id(track_id: str, path: Path) -> str:
    """lessons/html/01-first-page.toml -> "html/first-page"."""
    stem = _LEADING_NUMBER.sub("", path.stem) or path.stem
    return f"{track_id}/{stem}"


def read_lesson(path: Path, track_id: str, paths: CoursePaths) -> LessonRead:
    source = read_toml(path)
    if isinstance(source, Problem):
        return LessonRead(None, None, [source], None)
    data = source.data
    explicit_id = data.get("id")
    lesson_id = explicit_id if isinstance(explicit_id, str) else default_lesson_id(track_id, path)
    broken_exercises: set[int] = set()
    lesson_ok = True
    for issue in validate(data, LESSON_SCHEMA):
        source.report(issue.path, issue.message)
        if not issue.fatal:
            continue
        if len(issue.path) >= 2 and issue.path[0] == "exercises" and isinstance(issue.path[1], int):
            broken_exercises.add(issue.path[1])  # only that exercise is left out
        else:
            lesson_ok = False
    if not lesson_ok:
        return LessonRead(None, lesson_id, source.problems, source)
    draft = LessonDraft(
        id=lesson_id,
        id_is_explicit=isinstance(explicit_id, str),
        title=data["title"],
        track_id=track_id,
        source=source,
        summary=data.get("summary", ""),
        requires=list(dict.fromkeys(data.get("requires", ()))),
        minutes=data.get("minutes"),
        pages=tuple(Page(page["title"], page["text"]) for page in data.get("pages", ())),
    )
    for index, raw in enumerate(data.get("exercises", ())):
        if index in broken_exercises:
            continue
        exercise = build_exercise(source, index, raw, lesson_id, track_id, paths)
        if exercise is not None:
            draft.exercises.append((index, exercise))
    if not draft.pages:
        no_pages = "this lesson has no [[pages]]: add at least one page that teaches the idea"
        source.warn(("title",), no_pages)
    if not draft.summary:
        source.warn(
            ("title",), "add a one-sentence 'summary' of what the learner will be able to do"
        )
    return LessonRead(draft, lesson_id, source.problems, source)
