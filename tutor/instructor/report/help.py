"""The top of the class report: who needs help now, and when each learner was last active.

Read from each export: its `checks` rows (every check, with its time and
outcome) and each exercise's `last_check` (the failing checks and their
messages, tutor/last_check.py). A learner needs help when the last thing they
checked fails and that exercise is not done; they have been stuck since the
first of the failing checks at the end of its run of checks. Everything read
here comes from a learner's computer: each value is checked for its type and
every text is escaped and cut.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from html import escape

from tutor.instructor.export import LearnerExport
from tutor.progress.records import describe_duration

MESSAGE_LENGTH = 180  # characters of a failing check's message shown in the table
SHOWN_FILES = 3  # of a stuck learner's files, the first few they edit
SHOWN_CHARACTERS = 4000  # of each


@dataclass(frozen=True)
class Stuck:
    learner: str
    exercise_id: str
    title: str
    since: datetime
    until: datetime  # the export's date: how long is measured up to it
    failing: str  # the first failing check's name
    message: str
    attempts: int
    hints: int
    last_active: datetime | None

    @property
    def seconds(self) -> float:
        return max((self.until - self.since).total_seconds(), 0.0)


def cut(text: str, length: int = MESSAGE_LENGTH) -> str:
    """One line of at most length characters, ending in "…" when something was cut."""
    line = " ".join(text.split())
    return line if len(line) <= length else line[: length - 1].rstrip() + "…"


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def moment(value: object) -> datetime | None:
    """An ISO time from an export, as UTC; None when it is missing or not a time."""
    if not isinstance(value, str):
        return None
    try:
        found = datetime.fromisoformat(value)
    except ValueError:
        return None
    return found if found.tzinfo else found.replace(tzinfo=timezone.utc)


def exported_at(export: LearnerExport) -> datetime | None:
    return moment(export.record.get("exported_at"))


def check_rows(export: LearnerExport) -> list[tuple[datetime, str, str]]:
    """(time, exercise id, status) of each check the export lists, oldest first."""
    rows = export.record.get("checks")
    found = []
    for row in rows if isinstance(rows, list) else []:
        if not isinstance(row, dict):
            continue
        at, exercise, status = moment(row.get("at")), row.get("exercise"), row.get("status")
        if at is not None and isinstance(exercise, str) and isinstance(status, str):
            found.append((at, exercise, status))
    return sorted(found, key=lambda row: row[0])


def last_active(export: LearnerExport) -> datetime | None:
    """The learner's last check, or the last exercise they started or finished."""
    times = [at for at, _, _ in check_rows(export)]
    for entry in export.exercises:
        times += [t for t in (moment(entry.get("started_at")), moment(entry.get("done_at"))) if t]
    return max(times, default=None)


def stuck(export: LearnerExport) -> Stuck | None:
    """What this learner is stuck on now, if the last exercise they checked fails."""
    rows = check_rows(export)
    entries = {str(entry["id"]): entry for entry in export.exercises}
    if rows:
        _, exercise_id, _ = rows[-1]
        run = [row for row in rows if row[1] == exercise_id]
        failing = []
        for row in reversed(run):
            if row[2] == "pass":
                break
            failing.append(row)
        if not failing:
            return None
        since = failing[-1][0]
    else:  # an export without its checks: the started exercise whose last check failed
        started = [
            e for e in export.exercises
            if e.get("status") == "started" and e.get("last_status") in ("fail", "error")
        ]  # fmt: skip
        if not started or moment(started[-1].get("started_at")) is None:
            return None
        exercise_id = str(started[-1]["id"])
        since = moment(started[-1].get("started_at")) or datetime.now(timezone.utc)
    entry = entries.get(exercise_id, {})
    if entry.get("status") == "done":
        return None
    name, message = _failing_check(entry.get("last_check"))
    active = last_active(export)
    return Stuck(
        learner=export.learner,
        exercise_id=exercise_id,
        title=str(entry.get("title") or ""),
        since=since,
        until=max(exported_at(export) or active or since, since),
        failing=name,
        message=message,
        attempts=int(entry.get("attempts") or 0),
        hints=int(entry.get("hints") or 0),
        last_active=active,
    )


