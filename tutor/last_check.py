"""The last check of each exercise, kept short, for the learner's export and the class report.

The progress record keeps counts (passed, total) of every check; an instructor
helping a stuck learner also needs what failed and why. So after each check
the tutor keeps a short summary of it (which checks fail, their messages, where)
in the progress store's settings, one per exercise, and the export carries it.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tutor.progress import Progress
    from tutor.runner.result import Result

SETTING_PREFIX = "last_check:"
MAX_FAILING = 5  # the first few failing checks say enough
MAX_MESSAGE = 600  # characters of one message; the report cuts shorter still


def summarize(result: Result) -> dict[str, Any]:
    """The parts of a check an instructor reads: its outcome and each failing check."""
    failing = [
        {
            "name": test.name[:200],
            "message": _cut(test.message or ""),
            "where": str(test.where) if test.where else None,
        }
        for test in result.tests
        if test.status != "pass"
    ][:MAX_FAILING]
    return {
        "at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "status": result.status,
        "passed": result.passed,
        "total": result.total,
        "message": _cut(result.message or ""),
        "where": str(result.where) if result.where else None,
        "failing": failing,
    }


def remember(progress: Progress, exercise_id: str, result: Result) -> None:
    progress.set_setting(SETTING_PREFIX + exercise_id, summarize(result))


def recall(progress: Progress, exercise_id: str) -> dict[str, Any] | None:
    found = progress.get_setting(SETTING_PREFIX + exercise_id)
    return found if isinstance(found, dict) else None


def _cut(text: str) -> str:
    return text if len(text) <= MAX_MESSAGE else text[: MAX_MESSAGE - 1] + "…"
