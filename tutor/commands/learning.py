"""Finding and working on exercises: list, start, hint, reset, solution, history, diff, restore."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from tutor.commands.common import (
    EXIT_NOT_YET,
    EXIT_OK,
    CommandError,
    Session,
    add_command,
)

if TYPE_CHECKING:
    from tutor.course.model import Exercise
    from tutor.workspace import Workspace


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers,
        "list",
        list_exercises,
        "List the tracks, lessons and exercises, with what you have done.",
        ["tutor list", "tutor list --json"],
    )
    parser.add_argument("--json", action="store_true", help="print a JSON list instead")

    parser = add_command(
        subparsers,
        "start",
        start,
        "Make an exercise's folder and show what to do.",
        ["tutor start hello-tutor"],
    )
    parser.add_argument("exercise", help="the exercise's name, as `tutor list` shows it")

    parser = add_command(
        subparsers,
        "hint",
        hint,
        "Show the next hint for an exercise, one at a time.",
        ["tutor hint", "tutor hint hello-tutor"],
    )
    parser.add_argument("exercise", nargs="?", help="default: the exercise of this folder")

    parser = add_command(
        subparsers,
        "reset",
        reset,
        "Put an exercise's files back to how they started (your history is kept).",
        ["tutor reset hello-tutor"],
    )
    parser.add_argument("exercise")

    parser = add_command(
        subparsers,
        "solution",
        solution,
        "Show the reference solution of an exercise you have finished.",
        ["tutor solution", "tutor solution hello-tutor"],
    )
    parser.add_argument("exercise", nargs="?", help="default: the exercise of this folder")

    parser = add_command(
        subparsers,
        "history",
        history,
        "List the saved versions (snapshots) of an exercise's files.",
        ["tutor history hello-tutor"],
    )
    parser.add_argument("exercise", nargs="?", help="default: the exercise of this folder")

    parser = add_command(
        subparsers,
        "diff",
        diff,
        "Show what you changed since a saved version (default: since the start).",
        ["tutor diff", "tutor diff 3f2a91c", "tutor diff hello-tutor 3f2a91c"],
    )
    parser.add_argument("exercise", nargs="?", help="default: the exercise of this folder")
    parser.add_argument("sha", nargs="?", help="the snapshot's code, as `tutor history` shows it")

    parser = add_command(
        subparsers,
        "restore",
        restore,
        "Bring back a saved version of an exercise's files (as a new snapshot).",
        ["tutor restore 3f2a91c", "tutor restore hello-tutor 3f2a91c"],
    )
    parser.add_argument("exercise", nargs="?", help="default: the exercise of this folder")
    parser.add_argument("sha", nargs="?", help="the snapshot's code, as `tutor history` shows it")


# --- list ----------------------------------------------------------------------


def list_exercises(session: Session) -> int:
    from tutor import kinds

    tutor = session.tutor
    statuses = tutor.statuses()
    rows = [
        {
            "id": exercise.id,
            "title": exercise.title,
            "kind": kinds.of(exercise).name,
            "lesson": lesson.id,
            "lesson_title": lesson.title,
            "track": track.id,
            "track_title": track.title,
            "status": statuses[exercise.id].value,
        }
        for track in tutor.course.tracks
        for lesson in track.lessons
        for exercise in lesson.exercises
    ]
    if session.args.json:
        session.out.json(rows)
        return EXIT_OK
    out = session.out
    done = sum(row["status"] == "done" for row in rows)
    out.title(f"{tutor.course.title}: {done} of {len(rows)} exercises done")
    width = max((len(row["id"]) for row in rows), default=0)
    for track in tutor.course.tracks:
        out.blank()
        out.title(track.title)
        for lesson in track.lessons:
            out.line("  ", lesson.title)
            for exercise in lesson.exercises:
                status = statuses[exercise.id].value
                out.line(
                    "    ",
                    out.status_mark(status),
                    " ",
                    exercise.id.ljust(width),
                    "  ",
                    exercise.title,
                    f"  ({status})" if out.fancy and status != "not started" else "",
                )
    upcoming = tutor.continue_exercise()
    if upcoming is not None:
        out.blank()
        out.command("Next: ", f"tutor start {upcoming.id}")
    return EXIT_OK


# --- start ---------------------------------------------------------------------


def start(session: Session) -> int:
    from tutor.app_state import Status

    out = session.out
    exercise = session.exercise(session.args.exercise)
    status_before = session.tutor.status(exercise)
    workspace = session.tutor.start(exercise)
    lesson = session.tutor.lesson_of(exercise)
    out.title(f"{exercise.id}: {exercise.title}")
    out.line(f"Lesson: {lesson.title}", style="dim")
    if status_before is Status.LOCKED:
        out.note(
            "This lesson comes after lessons you have not finished yet: "
            + ", ".join(lesson.requires)
            + ". You can try it anyway."
        )
    if status_before in (Status.STARTED, Status.DONE):
        out.line("You started this before: your files are as you left them.")
    out.line("Your files are in: ", str(workspace.path))
    out.blank()
    from tutor import kinds

    out.markdown(kinds.of(exercise).task_text(exercise))
    out.blank()
    out.command("The lesson's pages explain what you need: ", f"tutor lesson {exercise.id}")
    if kinds.of(exercise).questions(exercise):
        out.command("Next: answer the questions with: ", f"tutor check {exercise.id}")
        return EXIT_OK
    if exercise.edit:
        out.line("Files to edit: ", ", ".join(exercise.edit))
    where = ", ".join(exercise.edit) if exercise.edit else "the files"
    out.line("Next, in a shell:")
    out.command("  ", f"cd {workspace.path}")
    out.command(f"  edit {where}, then run: ", "tutor check")
    out.command("(From any folder, this works too: ", f"tutor check {exercise.id}", ")")
    from tutor.runner import resident

    resident.start_ahead(session.args.course)  # while the learner reads and edits
    return EXIT_OK


# --- hint ----------------------------------------------------------------------


def hint(session: Session) -> int:
    out = session.out
    exercise = session.exercise(session.args.exercise)
    seen_before = len(session.tutor.hints_so_far(exercise))
    shown = session.tutor.next_hint(exercise)
    if shown is None:
        out.line(f"'{exercise.id}' has no hints. Read the task again: tutor start {exercise.id}")
        return EXIT_OK
    label = f"Hint {shown.number} of {shown.total}:"
    if shown.check is not None:  # the hint of the check that fails now, before the ladder
        label = f"A hint for the check '{shown.check}':"
    if out.fancy:
        out.title(label)
        out.markdown(shown.text)
    else:
        out.line(label, " ", shown.text.strip())  # one line: easy to read back in a log
    out.blank()
    on_ladder = seen_before if shown.check is not None else shown.number
    if shown.check is None and seen_before >= shown.total:
        out.line("That is the last hint. Ask your instructor if you are still stuck.")
    elif on_ladder < shown.total:
        left = shown.total - on_ladder
        out.command(
            f"Still stuck? {left} more hint{'s' if left != 1 else ''}: ",
            f"tutor hint {exercise.id}",
        )
    return EXIT_OK


# --- reset ---------------------------------------------------------------------


def reset(session: Session) -> int:
    out = session.out
    exercise = session.exercise(session.args.exercise)
    existed = session.tutor.workspace(exercise).exists()
    workspace = session.tutor.reset(exercise)
    if not existed:
        out.line(f"'{exercise.id}' had not been started; its folder is ready: {workspace.path}")
        return EXIT_OK
    out.line(f"The files of '{exercise.id}' are back to how they started: {workspace.path}")
    if workspace.kept_aside is not None:
        # A git exercise: its repository is the learner's own, kept whole beside it.
        out.line(f"Your earlier files and commits are not lost: they are in {workspace.kept_aside}")
        out.line("A shell already in the exercise's folder sees the new files: no need to cd.")
        return EXIT_OK
    out.line("Your earlier work is not lost: it is kept in the exercise's history.")
    out.command("See it with: ", f"tutor history {exercise.id}")
    out.command("Bring a version back with: ", f"tutor restore {exercise.id} CODE")
    return EXIT_OK


# --- solution ------------------------------------------------------------------


def solution(session: Session) -> int:
    from tutor.app_state import TutorError

    out = session.out
    exercise = session.exercise(session.args.exercise)
    try:
        files = session.tutor.solution(exercise)
    except TutorError as error:
        out.error(str(error))
        return EXIT_NOT_YET
    out.title(f"A reference solution for {exercise.id}")
    out.line("Yours may be different and still right: compare the ideas, not the letters.")
    for name, text in files.items():
        out.blank()
        label = "the git commands" if name == "commands" else name
        out.title(f"--- {label} ---")
        out.code(text, name)
    return EXIT_OK


# --- history / diff / restore -----------------------------------------------------


def _started(session: Session) -> tuple[Exercise, Workspace]:
    """The named exercise and its workspace, which must exist already."""
    exercise = session.exercise(session.args.exercise)
    workspace = session.tutor.workspace(exercise)
    if not workspace.exists():
        raise CommandError(
            f"'{exercise.id}' has not been started, so it has no saved versions yet. "
            f"Start it with: tutor start {exercise.id}"
        )
    return exercise, workspace


def history(session: Session) -> int:
    out = session.out
    exercise, workspace = _started(session)
    snapshots = workspace.history()
    if not snapshots and workspace.is_git_kind:
        out.line(
            "No commits yet: in this exercise the repository is yours, and your first "
            "commit will be the first one here (git add, then git commit)."
        )
        return EXIT_OK
    if not snapshots:
        out.line("No saved versions yet. Each `tutor check` saves one.")
        return EXIT_OK
    rows = [
        [snap.short_sha, snap.when.astimezone().strftime("%Y-%m-%d %H:%M:%S"), snap.message]
        for snap in snapshots
    ]
    out.table(["code", "when", "what"], rows)
    out.blank()
    out.command("Bring one back with: ", f"tutor restore {exercise.id} CODE")
    return EXIT_OK


def _snapshot_code_alone(session: Session) -> None:
    """`tutor diff 3f2a91c` in an exercise folder: the one word is a snapshot's code.

    argparse fills `exercise` first; a word that names no exercise but looks like
    a code (4 to 40 hex digits) is taken as the code, for the folder's exercise.
    """
    args = session.args
    word = args.exercise
    if args.sha is not None or word is None or not SNAPSHOT_CODE.fullmatch(word):
        return
    if session.tutor.course.exercise(word) is None:
        args.exercise, args.sha = None, word


SNAPSHOT_CODE = re.compile(r"[0-9a-fA-F]{4,40}")


def diff(session: Session) -> int:
    """Workspace errors (an unknown code) reach the learner as their own sentences (cli.py)."""
    from tutor.workspace.readable_diff import LEGEND, RowKind, readable_diff

    out = session.out
    _snapshot_code_alone(session)
    _, workspace = _started(session)
    since = session.args.sha
    if since is None:
        snapshots = workspace.history()
        if not snapshots:
            raise CommandError("There is no saved version to compare with yet.", EXIT_NOT_YET)
        since = snapshots[-1].sha  # the oldest: how the exercise started
    rows = readable_diff(workspace.diff(since))
    if not rows:
        out.line(f"No changes since {since[:7]}.")
        return EXIT_OK
    out.line(LEGEND)
    styles = {RowKind.FILE: "bold", RowKind.PLACE: "cyan", RowKind.REMOVED: "red"}
    styles |= {RowKind.ADDED: "green", RowKind.NOTE: "italic"}
    for row in rows:
        if row.kind is RowKind.FILE:
            out.blank()
        out.line(row.text, style=styles.get(row.kind, ""))
    return EXIT_OK


def restore(session: Session) -> int:
    out = session.out
    _snapshot_code_alone(session)
    if session.args.sha is None:
        raise CommandError(
            "Which saved version? Give its code, as `tutor history` shows it: tutor restore CODE"
        )
    exercise, workspace = _started(session)
    new = workspace.restore(session.args.sha)
    out.line(f"The files of '{exercise.id}' are now as they were at {session.args.sha}.")
    out.line(f"This is saved as a new version ({new[:7]}), so you can go back again.")
    return EXIT_OK
