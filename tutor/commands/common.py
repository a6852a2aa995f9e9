"""What every subcommand shares: exit codes, errors, the session (output + Tutor)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tutor.errors import TutorError
from tutor.spelling import closest_names

if TYPE_CHECKING:
    from tutor.app_state import Tutor
    from tutor.course.model import Exercise
    from tutor.grading import Grader
    from tutor.runner.prestart import PrestartedChild
    from tutor.terminal_output import Output

EXIT_OK = 0
EXIT_NOT_YET = 1  # checks not passing yet, or problems found
EXIT_USAGE = 2  # a bad name or option, or a broken course

Handler = Callable[["Session"], int]


class CommandError(TutorError):
    """Stops a command with a plain sentence (what went wrong, what to do) and an exit code."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


def add_command(
    subparsers: Any,
    name: str,
    handler: Handler,
    description: str,
    examples: list[str],
) -> argparse.ArgumentParser:
    """A subcommand whose --help shows a one-line description and examples."""
    epilog = "example:\n" + "\n".join(f"  {example}" for example in examples)
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name,
        help=description,
        description=description,
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    # Also accepted after the command (`tutor list --course DIR`); SUPPRESS keeps
    # the value given before the command when this one is not used.
    parser.add_argument(
        "--course", metavar="DIR", default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )
    parser.set_defaults(handler=handler)
    return parser


class Session:
    """One run of one command: the parsed options, the output, and the Tutor (opened lazily)."""

    def __init__(self, args: argparse.Namespace, prestarted: PrestartedChild | None = None) -> None:
        self.args = args
        # Set by a command before it first uses `tutor`, to choose how checks run.
        self.grader: Grader | None = None
        # `tutor check`'s child, forked before the command was known (cli.main), if any.
        self.prestarted = prestarted

    @cached_property
    def out(self) -> Output:
        from tutor.terminal_output import Output

        return Output()

    @cached_property
    def tutor(self) -> Tutor:
        from tutor import locations
        from tutor.app_state import Tutor

        root = locations.course_dir(self.args.course)
        if not (root / "lessons" / "course.toml").is_file():
            raise CommandError(
                f"There is no course in {root}: it needs a file lessons/course.toml. "
                "Give the course folder with --course DIR (or set TUTOR_COURSE)."
            )
        tutor = Tutor(course_root=root, grader=self.grader)
        errors = tutor.course.errors
        if errors and not getattr(self.args, "quiet_course_problems", False):
            self.out.note(
                f"The course has {len(errors)} problem(s), so some lessons are left out. "
                f"Your instructor can see them with: tutor lint {root}"
            )
        return tutor

    def close(self) -> None:
        if "tutor" in self.__dict__:
            self.tutor.close()  # closes the grader too
        elif self.grader is not None:
            self.grader.close()

    def exercise(self, name: str | None) -> Exercise:
        """The named exercise, or the one whose workspace holds the current folder."""
        from tutor.app_state import TutorError

        if name is None:
            from tutor.workspace import find_exercise_id

            name = find_exercise_id(Path.cwd())
            if name is None:
                raise CommandError(
                    "This folder is not an exercise folder, so I do not know what to check. "
                    "Go to the folder that `tutor start NAME` printed, "
                    "or name the exercise: tutor check NAME (see `tutor list`)."
                )
        try:
            return self.tutor.exercise(name)
        except TutorError as error:
            known = [exercise.id for exercise in self.tutor.course.exercises]
            close = closest_names(name, known, cutoff=0.6)
            hint = f" Did you mean '{close[0]}'?" if close else ""
            raise CommandError(f"{error}{hint}") from None

    def hint_pointer(self, exercise: Exercise) -> str | None:
        """'tutor hint X (2 hints left)', or None when the exercise has no hints."""
        total = len(exercise.hints)
        if total == 0:
            return None
        left = total - len(self.tutor.hints_so_far(exercise))
        if left <= 0:
            return f"tutor hint {exercise.id} (you have seen all {total} hints)"
        return f"tutor hint {exercise.id} ({left} hint{'s' if left != 1 else ''} left)"
