"""`tutor review EXPORT` (the instructor's code review) and `tutor feedback import FILE`.

The review's core is tutor/kinds/review/ (no Textual); the full screen is
tutor/tui/review_app.py. `tutor review` without a terminal, or with --show,
--comment, --accept or --needs-changes, works in the shell: the same review
file, for scripts and for instructors who prefer commands.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from tutor.commands.common import EXIT_OK, EXIT_USAGE, CommandError, Session, add_command


def register(subparsers: Any) -> None:
    review = add_command(
        subparsers,
        "review",
        review_export,
        "Review a learner's projects from their export: read the files and history, comment "
        "on lines, accept each milestone or ask for changes. Saves a review file to hand back.",
        [
            "tutor review seat-04.zip",
            "tutor review seat-04.zip --show",
            "tutor review seat-04.zip --comment corner-shop:shop.py:4:'Name this total'",
            "tutor review seat-04.zip --accept corner-shop:basket "
            "--needs-changes corner-shop:total:'An empty basket fails'",
        ],
    )
    review.add_argument("export", metavar="EXPORT", help="the learner's export (.zip)")
    review.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="the review file (default: EXPORT.review.json)",
    )
    review.add_argument("--show", action="store_true", help="print the projects and the review")
    review.add_argument("--comment", action="append", default=[], metavar="PROJECT:FILE:LINE:TEXT")
    review.add_argument("--accept", action="append", default=[], metavar="PROJECT:MILESTONE")
    review.add_argument(
        "--needs-changes", action="append", default=[], metavar="PROJECT:MILESTONE:NOTE"
    )

    feedback = add_command(
        subparsers,
        "feedback",
        _needs_what,
        "Bring your instructor's review of your projects into the tutor.",
        ["tutor feedback import seat-04.review.json"],
    )
    actions = feedback.add_subparsers(dest="feedback_action", metavar="import", title="actions")
    imported = add_command(
        actions,
        "import",
        import_feedback,
        "Bring in the review file your instructor gave you: its comments and verdicts then "
        "show in your project's checklist.",
        ["tutor feedback import /media/usb/seat-04.review.json"],
    )
    imported.add_argument("file", metavar="FILE", help="the review file (.json)")


def _needs_what(session: Session) -> int:
    raise CommandError("Say what to do: tutor feedback import FILE")


def default_output(export: Path) -> Path:
    return export.with_name(export.stem + ".review.json")


def review_export(session: Session) -> int:
    from tutor import locations
    from tutor.course import load_course
    from tutor.instructor.export import ExportError, load_export
    from tutor.kinds.review.model import ReviewError
    from tutor.kinds.review.session import ReviewSession

    args = session.args
    export_path = Path(args.export)
    output = Path(args.output) if args.output else default_output(export_path)
    try:
        export = load_export(export_path)
    except ExportError as error:
        raise CommandError(str(error)) from None
    course = load_course(locations.course_dir(getattr(args, "course", None)))
    try:
        review = ReviewSession(export, course, output)
    except ReviewError as error:
        raise CommandError(str(error)) from None
    with review:
        edits = args.comment or args.accept or args.needs_changes
        if edits:
            _apply(review, args)
        if edits or args.show or not (sys.stdin.isatty() and sys.stdout.isatty()):
            if not edits and not args.show:
                session.out.note("No terminal to draw in: here is the review as text.")
            _show(session, review)
            return EXIT_OK
        from tutor.tui.review_app import ReviewApp

        ReviewApp(review).run()
        if not output.exists():
            session.out.line("No comment or verdict was given, so no review file was written.")
            return EXIT_OK
        session.out.line(f"The review is saved in {output}.")
        session.out.line(f"Hand it to {export.learner}, who brings it in with:")
        session.out.line(f"  tutor feedback import {output.name}")
    return EXIT_OK


def _split(value: str, parts: int, what: str) -> list[str]:
    pieces = value.split(":", parts - 1)
    if len(pieces) < parts or not all(pieces[: parts - 1]):
        raise CommandError(f"'{value}' is not {what}.")
    return pieces


def _apply(review: Any, args: Any) -> None:
    from tutor.kinds.review.model import ACCEPTED, NEEDS_CHANGES

    by_id = {project.exercise.id: project for project in review.projects}

    def project_of(name: str) -> Any:
        if name not in by_id:
            raise CommandError(
                f"The export holds no project called '{name}'. Its projects: " + ", ".join(by_id)
            )
        return by_id[name]

    def milestone_of(project: Any, name: str) -> str:
        known = [m.id for m in review.milestones(project)]
        if name not in known:
            raise CommandError(
                f"The project '{project.exercise.id}' has no milestone '{name}'. Its milestones: "
                + ", ".join(known)
            )
        return name

    for value in args.comment:
        name, file, line, text = _split(value, 4, "PROJECT:FILE:LINE:TEXT")
        project = project_of(name)
        if file not in project.files():
            raise CommandError(f"The project '{name}' has no file {file} in its last commit.")
        if not line.isdigit() or int(line) < 1:
            raise CommandError(f"'{line}' is not a line number in --comment {value}")
        review.comment(project, file, int(line), text)
    for value in args.accept:
        name, milestone = _split(value, 2, "PROJECT:MILESTONE")
        project = project_of(name)
        review.set_verdict(project, milestone_of(project, milestone), ACCEPTED, "")
    for value in args.needs_changes:
        name, milestone, note = _split(value, 3, "PROJECT:MILESTONE:NOTE")
        project = project_of(name)
        review.set_verdict(project, milestone_of(project, milestone), NEEDS_CHANGES, note)


def _show(session: Session, review: Any) -> None:
    out = session.out
    for project in review.projects:
        out.title(f"{project.exercise.id}: {project.exercise.title}")
        commits = project.commits
        out.line(f"{len(commits)} commit(s); the last: {(project.head or '-')[:7]}")
        for commit in commits[:10]:
            out.line(f"  {commit.sha[:7]} {commit.when[:16]} {commit.subject}")
        out.line("Files: " + ", ".join(project.files()))
        for state in review.milestones(project):
            reached = {True: "reached", False: "not reached", None: "not checked"}[state.reached]
            verdict = f", {state.verdict}" if state.verdict else ""
            note = f': "{state.note}"' if state.note else ""
            out.line(f"  Milestone {state.id} ({state.title}): {reached}{verdict}{note}")
        own = review.project_review(project)
        addressed = project.addressed(own)
        for number, comment in enumerate(own.comments):
            state = "addressed" if addressed[number] else "open"
            out.line(f"  {comment.file}:{comment.line} ({state}): {comment.text}")
        rubric = review.rubric(project)
        if rubric:
            out.line("The course's rubric for this project:")
            for line in rubric.splitlines():
                out.line(f"  {line}" if line else "")
        out.blank()
    out.line(f"The review file: {review.output}")


def import_feedback(session: Session) -> int:
    from tutor.kinds.review.feedback import import_feedback as bring_in
    from tutor.kinds.review.model import ReviewError

    try:
        said = bring_in(session.tutor, Path(session.args.file))
    except ReviewError as error:
        raise CommandError(str(error), EXIT_USAGE) from None
    for sentence in said:
        session.out.line(sentence)
    return EXIT_OK
