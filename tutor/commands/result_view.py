"""How a check's Result reads on the terminal: the checklist, then the first thing to fix."""

from __future__ import annotations

from tutor.course.model import Exercise, ExerciseKind
from tutor.runner.result import Result, TestResult
from tutor.terminal_output import Output

# TDD grading puts its checks in two groups (grading.py sets task_id 1 and 2).
TDD_GROUPS = {
    1: "Your tests, tried on a correct version and on buggy versions",
    2: "Your tests and the course's tests, on your code",
}


def show_result(
    out: Output,
    exercise: Exercise,
    result: Result,
    hint_pointer: str | None,
    next_exercise: Exercise | None,
) -> None:
    if result.status == "error" and not result.tests:
        _show_error(out, result)
    else:
        summary = f"{result.passed} of {result.total} checks pass"
        out.title(f"Checking {exercise.id}: {summary}")
        out.blank()
        _show_checklist(out, exercise, result)
        out.blank()
        if result.status != "pass":
            if exercise.kind is ExerciseKind.QUIZ:
                _show_quiz_feedback(out, result)
            else:
                _show_first_failure(out, result)
    if result.status == "pass":
        out.line(out.mark("pass"), " Done! Every check passes.", style="bold green")
        if next_exercise is not None:
            out.command("Next exercise: ", f"tutor start {next_exercise.id}")
        else:
            out.line("That was the last exercise left in the course. Well done!")
        return
    if hint_pointer:
        out.command("Stuck? ", hint_pointer)


def _show_error(out: Output, result: Result) -> None:
    out.line(out.mark("error"), " The checks could not run yet.", style="bold")
    out.blank()
    if result.message:
        out.line(result.message)
    if result.where is not None:
        out.line("Look at: ", str(result.where))
    out.blank()


def _show_checklist(out: Output, exercise: Exercise, result: Result) -> None:
    groups = _group_titles(exercise)
    if not groups:
        for test in result.tests:
            out.line("  ", out.mark(test.status), " ", test.name)
        return
    by_group: dict[int | None, list[TestResult]] = {}
    for test in result.tests:
        by_group.setdefault(test.task_id if test.task_id in groups else None, []).append(test)
    for number, title in groups.items():
        tests = by_group.get(number, [])
        if not tests:
            continue
        group_status = "pass" if all(t.status == "pass" for t in tests) else "fail"
        out.line("  ", out.mark(group_status), f" {title}", style="bold")
        for test in tests:
            out.line("      ", out.mark(test.status), " ", test.name)
    others = by_group.get(None, [])
    if others:
        out.line("  Other checks", style="bold")
        for test in others:
            out.line("      ", out.mark(test.status), " ", test.name)


def _group_titles(exercise: Exercise) -> dict[int, str]:
    if exercise.steps:
        return {n: f"Step {n}: {step.title}" for n, step in enumerate(exercise.steps, start=1)}
    if exercise.kind is ExerciseKind.TDD:
        return TDD_GROUPS
    return {}


def _show_first_failure(out: Output, result: Result) -> None:
    first = result.first_failure
    if first is None:
        if result.message:
            out.indented(result.message, 0)
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
    where = first.where or result.where
    if where is not None:
        out.line("    look at:  ", str(where))
    if first.output:
        out.line("    your code printed:")
        for line in first.output.rstrip("\n").splitlines()[:20]:
            out.line("      ", line, style="dim")
    out.blank()


def _show_quiz_feedback(out: Output, result: Result) -> None:
    for number, test in enumerate(result.tests, start=1):
        if test.status != "pass" and test.message:
            out.indented(f"Question {number}: {test.message}", 0)
    out.blank()
