"""The `tutor` command: with no arguments the full-screen tutor, else one subcommand.

Exit codes: 0 done / passed, 1 not yet / problems found, 2 a usage or course
error. Errors are plain sentences that say what to do next, never tracebacks
(set TUTOR_DEBUG=1 to see one). Nothing is imported up front: `tutor check`
forks its child first, and each subcommand imports what it needs.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, NoReturn

from tutor import __version__
from tutor.errors import TutorError

if TYPE_CHECKING:
    import argparse

    from tutor.commands.common import Session
    from tutor.runner.prestart import PrestartedChild

EXIT_OK = 0
EXIT_USAGE = 2  # as tutor.commands.common, not imported before the fork below
EXIT_INTERRUPTED = 130  # the shell's code for Ctrl+C


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line, or (`only`) the one command a quick parse needs.

    Building all ~30 subcommands imports every command module: about a tenth of a
    `tutor check` that only needs its own (see _parse).
    """
    import argparse
    import importlib

    parser_class = argparse.ArgumentParser if only is None else _quick_parser_class()
    parser = parser_class(
        prog="tutor",
        description="An offline coding school in a terminal. "
        "Run `tutor` alone for the full-screen tutor, or a command below.",
        epilog="example:\n  tutor list\n  tutor start hello-tutor\n  tutor check",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"tutor {__version__}")
    parser.add_argument(
        "--course",
        metavar="DIR",
        help="the course folder (default: $TUTOR_COURSE, else the course that comes with tutor)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    names = COMMAND_MODULES if only is None else QUICK_COMMANDS[only]
    for name in names:
        importlib.import_module(f"tutor.commands.{name}").register(subparsers)
    return parser


# The modules that register subcommands, in the order of `tutor --help`
# (instructor after records: it extends `tutor progress`).
COMMAND_MODULES = (
    "learning",
    "reading",
    "checking",
    "opening",
    "records",
    "authoring",
    "instructor",
    "doctor",
    "reviewing",
)
# Commands parsed by a parser that knows only them: those a learner runs often.
QUICK_COMMANDS = {"check": ("checking",)}


def _parse(argv: list[str]) -> argparse.Namespace:
    """argv parsed; a quick parser first for a command in QUICK_COMMANDS.

    Anything the quick parser does not accept (or --help, --version) goes to the
    whole parser, so usage errors and help read exactly as before.
    """
    word = _command_word(argv)
    if word in QUICK_COMMANDS and not {"-h", "--help", "--version"} & set(argv):
        try:
            return build_parser(only=word).parse_args(argv)
        except _NotQuick:
            pass
    return build_parser().parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # Before anything else is imported: the check's child imports pytest on the
    # other core meanwhile (tutor/runner/prestart.py).
    prestarted = _prestart_check(argv)
    try:
        return _run_command(argv, prestarted)
    finally:
        if prestarted is not None:
            prestarted.close()  # unused (not a check after all, a quiz, an error): stop it


# Commands after which the interpreter's own teardown is skipped: by the time
# main() returns, the snapshot is committed, the progress database closed, the
# check's child reaped and the output written, and freeing the ~500 modules a
# check imports only kept the learner waiting (~10 ms of every `tutor check`).
QUICK_EXIT_COMMANDS = {"check"}


def entry_point() -> NoReturn:
    """The `tutor` console script and `python -m tutor`."""
    argv = sys.argv[1:]
    code = main(argv)
    if _command_word(argv) in QUICK_EXIT_COMMANDS:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except (OSError, ValueError):  # the reader went away: nothing left to tell it
            pass
        grouped = sys.modules.get("tutor.runner.cgroup")  # its atexit would not run
        if grouped is not None:
            grouped.remove_all(in_background=True)
        os._exit(code)
    sys.exit(code)


def _prestart_check(argv: list[str]) -> PrestartedChild | None:
    """Fork the check's child now when the command is `tutor check` (a guess: argparse decides)."""
    if _command_word(argv) != "check" or {"-h", "--help"} & set(argv):
        return None
    from tutor.runner.prestart import PrestartedChild

    return PrestartedChild.start(argv)


def _command_word(argv: list[str]) -> str | None:
    """The subcommand's name: the first word that is not an option or --course's value."""
    words = iter(argv)
    for word in words:
        if word == "--course":
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def _run_command(argv: list[str], prestarted: PrestartedChild | None) -> int:
    from tutor.commands.common import CommandError, Session

    try:
        args = _parse(argv)
    except SystemExit as stop:  # --help, --version, or a usage error argparse explained
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    if args.command is None:
        return run_tui(args)
    session = Session(args, prestarted)
    try:
        return int(args.handler(session))
    except CommandError as error:
        session.out.error(str(error))
        return error.code
    except TutorError as error:  # the tutor's own errors are already sentences for the learner
        session.out.error(str(error))
        return EXIT_USAGE
    except KeyboardInterrupt:
        session.out.error("Stopped.")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader stopped early (`tutor list --json | head`): not an error of
        # ours. Point stdout at nothing so the exit flush does not complain.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except Exception as error:  # the learner gets a sentence; the instructor can ask for more
        return _unexpected(session, error)
    finally:
        session.close()


def run_tui(args: argparse.Namespace) -> int:
    from tutor import locations

    root = locations.course_dir(args.course)
    if not (root / "lessons" / "course.toml").is_file():
        # Said here, in the shell, rather than on a full screen that then vanishes.
        print(
            f"There is no course in {root}: it needs a file lessons/course.toml. "
            "Give the course folder with --course DIR (or set TUTOR_COURSE).",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        # Textual reads keys from stdin and draws on stderr; without a terminal it
        # would hang or print escape codes into a file.
        print(
            "The full-screen tutor needs a terminal to draw in. From a script, use the "
            "commands instead: `tutor list`, `tutor check NAME` (see `tutor --help`).",
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        from tutor.tui.app import run_app
    except ImportError as error:
        print(
            "The full-screen tutor is not installed in this copy "
            f"({error}). The commands still work: try `tutor list`, or `tutor --help`.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    result = run_app(course=args.course)
    return result if isinstance(result, int) else EXIT_OK


def _unexpected(session: Session, error: Exception) -> int:
    if os.environ.get("TUTOR_DEBUG"):
        import traceback

        traceback.print_exc()
    session.out.error(
        f"Something went wrong inside the tutor ({type(error).__name__}: {error}). "
        "Your files are safe. Please tell your instructor what you typed."
    )
    return EXIT_USAGE


if __name__ == "__main__":
    entry_point()


class _NotQuick(TutorError):
    """The quick parser met something it does not know: the whole parser decides.

    Never leaves _parse."""


def _quick_parser_class() -> type[argparse.ArgumentParser]:
    import argparse

    class QuickParser(argparse.ArgumentParser):
        def error(self, message: str) -> NoReturn:
            raise _NotQuick(message)

    return QuickParser
