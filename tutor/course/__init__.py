"""The lesson format: data model, loader, validation (lint).

course = load_course(Path("my-course"))
for problem in course.problems: print(problem)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from tutor.course.lint import format_problems, lint
from tutor.course.model import (
    Course,
    Exercise,
    ExerciseKind,
    Lesson,
    Mutant,
    Page,
    Problem,
    Question,
    Severity,
    Step,
    Track,
)

# The loader is imported on first use (PEP 562): a command whose course comes
# from the cache (cache.py) needs only the model, not the TOML parser.
_LAZY = {"load_course": "loader"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'tutor.course' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"tutor.course.{module}"), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


if TYPE_CHECKING:
    from tutor.course.loader import load_course

__all__ = [
    "Course",
    "Exercise",
    "ExerciseKind",
    "Lesson",
    "Mutant",
    "Page",
    "Problem",
    "Question",
    "Severity",
    "Step",
    "Track",
    "format_problems",
    "lint",
    "load_course",
]
