"""For instructors: scaffold, preview, pack and install courses; export and report progress.

`tutor new lesson|exercise`, `tutor preview`, `tutor pack`, `tutor course install`,
`tutor report`, and the `--export FILE --learner NAME` options of `tutor progress`.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from tutor.commands.common import (
    EXIT_NOT_YET,
    EXIT_OK,
    CommandError,
    Handler,
    Session,
    add_command,
)

KINDS_HELP = "tests, html, css, js, sql, git, tdd, quiz, dom, jstest, jstdd or project"


def register(subparsers: Any) -> None:
    new = add_command(
        subparsers,
        "new",
        _needs_what,
        "Make a new course, lesson or exercise from a template that works, ready to edit.",
        [
            "tutor new course ~/my-course",
            "tutor new lesson html/tables",
            "tutor new exercise html/tables css",
        ],
    )
    kinds = new.add_subparsers(
        dest="new_what", metavar="course|lesson|exercise", title="what to make"
    )
    course_parser = add_command(
        kinds,
        "course",
        new_course,
        "Make a new course folder with a first lesson that lints and verifies.",
        ["tutor new course ~/my-course", 'tutor new course night-school --title "Night School"'],
    )
    course_parser.add_argument("folder", metavar="DIR", help="the new course's folder")
    course_parser.add_argument("--title", help="the course's title (default: a TODO to replace)")
    lesson = add_command(
        kinds,
        "lesson",
        new_lesson,
        "Make lessons/TRACK/NN-NAME.toml with a page and one exercise, and its folder.",
        ["tutor new lesson html/tables", "tutor new lesson sql/joins --kind sql"],
    )
    lesson.add_argument("name", metavar="TRACK/NAME", help="the track and the lesson's name")
    lesson.add_argument("--kind", default="tests", help=f"the first exercise's kind: {KINDS_HELP}")
    exercise = add_command(
        kinds,
        "exercise",
        new_exercise,
        "Add an exercise of one kind to a lesson, with starter, solution, tests and hints.",
        ["tutor new exercise html/tables html", "tutor new exercise html/tables quiz --id q1"],
    )
    exercise.add_argument("lesson", metavar="LESSON", help="a lesson id or lesson file")
    exercise.add_argument("kind", metavar="KIND", help=KINDS_HELP)
    exercise.add_argument("--id", dest="exercise_id", help="the new exercise's id")

    preview = add_command(
        subparsers,
        "preview",
        preview_lesson,
        "Open the full-screen tutor on one lesson, as a learner sees it (nothing is recorded).",
        ["tutor preview html/tables", "tutor preview lessons/html/06-tables.toml"],
    )
    preview.add_argument("lesson", metavar="LESSON", help="a lesson id or lesson file")

    pack = add_command(
        subparsers,
        "pack",
        pack_course,
        "Pack a course folder into one archive (and a .sha256 file) to hand out.",
        ["tutor pack -o course.tar.gz", "tutor pack ~/my-course -o /media/usb/my-course.zip"],
    )
    pack.add_argument("folder", nargs="?", metavar="COURSE_DIR", help="the course folder")
    pack.add_argument("-o", "--output", required=True, metavar="FILE", help=".tar.gz or .zip")
    pack.add_argument("--course-version", metavar="TEXT", help="a version label, like 2026-11")

    course = add_command(
        subparsers,
        "course",
        _needs_what,
        "Install a course archive for this learner (keeps their progress).",
        ["tutor course install /media/usb/my-course.tar.gz"],
    )
    actions = course.add_subparsers(dest="course_action", metavar="install", title="actions")
    install = add_command(
        actions,
        "install",
        install_course,
        "Install a course archive made by `tutor pack` and make it the course `tutor` opens.",
        ["tutor course install /media/usb/my-course.tar.gz"],
    )
    install.add_argument("archive", metavar="ARCHIVE", help="the .tar.gz or .zip file")

    report = add_command(
        subparsers,
        "report",
        class_report,
        "Make one offline HTML page about the class from learners' progress exports.",
        [
            "tutor report exports/*.zip --html class.html",
            "tutor report *.zip --html r.html --verify",
            "tutor report /srv/class-exports --html class.html --watch",
        ],
    )
    report.add_argument(
        "files", nargs="+", metavar="FILE", help="learners' export files, or a folder of them"
    )
    report.add_argument(
        "--watch",
        action="store_true",
        help="with a folder: remake the page whenever an export in it changes (Ctrl+C stops)",
    )
    report.add_argument(
        "--interval", type=float, default=5.0, metavar="SECONDS", help="with --watch: how often"
    )
    report.add_argument("--html", required=True, metavar="OUT", help="the HTML file to write")
    report.add_argument(
        "--verify", action="store_true", help="run the checks again on the exported files"
    )
    report.add_argument(
        "--unsafe-run-learner-code",
        action="store_true",
        help="with --verify where no sandbox works (see `tutor doctor`): run the learners' "
        "code with your own rights anyway",
    )
    _extend_progress(subparsers)


def _extend_progress(subparsers: Any) -> None:
    """Give `tutor progress` the --export and --learner options (it lives in records.py)."""
    parser = subparsers.choices.get("progress")
    if parser is None:
        return
    parser.add_argument("--export", metavar="FILE", help="write your record and files to FILE")
    parser.add_argument("--learner", metavar="NAME", help="with --export: your name or seat")
    parser.epilog = (
        parser.epilog or ""
    ) + "\n  tutor progress --export seat-04.zip --learner seat-04"
    shown: Handler = parser.get_default("handler")

    def handler(session: Session) -> int:
        if session.args.export or session.args.learner:
            return export_progress(session)
        return shown(session)

    parser.set_defaults(handler=handler)


def _needs_what(session: Session) -> int:
    raise CommandError(
        "Say what to do: `tutor new course DIR`, `tutor new lesson TRACK/NAME`, "
        "`tutor new exercise LESSON KIND` or `tutor course install ARCHIVE` "
        "(add --help to any of them)."
    )


def _course_root(session: Session, given: str | None = None) -> Path:
    """The course: the folder given, --course, the course holding this folder, else the default."""
    from tutor import locations
    from tutor.locations import find_course_root

    chosen = given or getattr(session.args, "course", None)
    if chosen:
        return locations.course_dir(chosen)
    return find_course_root(Path.cwd()) or locations.course_dir(None)


# --- authoring -------------------------------------------------------------------


def _authoring_root(session: Session) -> Path:
    """The course to write into: --course, TUTOR_COURSE, or the course holding this folder.

    Never the installed or bundled course by default: a lesson scaffolded there
    would land inside the tutor's own files, out of the instructor's sight.
    """
    from tutor import locations
    from tutor.locations import find_course_root

    if getattr(session.args, "course", None) or os.environ.get("TUTOR_COURSE"):
        return locations.course_dir(session.args.course)
    here = find_course_root(Path.cwd())
    if here is None:
        raise CommandError(
            f"This folder ({Path.cwd()}) is not inside a course (no lessons/course.toml here "
            "or above). Go to your course folder, give it with --course DIR, or make a new "
            "course with: tutor new course DIR"
        )
    return here


def new_course(session: Session) -> int:
    from tutor.instructor.authoring import AuthoringError
    from tutor.instructor.authoring import new_course as make

    folder = Path(os.path.abspath(session.args.folder))
    try:
        made = make(folder, session.args.title)
    except AuthoringError as error:
        raise CommandError(str(error)) from None
    _report_scaffold(session, made)
    session.out.line(
        f"Your course is in {_shown(folder)}: run `tutor lint` and `tutor verify` there."
    )
    return EXIT_OK


def new_lesson(session: Session) -> int:
    from tutor.instructor.authoring import AuthoringError
    from tutor.instructor.authoring import new_lesson as make

    root = _authoring_root(session)
    try:
        made = make(root, session.args.name, session.args.kind)
    except AuthoringError as error:
        raise CommandError(str(error)) from None
    _report_scaffold(session, made)
    return EXIT_OK


def new_exercise(session: Session) -> int:
    from tutor.instructor.authoring import AuthoringError
    from tutor.instructor.authoring import new_exercise as make

    root = _authoring_root(session)
    try:
        made = make(root, session.args.lesson, session.args.kind, session.args.exercise_id)
    except AuthoringError as error:
        raise CommandError(str(error)) from None
    _report_scaffold(session, made)
    return EXIT_OK


def _report_scaffold(session: Session, made: Any) -> None:
    out = session.out
    for path in made.created:
        out.line(f"made    {_shown(path)}")
    for path in made.changed:
        out.line(f"changed {_shown(path)}")
    out.blank()
    out.line(
        f"The exercise '{made.exercise_id}' is a placeholder that works: `tutor lint` and "
        "`tutor verify` pass on it. Every TODO in the lesson file, and the starter, solution, "
        "tests and hints in its folder, are yours to replace with your own exercise."
    )
    out.line(f"Next: edit {_shown(made.lesson_file)}, then run `tutor verify {made.exercise_id}`")
    out.line(f"and see it as a learner would with `tutor preview {_shown(made.lesson_file)}`.")


def _shown(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def preview_lesson(session: Session) -> int:
    from tutor.instructor.authoring import AuthoringError
    from tutor.instructor.preview import prepare_preview, preview_folder

    folder = preview_folder()
    try:
        try:
            preview = prepare_preview(_course_root(session), session.args.lesson, folder)
        except AuthoringError as error:
            raise CommandError(str(error)) from None
        try:
            from tutor.tui.app import run_app
        except ImportError as error:
            raise CommandError(f"The full-screen tutor is not installed here ({error}).") from None
        session.out.line(
            f"Previewing '{preview.lesson.id}' in a throw-away data folder: nothing you do "
            "in it is kept. Press c to open its first exercise; ctrl+q to leave."
        )
        result = run_app(preview.course_root, preview.home)
        return result if isinstance(result, int) else EXIT_OK
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# --- handing out a course --------------------------------------------------------


def pack_course(session: Session) -> int:
    from tutor.instructor.packaging import PackError, pack_course

    root = _course_root(session, session.args.folder)
    try:
        packed = pack_course(root, Path(session.args.output), session.args.course_version)
    except PackError as error:
        raise CommandError(str(error)) from None
    out = session.out
    for warning in packed.warnings:
        out.note(warning)
    out.line(f"Packed {packed.files} files of {root} into {packed.archive}.")
    out.line(f"SHA-256: {packed.sha256} (also in {packed.checksum_file.name}).")
    out.line(
        f"Copy both files to the learners' computers, then run there: "
        f"tutor course install {packed.archive.name}"
    )
    return EXIT_OK


def install_course(session: Session) -> int:
    from tutor.instructor.course_install import install_course as install
    from tutor.instructor.packaging import PackError

    try:
        done = install(Path(session.args.archive))
    except PackError as error:
        raise CommandError(str(error)) from None
    out = session.out
    if not done.checksum_checked:
        out.note(
            f"There was no {Path(session.args.archive).name}.sha256 beside the archive, so "
            "only the checksums inside it were checked."
        )
    if done.already_there:
        out.line(f"'{done.title}' was already installed in {done.path}; it is the course again.")
    else:
        out.line(f"Installed '{done.title}' in {done.path}.")
    out.line("It is now the course that `tutor` opens.")
    if done.kept:
        out.line(f"Your progress on {len(done.kept)} exercise(s) carries over.")
    if done.refreshed:
        out.line(
            f"The test files of {len(done.refreshed)} exercise(s) you started are now the new "
            "course's; your own changes to them are kept in each exercise's history."
        )
    if done.lost:
        out.note(
            f"{len(done.lost)} exercise(s) you worked on are not in this course "
            f"({', '.join(done.lost[:5])}); their record is kept, but not shown."
        )
    return EXIT_OK


# --- progress --------------------------------------------------------------------


def export_progress(session: Session) -> int:
    from tutor.instructor.export import ExportError
    from tutor.instructor.export import export_progress as export

    if not session.args.export or not session.args.learner:
        raise CommandError(
            "Give both the file and the learner: "
            "tutor progress --export seat-04.zip --learner seat-04"
        )
    output = Path(session.args.export)
    if output.suffix.lower() != ".zip":
        raise CommandError(f"The export is a zip file: end its name with .zip, like {output}.zip")
    try:
        record = export(session.tutor, session.args.learner, output)
    except ExportError as error:
        raise CommandError(str(error)) from None
    done = sum(entry["status"] == "done" for entry in record["exercises"])
    started = sum(entry["status"] == "started" for entry in record["exercises"])
    session.out.line(
        f"Wrote {output}: {record['learner']}'s record, {done} finished exercise(s) and "
        f"{started} started, with their files. Hand this file to your instructor."
    )
    return EXIT_OK


def class_report(session: Session) -> int:
    from tutor.instructor.report.watch import exports_in, watch

    names = [Path(name) for name in session.args.files]
    folders = [name for name in names if name.is_dir()]
    if session.args.watch:
        if len(names) != 1 or not folders:
            raise CommandError(
                "--watch needs one folder of exports, like: "
                "tutor report /srv/class-exports --html class.html --watch"
            )
        session.out.line(
            f"Watching {folders[0]} for exports (every {session.args.interval:g} s); "
            "press Ctrl+C to stop."
        )

        def remake(found: list[Path]) -> None:
            if not found:
                session.out.line(f"No exports in {folders[0]} yet.")
                return
            try:
                _make_report(session, found)
            except CommandError as error:
                session.out.line(str(error))

        try:
            watch(folders[0], remake, max(session.args.interval, 0.1))
        except KeyboardInterrupt:
            session.out.line("Stopped watching.")
        return EXIT_OK
    files = [found for name in names for found in (exports_in(name) if name.is_dir() else [name])]
    if not files:
        raise CommandError(f"There are no exports (.zip files) in {', '.join(map(str, folders))}.")
    return _make_report(session, files)


def _make_report(session: Session, files: list[Path]) -> int:
    from tutor.instructor.export import ExportError, ReadBudget, load_export
    from tutor.instructor.report.build import build_report, summary_lines

    # One at a time, within one budget; a bad export is reported, the others still are.
    exports, unreadable, budget = [], [], ReadBudget()
    for name in files:
        try:
            exports.append(load_export(Path(name), budget))
        except ExportError as error:
            unreadable.append((str(name), str(error)))
    if not exports:
        raise CommandError("\n".join(why for _, why in unreadable))
    learners = [export.learner for export in exports]
    repeated = sorted({name for name in learners if learners.count(name) > 1})
    if repeated:
        raise CommandError(
            f"Two exports are for the same learner ({', '.join(repeated)}). Give each learner's "
            "file once, or export again with a different --learner name."
        )
    course, verdicts = None, None
    if session.args.verify:
        course, verdicts = _verify(session, exports)
        if not _same_course(course.title, exports):
            session.out.note(
                f"These exports are from another course than {course.root} ('{course.title}'), "
                "so their exercises cannot be checked: give the right one with --course DIR."
            )
    else:
        course = _course_for_order(session, exports)
    output = Path(session.args.html)
    output.parent.mkdir(parents=True, exist_ok=True)
    # Whole or not at all: with --watch, a browser may reload the page while it is remade.
    partial = output.with_name(output.name + ".partial")
    refresh = max(int(session.args.interval * 2), 10) if session.args.watch else None
    page = build_report(exports, course, verdicts, unreadable, refresh_seconds=refresh)
    partial.write_text(page, encoding="utf-8")
    os.replace(partial, output)
    for line in summary_lines(exports):
        session.out.line(line)
    for _name, why in unreadable:
        session.out.line(f"Not in the report: {why}")
    bad = sum(v.holds is False for row in (verdicts or {}).values() for v in row.values())
    if bad:
        session.out.line(f"{bad} finished exercise(s) do not hold up: see the report.")
    session.out.line(f"Wrote {output}: open it in a web browser (it needs no internet).")
    return EXIT_NOT_YET if bad or unreadable else EXIT_OK


def _verify(session: Session, exports: list[Any]) -> tuple[Any, dict[str, Any]]:
    from tutor.course import load_course
    from tutor.grading import Grader
    from tutor.instructor.report.verify import sandbox_refusal, verify_exports

    refusal = sandbox_refusal(session.args.unsafe_run_learner_code)
    if refusal:
        raise CommandError(refusal)
    root = _exports_course(session, exports) or _course_root(session)
    if not (root / "lessons" / "course.toml").is_file():
        raise CommandError(
            f"--verify needs the course the learners used, and there is none in {root}. "
            "Give it with --course DIR."
        )
    course = load_course(root)
    grader = Grader()
    try:
        session.out.line(f"Running the checks again with the course in {root}...")
        return course, verify_exports(exports, course, grader)
    finally:
        grader.close()


def _exports_course(session: Session, exports: list[Any]) -> Path | None:
    """Without --course: the course the exports name, among the courses at hand."""
    from tutor.instructor.report.versions import WrongCourse, course_at_hand, courses_at_hand

    if getattr(session.args, "course", None) or os.environ.get("TUTOR_COURSE"):
        return None  # the instructor said which
    try:
        return course_at_hand(exports, courses_at_hand())
    except WrongCourse as error:
        raise CommandError(str(error)) from None


def _course_for_order(session: Session, exports: list[Any]) -> Any:
    """The course given (or holding this folder), to list exercises in its order; else None.

    Only when it is the exports' own course: another course's exercises would
    fill the report with empty columns.
    """
    from tutor import locations
    from tutor.course import load_course
    from tutor.locations import find_course_root

    given = getattr(session.args, "course", None)
    root = locations.course_dir(given) if given else find_course_root(Path.cwd())
    if root is None or not (root / "lessons" / "course.toml").is_file():
        return None
    course = load_course(root)
    if _same_course(course.title, exports):
        return course
    if given:
        session.out.note(
            f"These exports are from another course than {course.root} ('{course.title}'); "
            "the report lists the exercises found in the exports instead."
        )
    return None


def _same_course(title: str, exports: list[Any]) -> bool:
    return all(export.record.get("course", {}).get("title") in (None, title) for export in exports)
