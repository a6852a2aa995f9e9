"""For instructors: `tutor lint` (is the course well written?), `tutor verify` (does it work?)."""

from __future__ import annotations

import os
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tutor.commands.common import EXIT_NOT_YET, EXIT_OK, CommandError, Session, add_command
from tutor.locations import find_course_root

if TYPE_CHECKING:
    from rich.text import Text

    from tutor.course.model import Course, LeftOut


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers,
        "lint",
        lint,
        "Find mistakes in a course's lesson files and exercise folders.",
        ["tutor lint", "tutor lint lessons/html/01-first-page.toml", "tutor lint ~/my-course"],
    )
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="a course folder, or files and folders inside one (default: the whole course)",
    )

    parser = add_command(
        subparsers,
        "verify",
        verify,
        "Check that each exercise's starter fails and its solution passes (for instructors).",
        ["tutor verify", "tutor verify hello-tutor", "tutor verify exercises/welcome"],
    )
    parser.add_argument(
        "targets",
        nargs="*",
        metavar="PATH|EXERCISE",
        help="exercise names, or lesson files / exercise folders (default: every exercise)",
    )
    parser.add_argument("--json", action="store_true", help="print the reports as JSON only")
    parser.add_argument(
        "--jobs",
        type=int,
        default=min(os.cpu_count() or 1, 4),
        metavar="N",
        help="verify N exercises at once (default: the number of CPUs, at most 4)",
    )


# --- where the course is -------------------------------------------------------


def _course_and_paths(session: Session, given: list[str]) -> tuple[Path, list[Path]]:
    """The course to look at and the paths inside it to keep (none: all of it)."""
    from tutor import locations

    if not given:
        # An instructor working in their course folder means that course, unless
        # they named one with --course or TUTOR_COURSE.
        named = getattr(session.args, "course", None) or os.environ.get("TUTOR_COURSE")
        here = find_course_root(Path.cwd())
        if here is not None and not named:
            return here, []
        return locations.course_dir(session.args.course), []
    paths = [Path(p) for p in given]
    for path in paths:
        if not path.exists():
            raise CommandError(f"There is no file or folder called {path}.")
    if len(paths) == 1 and find_course_root(paths[0]) == Path(os.path.abspath(paths[0])):
        return Path(os.path.abspath(paths[0])), []
    if len(paths) == 1 and paths[0].name in ("course.toml", "lessons"):
        return locations.course_dir(paths[0]), []
    roots = {find_course_root(path) for path in paths}
    if len(roots) != 1 or None in roots:
        raise CommandError(
            "These paths are not all inside one course folder (a folder with "
            "lessons/course.toml). Give paths inside one course, or the course folder itself."
        )
    (root,) = roots
    assert root is not None
    return root, paths


# --- lint ----------------------------------------------------------------------


def lint(session: Session) -> int:
    from tutor.course import Severity, format_problems
    from tutor.course import lint as lint_course

    root, paths = _course_and_paths(session, session.args.paths)
    if not (root / "lessons" / "course.toml").is_file():
        raise CommandError(f"There is no course in {root}: it needs a file lessons/course.toml.")
    problems = lint_course(root, paths or None)
    session.out.line(format_problems(problems))
    if any(problem.severity is Severity.ERROR for problem in problems):
        return EXIT_NOT_YET
    return EXIT_OK


# --- verify --------------------------------------------------------------------


