"""The parent's verdict on a check's honesty: tampering, learner skips, the guard's last word.

outcome.py builds the Result from the events; apply() then:

- turns each test the learner's code skipped (pytest.skip, pytest.xfail,
  unittest.SkipTest raised while their code ran) into a failure that says so;
- makes the check an error when the guard (guard.py) saw learner code reach
  into the checking, or the learner's files do (inspection.py), or a test
  module was skipped by the learner's code while it was imported;
- accepts a pass only when the guard's final IntegrityChecked event came, with as
  many results as the tests collected.
"""

from __future__ import annotations

from pathlib import Path

from tutor.runner import inspection
from tutor.runner.events import (
    CollectSkipped,
    Event,
    IntegrityChecked,
    Tampered,
    TestFinished,
    of_kind,
)
from tutor.runner.request import CheckRequest
from tutor.runner.result import Result, Where

TAMPERED = (
    "Your code changed how the checks work (it {what}). Checks cannot be trusted after "
    "that, so this counts as not passed. Remove that code."
)
SKIPPED = (
    "Your code skipped this check ({kind} at {where}). A check only passes when it runs to the end."
)
MODULE_SKIPPED = (
    "Your code skipped the checks in {tests} while they were being loaded ({where}). "
    "A check only passes when it runs to the end."
)
NOT_CONFIRMED = (
    "The check's report was incomplete, so the tutor cannot trust it. Check again; if it "
    "keeps happening, tell your instructor."
)


def _relative(file: str, workspace: Path) -> str:
    try:
        return Path(file).resolve().relative_to(workspace.resolve()).as_posix()
    except (ValueError, OSError):
        return file


def _place(file: str | None, line: int | None, workspace: Path) -> Where | None:
    if not file:
        return None
    return Where(_relative(file, workspace), line if isinstance(line, int) else None)


def apply(result: Result, events: list[Event], request: CheckRequest) -> Result:
    _mark_learner_skips(result, of_kind(events, TestFinished), request.workspace)
    problem = _tampering(of_kind(events, Tampered), request) or _module_skipped(
        of_kind(events, CollectSkipped), request.workspace
    )
    if problem is not None:
        message, where, tampering = problem
        result.status, result.message, result.where = "error", message, where
        result.tampering = tampering
    elif result.status == "pass" and not _confirmed(events):
        result.status, result.message = "error", NOT_CONFIRMED
    return result


def _mark_learner_skips(result: Result, results: list[TestFinished], workspace: Path) -> None:
    skipped = {event.id: event.skipped_by for event in results if event.skipped_by is not None}
    for test in result.tests:
        found = skipped.get(test.test_id)
        if found is None:
            continue
        where = _place(found.get("file"), found.get("line"), workspace)
        test.status = "fail"
        test.where = where
        test.message = SKIPPED.format(kind=found.get("kind", "a skip"), where=where or "your code")
    if skipped and result.status == "pass":
        result.status = "fail"
    if skipped and result.status == "fail":
        first = result.first_failure
        result.message = result.message or f"{result.passed} of {result.total} checks pass."
        if first is not None and first.test_id in skipped:
            result.message, result.where = first.message, first.where


def _tampering(seen: list[Tampered], request: CheckRequest) -> tuple[str, Where | None, str] | None:
    """The first thing the guard saw, else the first finding in the learner's files."""
    instructors = frozenset(
        path.name for path in request.test_files if not _is_within(path, request.workspace)
    )
    findings = inspection.scan(request.workspace, instructors)
    if seen:
        event = seen[0]
        where = _place(event.file, event.line, request.workspace)
        if where is None and findings:
            where = Where(findings[0].file, findings[0].line)
        what = event.what or "changed the checker"
    elif findings:
        where = Where(findings[0].file, findings[0].line)
        what = findings[0].what
    else:
        return None
    said = f"{what} at {where}" if where else what
    return TAMPERED.format(what=said), where, said


def _module_skipped(
    skips: list[CollectSkipped], workspace: Path
) -> tuple[str, Where | None, str] | None:
    for event in skips:
        if event.by_learner:
            where = _place(event.where_file, event.where_line, workspace)
            tests = Path(event.id or "the test file").name
            said = f"skipped the checks in {tests} at {where or 'your code'}"
            return MODULE_SKIPPED.format(tests=tests, where=where or "your code"), where, said
    return None


def _confirmed(events: list[Event]) -> bool:
    """The guard's last word: nothing seen, and as many results as it let through."""
    final = of_kind(events, IntegrityChecked)
    if not final:
        return False
    results = len(of_kind(events, TestFinished))
    return final[0].ok and final[0].results == results and results > 0


def _is_within(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except (ValueError, OSError):
        return False
    return True