def _failing_check(summary: object) -> tuple[str, str]:
    """(name, message) of the first failing check in a `last_check` summary."""
    if not isinstance(summary, dict):
        return "", "(this export does not say why: the learner's tutor is older)"
    failing = summary.get("failing")
    first = failing[0] if isinstance(failing, list) and failing else None
    if isinstance(first, dict):
        name, message = first.get("name"), first.get("message")
        where = first.get("where")
        text = str(message) if isinstance(message, str) else ""
        if isinstance(where, str) and where:
            text = f"{where}: {text}"
        return (str(name) if isinstance(name, str) else ""), text
    message = summary.get("message")
    return "(no check could run)", str(message) if isinstance(message, str) else ""


def when(moment_: datetime | None, day: datetime | None = None) -> str:
    """The time; only the hour when it is on day (the export's), to keep the column narrow."""
    if moment_ is None:
        return "-"
    if day is not None and moment_.date() == day.date():
        return moment_.strftime("%H:%M UTC")
    return moment_.strftime("%Y-%m-%d %H:%M UTC")


def learner_files(export: LearnerExport, exercise_id: str, edited: list[str] | None) -> str:
    """What the learner wrote in the exercise they are stuck on, folded; edited: the files the
    exercise has the learner edit (else every file but tests and git's)."""
    names = [
        name for name in sorted(export.files.get(exercise_id, {}))
        if (name in edited if edited is not None
            else not (name.startswith((".git/", "test_")) or "/test_" in name))
    ][:SHOWN_FILES]  # fmt: skip
    if not names:
        return ""
    shown = []
    try:
        with zipfile.ZipFile(export.path) as archive:
            for name in names:
                with archive.open(export.files[exercise_id][name]) as opened:
                    data = opened.read(SHOWN_CHARACTERS * 4 + 1)
                text = data.decode("utf-8", errors="replace")
                if len(text) > SHOWN_CHARACTERS:
                    text = text[:SHOWN_CHARACTERS] + "\n…"
                shown.append(f"<b>{escape(name)}</b><pre>{escape(text)}</pre>")
    except (OSError, KeyError, zipfile.BadZipFile):
        return ""
    return f"<details><summary>what they wrote</summary>{''.join(shown)}</details>"


def help_section(
    exports: list[LearnerExport], edited: Callable[[str], list[str] | None] | None = None
) -> str:
    """Who needs help now: longest stuck first. edited: exercise id -> the files the learner
    edits in it (None: not known)."""
    by_learner = {export.learner: export for export in exports}
    files_of = edited or _unknown
    found = sorted(
        (s for s in (stuck(export) for export in exports) if s is not None),
        key=lambda s: s.seconds,
        reverse=True,
    )
    if not found:
        return (
            "<h2>Who needs help now</h2><p>Nobody: no learner's last check is failing on an "
            "exercise they have not finished.</p>"
        )
    rows = "".join(
        f"<tr><th>{escape(s.learner)}</th>"
        f'<td class="num">{escape(describe_duration(s.seconds))}</td>'
        f"<td>{escape(s.exercise_id)}<br><small>{escape(cut(s.title, 60))}</small></td>"
        f"<td>{escape(cut(s.failing, 60))}</td>"
        f'<td class="message">{escape(cut(s.message))}'
        f"{learner_files(by_learner[s.learner], s.exercise_id, files_of(s.exercise_id))}"
        "</td>"
        f'<td class="num">{escape(plural(s.attempts, "check"))}</td>'
        f'<td class="num">{escape(plural(s.hints, "hint"))}</td>'
        f"<td>{escape(when(s.last_active, s.until))}</td></tr>"
        for s in found
    )
    return (
        f'<h2 class="warning">Who needs help now ({len(found)})</h2>'
        "<p>Learners whose last check fails on an exercise they have not finished, the "
        "longest stuck first (measured up to the time of their export).</p>"
        '<table class="help"><thead><tr><th>learner</th><th>stuck for</th><th>exercise</th>'
        "<th>failing check</th><th>its message</th><th>tried</th><th>hints</th>"
        f"<th>last active</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def _unknown(exercise_id: str) -> list[str] | None:
    return None


def learners_table(exports: list[LearnerExport], totals: dict[str, tuple[int, int]]) -> str:
    """Each learner: done of total, last active, and the date of their export."""
    rows = "".join(
        f"<tr><th>{escape(x.learner)}</th>"
        f'<td class="num">{totals[x.learner][0]} of {totals[x.learner][1]}</td>'
        f"<td>{escape(when(last_active(x)))}</td><td>{escape(when(exported_at(x)))}</td></tr>"
        for x in exports
    )
    return (
        '<table class="learners"><thead><tr><th>learner</th><th>done</th><th>last active</th>'
        f"<th>export made</th></tr></thead><tbody>{rows}</tbody></table>"
    )