def verify(session: Session) -> int:
    from tutor.course import load_course
    from tutor.grading import Grader
    from tutor.instructor.verify import verify_course
    from tutor.runner import sandbox

    out = session.out
    names = [t for t in session.args.targets if not _looks_like_path(t)]
    path_targets = [t for t in session.args.targets if _looks_like_path(t)]
    root, paths = _course_and_paths(session, path_targets)
    if not (root / "lessons" / "course.toml").is_file():
        raise CommandError(f"There is no course in {root}: it needs a file lessons/course.toml.")
    course = load_course(root)
    only = _selected(course, names, paths) if names or paths else None
    if course.errors:
        out.note(
            f"The course has {len(course.errors)} lint error(s); lessons with errors are left "
            f"out. See them with: tutor lint {root}"
        )
    grader = Grader()
    try:
        # The course's own code (starters, solutions, mutants): the instructor's, as is
        # the computer. Each exercise in a new folder would start the sandbox again.
        with sandbox.switched_off_here():
            reports = verify_course(course, grader, only, jobs=session.args.jobs)
    finally:
        grader.close()
    if not reports and not course.left_out:
        raise CommandError("No exercise to verify: the course has none, or none matched.")
    bad = sum(not report.ok for report in reports)
    code = EXIT_NOT_YET if bad or course.errors else EXIT_OK
    if session.args.json:
        rows: list[dict[str, object]] = [{**asdict(report), "ok": report.ok} for report in reports]
        if not only:  # what errors left out fails the run: a script sees which and why
            rows += [
                {
                    "exercise": gone.id,
                    "what": gone.what,
                    "ok": False,
                    "left_out": gone.reason,
                    "where": gone.where(),
                }
                for gone in course.left_out
            ]
        out.json(rows)
        return code
    table_rows: list[list[str | Text]] = [
        [
            report.exercise,
            report.kind,
            report.starter,
            report.solution,
            f"{report.seconds:.1f}s",
            out.mark("pass" if report.ok else "fail"),
        ]
        for report in reports
    ]
    out.table(["exercise", "kind", "starter", "solution", "time", "ok"], table_rows)
    for report in reports:
        for problem in report.problems:
            out.line(out.mark("fail"), f" {report.exercise}: {problem}")
        for note in report.notes:
            out.line(f"note: {report.exercise}: {note}", style="yellow")
    out.blank()
    out.line(f"{len(reports) - bad} of {len(reports)} exercises verified.")
    if course.left_out and not only:
        out.line(left_out_summary(course), style="red")
        for gone in course.left_out:
            out.line(f"  {_shown(gone.where())}: {_named(gone)} is left out: {gone.reason}")
        out.line(f"Fix these (see: tutor lint {_shown(str(root))}), then verify again.")
    return code


def left_out_summary(course: Course) -> str:
    """ "1 lesson and 2 exercises are left out of the course by errors:" """
    lessons = sum(gone.what == "lesson" for gone in course.left_out)
    exercises = len(course.left_out) - lessons
    counted = ((lessons, "lesson"), (exercises, "exercise"))
    parts = [f"{n} {what}{'' if n == 1 else 's'}" for n, what in counted if n]
    verb = "is" if len(course.left_out) == 1 else "are"
    return f"{' and '.join(parts)} {verb} left out of the course by errors:"


def _named(gone: LeftOut) -> str:
    return f"the {gone.what} '{gone.id}'" if gone.id else f"a {gone.what}"


def _shown(path: str) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return path


def _looks_like_path(target: str) -> bool:
    return os.sep in target or "/" in target or target.endswith(".toml") or Path(target).exists()


def _selected(course: Course, names: list[str], paths: list[Path]) -> list[str]:
    """Exercise ids from names, lesson files and exercise folders (or folders above them)."""
    known = {exercise.id for exercise in course.exercises}
    for name in names:
        gone = next((g for g in course.left_out if g.what == "exercise" and g.id == name), None)
        if name not in known and gone is not None:
            raise CommandError(
                f"The exercise '{name}' is left out of the course because of an error, so it "
                f"cannot be verified: {_shown(gone.where())}: {gone.reason}. Fix it (see: "
                f"tutor lint), then verify again."
            )
        lessons = [g for g in course.left_out if g.what == "lesson"]
        if name not in known and lessons:
            listed = "; ".join(f"{_shown(g.where())}: {g.reason}" for g in lessons[:3])
            raise CommandError(
                f"There is no exercise called '{name}' in {course.root}, but "
                f"{len(lessons)} lesson(s) are left out because of errors, and it may be in "
                f"one of them: {listed}. Fix them (see: tutor lint), then verify again."
            )
        if name not in known:
            raise CommandError(
                f"There is no exercise called '{name}' in {course.root}. "
                "Run `tutor list` to see the names."
            )
    chosen = list(names)
    for path in paths:
        absolute = Path(os.path.abspath(path))
        before = len(chosen)
        for lesson in course.lessons:
            for exercise in lesson.exercises:
                inside = absolute in (lesson.path, exercise.folder)
                if inside or absolute in exercise.folder.parents:
                    chosen.append(exercise.id)
        if len(chosen) == before and absolute != Path(os.path.abspath(course.root)):
            raise CommandError(f"No exercise of the course is in {path}.")
    return chosen
