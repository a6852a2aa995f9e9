"""The lesson format: data model, loader, validation (lint).

course = load_course(Path("my-course"))
for problem in course.problems: print(problem)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.course.lint import format_problems, lint
from tutor.course.model import (
    Course,
    Exercise,
    ExerciseKind,
    Lesson,
    Page,
    Problem,
    Severity,
    Step,
    Track,
)
from tutor.lazy import lazy_attributes

# The loader is imported on first use (PEP 562): a command whose course comes
# from the cache (cache.py) needs only the model, not the TOML parser.
__getattr__ = lazy_attributes(__name__, {"load_course": "loader"})


if TYPE_CHECKING:
    from tutor.course.loader import load_course

__all__ = [
    "Course",
    "Exercise",
    "ExerciseKind",
    "Lesson",
    "Page",
    "Problem",
    "Severity",
    "Step",
    "Track",
    "format_problems",
    "lint",
    "load_course",
]
