"""The learner's record: `tutor progress` as a table, JSON or CSV."""

from __future__ import annotations

import csv
import sys
from typing import TYPE_CHECKING, Any

from tutor.commands.common import EXIT_OK, Session, add_command
from tutor.progress.records import describe_duration
from tutor.safe_text import visible

if TYPE_CHECKING:
    from rich.text import Text

    from tutor.terminal_output import Output

COLUMNS = [
    "id",
    "title",
    "status",
    "attempts",
    "hints",
    "last_status",
    "last_passed",
    "last_total",
    "time_spent_s",
    "started_at",
    "done_at",
]


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers,
        "progress",
        progress,
        "Show your record: each exercise's status, checks, hints and time spent.",
        ["tutor progress", "tutor progress --csv > my-progress.csv"],
    )
    shape = parser.add_mutually_exclusive_group()
    shape.add_argument("--json", action="store_true", help="print a JSON list instead")
    shape.add_argument("--csv", action="store_true", help="print CSV (for a spreadsheet)")


def progress(session: Session) -> int:
    rows = progress_rows(session)
    if session.args.json:
        session.out.json(rows)
        return EXIT_OK
    if session.args.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(
            {key: visible(value) if isinstance(value, str) else value for key, value in row.items()}
            for row in rows
        )
        return EXIT_OK
    out = session.out
    done = sum(row["status"] == "done" for row in rows)
    spent = sum(row["time_spent_s"] for row in rows)
    out.title(f"{session.tutor.course.title}: {done} of {len(rows)} exercises done")
    out.line(f"Time spent on exercises: {_duration(spent)}.", style="dim")
    out.blank()
    table = [
        [
            row["id"],
            _status_cell(out, row["status"]),
            str(row["attempts"]),
            str(row["hints"]),
            _last_result(row),
            _duration(row["time_spent_s"]) if row["attempts"] else "-",
        ]
        for row in rows
    ]
    out.table(["exercise", "status", "checks", "hints", "last check", "time"], table)
    return EXIT_OK


def progress_rows(session: Session) -> list[dict[str, Any]]:
    """One row per exercise of the course, in course order, then any the course has lost."""
    tutor = session.tutor
    records = tutor.progress.summary()
    statuses = tutor.statuses()
    rows = []
    for exercise in tutor.course.exercises:
        record = records.pop(exercise.id, None)
        rows.append(_row(exercise.id, exercise.title, statuses[exercise.id].value, record))
    for exercise_id, record in records.items():
        # Work on an exercise the course no longer has is still the learner's work.
        status = "done" if record.done else "started"
        rows.append(_row(exercise_id, "(not in this course)", status, record))
    return rows


def _row(exercise_id: str, title: str, status: str, record: Any) -> dict[str, Any]:
    return {
        "id": exercise_id,
        "title": title,
        "status": status,
        "attempts": record.attempts if record else 0,
        "hints": record.hints if record else 0,
        "last_status": record.last_status if record else None,
        "last_passed": record.last_passed if record else None,
        "last_total": record.last_total if record else None,
        "time_spent_s": round(record.time_spent_s, 1) if record else 0.0,
        "started_at": record.started_at.isoformat() if record and record.started_at else None,
        "done_at": record.done_at.isoformat() if record and record.done_at else None,
    }


def _status_cell(out: Output, status: str) -> Text | str:
    if out.fancy:
        return out.status_mark(status).append(" " + status)
    return status  # in a pipe the mark would only repeat the word


def _last_result(row: dict[str, Any]) -> str:
    if row["last_status"] is None:
        return "-"
    if row["last_status"] == "error":
        return "could not run"
    return f"{row['last_passed']}/{row['last_total']} passed"


def _duration(seconds: float) -> str:
    return describe_duration(seconds, nothing="no time yet", approximate=True)
