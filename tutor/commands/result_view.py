"""How a check reads on the terminal: the learner's checklist, then the first thing to fix.

What to show is decided once, for both front ends, by
tutor.kinds.checklist.build_checklist; this module only prints it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.terminal_output import Output

if TYPE_CHECKING:
    from rich.text import Text

    from tutor.course.model import Exercise
    from tutor.kinds.checklist import Checklist
    from tutor.runner.result import TestResult


def show_result(
    out: Output,
    exercise: Exercise,
    checklist: Checklist,
    hint_pointer: str | None,
    next_exercise: Exercise | None,
) -> None:
    if not checklist.ran:
        _show_error(out, checklist)
    else:
        out.title(f"Checking {exercise.id}: {checklist.headline}")
        out.blank()
        _show_checklist(out, checklist)
        out.blank()
        if checklist.status != "pass":
            if checklist.feedback:
                for sentence in checklist.feedback:
                    out.indented(sentence, 0)
                out.blank()
            else:
                _show_first_failure(out, checklist)
    if checklist.status == "pass":
        out.line(out.mark("pass"), " Done! Every check passes.", style="bold green")
        if next_exercise is not None:
            out.command("Next exercise: ", f"tutor start {next_exercise.id}")
        else:
            out.line("That was the last exercise left in the course. Well done!")
        if checklist.note:
            out.line(checklist.note)
        return
    if hint_pointer:
        out.command("Stuck? ", hint_pointer)


def _show_error(out: Output, checklist: Checklist) -> None:
    out.line(out.mark("error"), " The checks could not run yet.", style="bold")
    out.blank()
    if checklist.message:
        out.line(checklist.message)
    if checklist.where is not None:
        out.line("Look at: ", str(checklist.where))
    out.blank()


def _show_checklist(out: Output, checklist: Checklist) -> None:
    if not checklist.has_headings:
        for group in checklist.groups:
            for test in group.tests:
                out.line("  ", *_test_line(out, test))
        return
    for group in checklist.groups:
        if not group.tests:
            continue
        if group.title is None:
            out.line("  Other checks", style="bold")
        else:
            out.line(
                "  ", out.mark("pass" if group.done else "fail"), f" {group.title}", style="bold"
            )
        for test in group.tests:
            out.line("      ", *_test_line(out, test))


def _test_line(out: Output, test: TestResult) -> tuple[Text | str, ...]:
    """A check's mark and name; one a loop or a stop kept from running is not checked."""
    from tutor.kinds.checklist import was_checked  # the kinds registry: only once a check ran

    if not was_checked(test):
        return ("-", " ", test.name, " (not checked)")
    return (out.mark(test.status), " ", test.name)


def _show_first_failure(out: Output, checklist: Checklist) -> None:
    first: TestResult | None = checklist.first_failure
    if first is None:
        if checklist.message:
            out.indented(checklist.message, 0)
        return
    out.line("Not yet. The first thing to fix:", style="bold")
    out.line("  ", out.mark(first.status), " ", first.name)
    if first.message:
        for line in first.message.splitlines():
            out.indented(line, 4)
    said = first.message or ""
    already_said = str(first.expected) in said and str(first.actual) in said
    if (first.expected is not None or first.actual is not None) and not already_said:
        out.line("    expected: ", str(first.expected))
        out.line("    got:      ", str(first.actual))
    where = first.where or checklist.where
    if where is not None:
        out.line("    look at:  ", str(where))
    if first.output:
        out.line("    your code printed:")
        for line in first.output.rstrip("\n").splitlines()[:20]:
            out.line("      ", line, style="dim")
    out.blank()
