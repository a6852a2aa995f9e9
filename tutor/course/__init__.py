"""The lesson format: data model, loader, validation (lint).

course = load_course(Path("my-course"))
for problem in course.problems: print(problem)
"""

from tutor.course.lint import format_problems, lint
from tutor.course.loader import load_course
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
