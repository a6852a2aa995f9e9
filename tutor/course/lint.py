"""`tutor lint`: every problem in a course, for instructors.

lint() is load_course() plus checks too slow for every start of the tutor
(they read test files), filtered to the paths asked about.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from tutor.course.model import Course, Problem, Severity


def lint(root: Path, paths: list[Path] | None = None) -> list[Problem]:
    """All problems of the course in `root`, or only those in files under `paths`."""
    # Not at import: tutor.course imports lint.
    from tutor.course.loader import load_course
    from tutor.course.pointers import pointer_problems

    course = load_course(root)
    problems = (
        course.problems
        + _step_problems(course)
        + _quiz_problems(course)
        + _unreadable_test_files(course)
        + pointer_problems(root)
    )
    if not paths:
        return problems
    wanted = [Path(os.path.abspath(path)) for path in paths]
    return [problem for problem in problems if _is_under(problem.path, wanted)]


def format_problems(problems: list[Problem], base: Path | None = None) -> str:
    """One `path:line: message` per line, sorted by path and line, then a count.

    Paths are shown relative to `base` (default: the current folder) where
    they are inside it, so editors and terminals can jump to them.
    """
    base = Path(os.path.abspath(base or Path.cwd()))
    ordered = sorted(problems, key=lambda p: (str(p.path), p.line or 0, p.column or 0, p.message))
    lines = [str(_relative(problem, base)) for problem in ordered]
    errors = sum(1 for problem in problems if problem.severity is Severity.ERROR)
    warnings = len(problems) - errors
    lines.append(f"{_count(errors, 'error')}, {_count(warnings, 'warning')}")
    return "\n".join(lines)


def _count(number: int, word: str) -> str:
    return f"{number} {word}" + ("" if number == 1 else "s")


def _relative(problem: Problem, base: Path) -> Problem:
    absolute = Path(os.path.abspath(problem.path))
    try:
        shown = absolute.relative_to(base)
    except ValueError:
        return problem
    return Problem(shown, problem.line, problem.message, problem.severity, problem.column)


def _is_under(path: Path, wanted: list[Path]) -> bool:
    absolute = Path(os.path.abspath(path))
    return any(absolute == folder or folder in absolute.parents for folder in wanted)


def _step_problems(course: Course) -> list[Problem]:
    """Steps name tests by function name: warn when no test file defines that name."""
    problems = []
    for lesson in course.lessons:
        for exercise in lesson.exercises:
            if not exercise.steps:
                continue
            source = ""
            for name in (*exercise.tests, *exercise.hidden):
                try:
                    source += (exercise.folder / name).read_text(encoding="utf-8", errors="replace")
                except OSError:
                    continue
            defined = set(re.findall(r"^\s*(?:async\s+)?def\s+(\w+)", source, re.MULTILINE))
            for step in exercise.steps:
                for test in step.tests:
                    name = test.rsplit("::", 1)[-1]
                    if name not in defined:
                        problems.append(
                            Problem(
                                lesson.path,
                                exercise.line,
                                f"exercise '{exercise.id}', step '{step.title}': no test file "
                                f"of this exercise defines a test named '{name}'",
                                Severity.WARNING,
                            )
                        )
    return problems


def _quiz_problems(course: Course) -> list[Problem]:
    """Warn when every right answer of a quiz is the same choice: pressing 1 each time passes."""
    problems = []
    for lesson in course.lessons:
        for exercise in lesson.exercises:
            questions = getattr(exercise.details, "questions", ())
            places = [
                question.choices.index(question.answer[0])
                for question in questions
                if len(question.choices) > 1
                and len(question.answer) == 1
                and question.answer[0] in question.choices
            ]
            if len(places) >= 3 and len(set(places)) == 1:
                problems.append(
                    Problem(
                        lesson.path,
                        exercise.line,
                        f"quiz '{exercise.id}': every right answer is choice {places[0] + 1}, "
                        "so a learner who always picks it passes; put the answers in "
                        "different places",
                        Severity.WARNING,
                    )
                )
    return problems


def _unreadable_test_files(course: Course) -> list[Problem]:
    """Test files Python cannot read: every check of that exercise would fail, for everyone."""
    problems = []
    for exercise in course.exercises:
        for name in (*exercise.tests, *exercise.hidden):
            path = exercise.folder / name
            if path.suffix != ".py":
                continue
            try:
                compile(path.read_bytes(), str(path), "exec", dont_inherit=True)
            except SyntaxError as error:
                what = error.msg[:1].lower() + error.msg[1:] if error.msg else "a syntax error"
                problems.append(
                    Problem(
                        path,
                        error.lineno,
                        f"Python cannot read this test file ({what}), so every check of "
                        f"exercise '{exercise.id}' would fail; fix this line",
                        Severity.ERROR,
                        error.offset,
                    )
                )
            except (OSError, ValueError):
                continue  # unreadable or a NUL byte: the loader or verify says so
    return problems
