"""Checking work: `tutor check` (tests, and quizzes asked on the terminal) and `tutor watch`."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tutor.commands.common import EXIT_NOT_YET, EXIT_OK, CommandError, Session, add_command

if TYPE_CHECKING:
    from tutor.course.model import Exercise
    from tutor.kinds import Question
    from tutor.runner.result import Result

POLL_SECONDS = 0.5
# Folders whose changes are the tutor's own (snapshots, caches), not the learner's saves.
NOT_WATCHED = {".git", "__pycache__", ".pytest_cache"}


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers,
        "check",
        check,
        "Check an exercise: run its tests on your saved files (or answer its quiz).",
        [
            "tutor check                      (inside an exercise folder)",
            "tutor check hello-function --json",
            'tutor check welcome-quiz --answer 1=2 --answer 2="a hint"',
        ],
    )
    parser.add_argument("exercise", nargs="?", help="default: the exercise of this folder")
    parser.add_argument("--json", action="store_true", help="print the result as JSON only")
    parser.add_argument(
        "--answer",
        action="append",
        default=[],
        metavar="N=TEXT",
        help="quiz: the answer to question N (a choice's number or its text); repeat it",
    )

    parser = add_command(
        subparsers,
        "watch",
        watch,
        "Check an exercise again every time you save one of its files (Ctrl+C stops).",
        ["tutor watch", "tutor watch hello-function"],
    )
    parser.add_argument("exercise", nargs="?", help="default: the exercise of this folder")
    parser.add_argument("--once", action="store_true", help="check once and stop")
    parser.add_argument(
        "--max-checks", type=int, default=0, metavar="N", help="stop after N checks"
    )


# --- check ---------------------------------------------------------------------


def check(session: Session) -> int:
    from tutor.grading import Grader

    # The check's child, forked first thing by cli.main, is importing pytest on
    # the other core while this process gets the check ready.
    prestarted, session.prestarted = session.prestarted, None
    session.grader = Grader(prestarted=prestarted)
    from tutor import kinds

    exercise = session.exercise(session.args.exercise)
    answers = None
    if kinds.of(exercise).questions(exercise):
        answers = _quiz_answers(session, exercise)
        if answers is None:
            return EXIT_NOT_YET
    result = session.tutor.check(exercise, answers=answers)
    if session.args.json:
        session.out.json(result.to_dict())
    else:
        _show(session, exercise, result)
    return EXIT_OK if result.status == "pass" else EXIT_NOT_YET


def _show(session: Session, exercise: Exercise, result: Result) -> None:
    from tutor.commands.result_view import show_result

    upcoming = session.tutor.next_exercise(after=exercise) if result.status == "pass" else None
    checklist = session.tutor.checklist(exercise, result)
    show_result(session.out, exercise, checklist, session.hint_pointer(exercise), upcoming)


# --- quiz answers ----------------------------------------------------------------


def _quiz_answers(session: Session, exercise: Exercise) -> dict[int, str] | None:
    """Answers from --answer, else asked on the terminal; None when there is no way to ask."""
    if session.args.answer:
        return _parse_answers(exercise, session.args.answer)
    if session.args.json or not sys.stdin.isatty():
        _explain_how_to_answer(session, exercise)
        return None
    return _ask(session, exercise)


def _questions(exercise: Exercise) -> tuple[Question, ...]:
    from tutor import kinds

    return kinds.of(exercise).questions(exercise)


def _parse_answers(exercise: Exercise, given: list[str]) -> dict[int, str]:
    answers: dict[int, str] = {}
    questions = _questions(exercise)
    count = len(questions)
    for item in given:
        number_text, sep, text = item.partition("=")
        if not sep or not number_text.strip().isdigit():
            raise CommandError(
                f"'--answer {item}' is not in the form N=TEXT. "
                'Write the question number, "=", then your answer: --answer 1=2'
            )
        number = int(number_text)
        if not 1 <= number <= count:
            raise CommandError(
                f"This quiz has questions 1 to {count}; there is no question {number}."
            )
        answers[number - 1] = _choice_text(questions[number - 1].choices, text.strip())
    return answers


def _choice_text(choices: tuple[str, ...], text: str) -> str:
    """A choice given by its number becomes the choice's text; anything else stays as typed."""
    by_position = choices and text.isdigit() and 1 <= int(text) <= len(choices)
    # A choice that is itself a number ("42") wins over a position.
    if by_position and text not in choices:
        return choices[int(text) - 1]
    return text


