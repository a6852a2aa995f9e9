"""Reading the lesson from a shell: `tutor lesson` prints a lesson's pages.

Learners who work in a shell with their own editor still need the textbook:
the pages are the only explanation they have, with no internet to ask.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tutor.commands.common import EXIT_OK, CommandError, Session, add_command

if TYPE_CHECKING:
    from tutor.course.model import Lesson


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers,
        "lesson",
        lesson,
        "Read a lesson's pages: the lesson of an exercise, or a lesson by its id.",
        ["tutor lesson hello-tutor", "tutor lesson welcome/using-the-tutor --page 2"],
    )
    parser.add_argument(
        "name", nargs="?", help="an exercise or a lesson id (default: the exercise of this folder)"
    )
    parser.add_argument("--page", type=int, metavar="N", help="only page N")


def lesson(session: Session) -> int:
    """In a terminal the pages go through a pager (q leaves it), as `git log` does."""
    out = session.out
    with out.paged():
        return _show_lesson(session)


def _show_lesson(session: Session) -> int:
    out = session.out
    chosen = _find_lesson(session, session.args.name)
    pages = list(enumerate(chosen.pages, start=1))
    if session.args.page is not None:
        if not 1 <= session.args.page <= len(pages):
            raise CommandError(
                f"'{chosen.title}' has pages 1 to {len(pages)}; "
                f"there is no page {session.args.page}."
            )
        pages = [pages[session.args.page - 1]]
    out.title(f"{chosen.title}  ({len(chosen.pages)} pages)")
    if chosen.summary:
        out.line(chosen.summary, style="dim")
    for number, page in pages:
        out.blank()
        out.title(f"Page {number}: {page.title}")
        out.markdown(page.text)
    out.blank()
    for exercise in chosen.exercises:
        out.command(f"Exercise '{exercise.title}': ", f"tutor start {exercise.id}")
    return EXIT_OK


def _find_lesson(session: Session, name: str | None) -> Lesson:
    """A lesson id ("welcome/using-the-tutor"), else the lesson of an exercise."""
    if name is not None:
        found = session.tutor.course.lesson(name)
        if found is not None:
            return found
        if "/" in name:
            raise CommandError(
                f"There is no lesson called '{name}'. Run `tutor list` to see the lessons."
            )
    return session.tutor.lesson_of(session.exercise(name))
