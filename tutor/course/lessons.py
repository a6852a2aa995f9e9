"""One lesson file -> a LessonDraft (or nothing, with the reasons reported)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from tutor.course.exercises import build_exercise
from tutor.course.model import Exercise, LeftOut, Lesson, Page, Problem, Severity
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
    left_out: list[LeftOut] = field(default_factory=list)


def default_lesson_id(track_id: str, path: Path) -> str:
    """lessons/html/01-first-page.toml -> "html/first-page"."""
    stem = _LEADING_NUMBER.sub("", path.stem) or path.stem
    return f"{track_id}/{stem}"


def _likely_id(path: Path, track_id: str) -> str:
    """The id an unreadable lesson file gives itself (an `id = "..."` line), else its default."""
    try:
        text = path.read_text(encoding="utf-8-sig", errors="replace")
    except OSError:
        return default_lesson_id(track_id, path)
    head = re.split(r"^\s*\[", text, maxsplit=1, flags=re.MULTILINE)[0]
    found = re.search(r"""^\s*id\s*=\s*["']([^"'\n]+)["']""", head, re.MULTILINE)
    return found.group(1) if found else default_lesson_id(track_id, path)


def read_lesson(path: Path, track_id: str, paths: CoursePaths) -> LessonRead:
    source = read_toml(path)
    if isinstance(source, Problem):
        # The file cannot be read, but the lesson is still there: claim the id it
        # most likely has, so a lesson that requires it is not blamed as well.
        likely = _likely_id(path, track_id)
        gone = LeftOut("lesson", likely, path, source.line, source.message)
        return LessonRead(None, likely, [source], None, [gone])
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
        first = _first_error(source.problems)
        gone = LeftOut("lesson", lesson_id, path, first.line if first else None, _why(first))
        return LessonRead(None, lesson_id, source.problems, source, [gone])
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
    left_out: list[LeftOut] = []
    for index, raw in enumerate(data.get("exercises", ())):
        before = len(source.problems)
        exercise = None
        if index not in broken_exercises:
            exercise = build_exercise(source, index, raw, lesson_id, track_id, paths)
        if exercise is not None:
            draft.exercises.append((index, exercise))
            continue
        if index in broken_exercises:  # its schema errors were reported before
            reasons = _problems_within(source, index, len(data["exercises"]))
        else:
            reasons = source.problems[before:]
        first = _first_error(reasons)
        exercise_id = raw.get("id") if isinstance(raw, dict) else None
        line = first.line if first and first.line else source.section_line("exercises", index)
        left_out.append(
            LeftOut(
                "exercise",
                exercise_id if isinstance(exercise_id, str) else None,
                path,
                line,
                _why(first),
            )
        )
    if not draft.pages:
        no_pages = "this lesson has no [[pages]]: add at least one page that teaches the idea"
        source.warn(("title",), no_pages)
    if not draft.summary:
        source.warn(
            ("title",), "add a one-sentence 'summary' of what the learner will be able to do"
        )
    return LessonRead(draft, lesson_id, source.problems, source, left_out)


def _problems_within(source: TomlSource, index: int, count: int) -> list[Problem]:
    """The problems reported on lines of the index-th [[exercises]] section."""
    start = source.section_line("exercises", index) or 0
    end = source.section_line("exercises", index + 1) if index + 1 < count else None
    return [
        p
        for p in source.problems
        if p.line is not None and p.line >= start and (end is None or p.line < end)
    ]


def _first_error(problems: list[Problem]) -> Problem | None:
    return next((p for p in problems if p.severity is Severity.ERROR), None)


def _why(problem: Problem | None) -> str:
    if problem is None:
        return "it has an error (see: tutor lint)"
    return problem.message