def _explain_how_to_answer(session: Session, exercise: Exercise) -> None:
    out = session.out
    out.error(
        f"'{exercise.id}' is a quiz. Answer each question with --answer N=TEXT, "
        "where TEXT is a choice's number or your words."
    )
    for number, question in enumerate(_questions(exercise), start=1):
        out.note(f"{number}. {question.text.strip()}")
        for choice_number, choice in enumerate(question.choices, start=1):
            out.note(f"     {choice_number}) {choice}")
    out.note(f"For example: tutor check {exercise.id} --answer 1=2")


def _ask(session: Session, exercise: Exercise) -> dict[int, str]:
    out = session.out
    answers: dict[int, str] = {}
    questions = _questions(exercise)
    total = len(questions)
    out.title(f"{exercise.title}: {total} question{'s' if total != 1 else ''}")
    for index, question in enumerate(questions):
        out.blank()
        out.title(f"Question {index + 1} of {total}")
        out.markdown(question.text)
        for number, choice in enumerate(question.choices, start=1):
            out.line(f"  {number}) {choice}")
        prompt = (
            f"Your answer (a number from 1 to {len(question.choices)}): "
            if question.choices
            else "Your answer: "
        )
        answers[index] = _read_answer(question.choices, prompt)
    out.blank()
    return answers


def _read_answer(choices: tuple[str, ...], prompt: str) -> str:
    while True:
        try:
            text = input(prompt).strip()
        except EOFError:
            raise CommandError(
                "No answers were given, so nothing was checked.", EXIT_NOT_YET
            ) from None
        if not text:
            continue
        if not choices:
            return text
        if text.isdigit() and 1 <= int(text) <= len(choices):
            return choices[int(text) - 1]
        print(f"Type a number from 1 to {len(choices)}, then press Enter.")


# --- watch ---------------------------------------------------------------------


def watch(session: Session) -> int:
    from tutor import kinds
    from tutor.grading import Grader

    session.grader = Grader(reuse_setup=True)  # one process, many checks

    out = session.out
    exercise = session.exercise(session.args.exercise)
    kind = kinds.of(exercise)
    if not kind.has_files:
        raise CommandError(
            f"'{exercise.id}' is a {kind.name}, so there are no files to watch. "
            f"Answer it with: tutor check {exercise.id}"
        )
    folder = session.tutor.start(exercise).path
    with_git = kind.learner_owns_repository
    limit = 1 if session.args.once else max(session.args.max_checks, 0)
    checks = 0
    code = EXIT_NOT_YET
    try:
        while True:
            before = fingerprint(folder, with_git)
            out.clear()
            result = session.tutor.check(exercise)
            _show(session, exercise, result)
            code = EXIT_OK if result.status == "pass" else EXIT_NOT_YET
            checks += 1
            if limit and checks >= limit:
                return code
            out.blank()
            out.line(f"Watching {folder}. Save a file to check again; Ctrl+C stops.", style="dim")
            after = fingerprint(folder, with_git)
            wait_for_change(folder, settle(before, after, exercise.edit), with_git)
            if not out.fancy:
                out.line("-" * 40)
    except KeyboardInterrupt:
        out.blank()
        out.line("Stopped watching.")
        return EXIT_OK


def fingerprint(folder: Path, with_git: bool = False) -> dict[str, tuple[int, int]]:
    """Each file's modification time and size: polling these works on every file system.

    with_git: also the repository's HEAD, index and branches, where a git
    exercise's work shows (a commit, a new branch, a merge).
    """
    paths = [
        path
        for path in folder.rglob("*")
        if not NOT_WATCHED.intersection(path.relative_to(folder).parts)
    ]
    if with_git:
        git = folder / ".git"
        paths += [git / "HEAD", git / "index", *(git / "refs").rglob("*")]
    found: dict[str, tuple[int, int]] = {}
    for path in paths:
        try:
            stat = path.stat()
        except OSError:
            continue  # removed while we looked: the next poll sees the change
        if path.is_file():
            found[path.relative_to(folder).as_posix()] = (stat.st_mtime_ns, stat.st_size)
    return found


def settle(
    before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]], edit: tuple[str, ...]
) -> dict[str, tuple[int, int]]:
    """What to compare the next polls with.

    A check may itself write files (a database the learner's code makes), and
    re-checking for those would loop for ever; but a save of a file the
    learner edits while the check ran must still trigger the next check.
    """
    baseline = dict(after)
    for name in edit:
        if name in before:
            baseline[name] = before[name]
        else:
            baseline.pop(name, None)
    return baseline


def wait_for_change(
    folder: Path, before: dict[str, tuple[int, int]], with_git: bool = False
) -> None:
    while True:
        time.sleep(POLL_SECONDS)
        now = fingerprint(folder, with_git)
        if now != before:
            # Editors often save in two writes (truncate, then write): let them finish.
            time.sleep(0.1)
            return
