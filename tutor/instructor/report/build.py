"""`tutor report FILES... --html OUT`: one offline HTML page about the whole class.

From many learners' exports (see tutor/instructor/export.py): a chart of each learner's
progress, a chart of where the class gets stuck, a table of every learner and
exercise (done or not, checks, hints, time), and, with --verify, which records
do not hold up when the checks run again. The page is one file with its style
inline and SVG charts drawn here: no script, nothing fetched from anywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from html import escape
from typing import Any

from tutor.course.model import Course
from tutor.instructor.export import LearnerExport
from tutor.instructor.report.charts import ExerciseCounts, learners_chart, stuck_chart
from tutor.instructor.report.help import (
    cut,
    exported_at,
    help_section,
    learners_table,
    plural,
    when,
)
from tutor.instructor.report.projects import projects_section
from tutor.instructor.report.verify import Verdict
from tutor.progress.records import describe_duration

STYLE = """
body { font-family: sans-serif; margin: 1.5em auto; max-width: 1200px; padding: 0 1em;
       color: #1b1f24; background: #ffffff; overflow-wrap: anywhere; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; }
h2 { font-size: 1.2em; margin-top: 1.6em; }
h3 { font-size: 1.05em; margin: 0.8em 0 0.2em; }
p.meta { color: #555; margin-top: 0; }
table { border-collapse: collapse; margin: 0.5em 0; max-width: 100%; }
table.help, table.exercises { width: 100%; }
th, td { border: 1px solid #c8ccd0; padding: 0.25em 0.5em; text-align: left;
         vertical-align: top; }
th { background: #f0f2f4; }
td.message { font-family: monospace; font-size: 0.9em; }
td.message details { border: none; padding: 0; }
td.message pre { white-space: pre-wrap; max-height: 20em; overflow-y: auto; margin: 0.2em 0;
                 background: #f6f8fa; }
td.done { background: #dcefdc; }
td.started { background: #fdebd0; }
td.bad { background: #f8d0d0; font-weight: bold; }
td.unverified { background: #fff3b0; }
td.num { text-align: right; white-space: nowrap; }
td.tampered, span.tampered { background: #f8d0d0; color: #9b1c1c; font-weight: bold; }
tr.lesson th { background: #fafbfc; font-weight: normal; font-style: italic; }
.matrix td { text-align: center; white-space: nowrap; font-size: 0.85em; padding: 0.2em 0.3em; }
/* Track names read bottom to top: twenty tracks still fit 1280 pixels. */
.matrix th.track { font-size: 0.85em; font-weight: normal; overflow-wrap: normal;
                   writing-mode: vertical-rl; transform: rotate(180deg);
                   text-align: left; padding: 0.3em 0.2em; }
.matrix tbody th { min-width: 8em; overflow-wrap: break-word; }
svg.chart { max-width: 100%; height: auto; }
details { margin: 0.3em 0; border: 1px solid #c8ccd0; padding: 0.2em 0.6em; }
summary { cursor: pointer; }
summary h2 { display: inline; font-size: 1em; margin: 0; }
.warning { color: #9b1c1c; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  h2 { break-after: avoid; }
  tr, svg.chart, details { break-inside: avoid-page; }
  details { border: none; padding: 0; }
  td.message details { display: none; }
  details::details-content { content-visibility: visible; display: block; }
  td.done, td.started, td.bad, td.unverified, td.tampered { print-color-adjust: exact;
    -webkit-print-color-adjust: exact; }
}
"""


@dataclass(frozen=True)
class Cell:
    status: str  # done | started | not started | locked
    attempts: int
    hints: int
    seconds: float
    verdict: Verdict | None
    left_out: bool = False  # done, but the export left its files out: not verified
    tampering: str | None = None  # a check caught the learner's code changing the checks

    @property
    def unverified(self) -> bool:
        """Counted done, but nothing backs it: never shown as plainly done."""
        if self.status != "done":
            return False
        return self.left_out or (self.verdict is not None and self.verdict.holds is None)


def build_report(
    exports: list[LearnerExport],
    course: Course | None = None,
    verdicts: dict[str, dict[str, Verdict]] | None = None,
    unreadable: list[tuple[str, str]] | None = None,
    refresh_seconds: int | None = None,
) -> str:
    """The class report as one HTML document. verdicts: learner -> exercise id -> Verdict;
    unreadable: (file, why) for each export that could not be read; refresh_seconds: the
    browser reloads the page this often (for `--watch`; a meta tag, not a script)."""
    verdicts = verdicts or {}
    order = _exercise_order(exports, course)
    titles = _titles(exports, course)
    cells = {export.learner: _cells(export, verdicts.get(export.learner, {})) for export in exports}
    learner_rows = [
        (learner, sum(c.status == "done" for c in row.values()), len(order))
        for learner, row in cells.items()
    ]
    counts = [_counts(exercise_id, cells) for exercise_id in order]
    title = _course_title(exports, course)
    made = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    groups = _groups(exports, course, order)
    touched = [c for c in counts if c.done or c.started]
    dates = sorted(d for d in (exported_at(x) for x in exports) if d)
    exported = f" Exports made {when(dates[0])} to {when(dates[-1])}." if dates else ""
    body = [
        f"<h1>Class report: {escape(title)}</h1>",
        f'<p class="meta">{plural(len(exports), "learner")}, '
        f"{plural(len(order), 'exercise')}. Made {made}"
        f"{' with the checks run again (--verify)' if verdicts else ''}.{exported}</p>",
        help_section(exports, _edited_files(course)),
        _unreadable_section(unreadable or []),
        _problems_section(cells, titles) if verdicts else "",
        "<h2>Learners</h2>",
        learners_table(exports, {learner: (done, total) for learner, done, total in learner_rows}),
        learners_chart(learner_rows),
        "<h2>Where the class gets stuck</h2>",
        "<p>Orange: learners who started an exercise but have not finished it. Only the "
        f"{plural(len(touched), 'exercise')} someone has started are shown.</p>",
        stuck_chart(touched) if touched else "",
        "<h2>Every learner, track by track</h2>",
        "<p>Exercises done of each track's exercises. ⚠ marks a track where the learner's "
        "code tampered with the checks, ✗ one with a record that did not hold up, ? one "
        "with work done but not verified (its files were left out of the export).</p>",
        _matrix(cells, groups),
        projects_section(exports, course),
        "<h2>Each learner's exercises</h2>",
        "<p>Click a learner to open their table. ✓ done, … started.</p>",
        *(_learner_section(learner, row, groups, titles) for learner, row in cells.items()),
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        + (f'<meta http-equiv="refresh" content="{refresh_seconds}">\n' if refresh_seconds else "")
        + f"<title>Class report: {escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n"
        "<body>\n" + "\n".join(part for part in body if part) + "\n</body>\n</html>\n"
    )


def _edited_files(course: Course | None) -> Callable[[str], list[str] | None]:
    def edited(exercise_id: str) -> list[str] | None:
        exercise = course.exercise(exercise_id) if course else None
        return list(exercise.edit) if exercise and exercise.edit else None

    return edited


Group = tuple[str, list[tuple[str, str, list[str]]]]  # track, [(lesson id, title, exercises)]


def _groups(exports: list[LearnerExport], course: Course | None, order: list[str]) -> list[Group]:
    """The exercises by track and lesson: the course's, else as the exports name them."""
    lesson_of: dict[str, tuple[str, str, str]] = {}  # exercise -> (track, lesson, title)
    if course:
        for course_track in course.tracks:
            for course_lesson in course_track.lessons:
                for exercise in course_lesson.exercises:
                    lesson_of[exercise.id] = (
                        course_track.title,
                        course_lesson.id,
                        course_lesson.title,
                    )
    for export in exports:
        for entry in export.exercises:
            lesson = entry.get("lesson")
            if str(entry["id"]) in lesson_of or not isinstance(lesson, str):
                continue
            title = entry.get("lesson_title")
            lesson_of[str(entry["id"])] = (
                lesson.split("/")[0],
                lesson,
                title if isinstance(title, str) else lesson,
            )
    groups: list[Group] = []
    for exercise_id in order:
        track, lesson, title = lesson_of.get(exercise_id, ("other", "", "other exercises"))
        if not groups or groups[-1][0] != track:
            groups.append((track, []))
        lessons = groups[-1][1]
        if not lessons or lessons[-1][0] != lesson:
            lessons.append((lesson, title, []))
        lessons[-1][2].append(exercise_id)
    return groups


def _exercise_order(exports: list[LearnerExport], course: Course | None) -> list[str]:
    """Course order when the course is known, then any other ids in the order exports list them."""
    order = [exercise.id for exercise in course.exercises] if course else []
    seen = set(order)
    for export in exports:
        for entry in export.exercises:
            exercise_id = str(entry["id"])
            if exercise_id not in seen and (course is None or entry.get("attempts")):
                order.append(exercise_id)
                seen.add(exercise_id)
    return order


def _titles(exports: list[LearnerExport], course: Course | None) -> dict[str, str]:
    titles = {str(e["id"]): str(e.get("title") or "") for x in exports for e in x.exercises}
    if course:
        titles.update({exercise.id: exercise.title for exercise in course.exercises})
    return titles


def _course_title(exports: list[LearnerExport], course: Course | None) -> str:
    if course:
        return course.title
    found = {str(x.record.get("course", {}).get("title") or "") for x in exports} - {""}
    return " / ".join(sorted(found)) or "course"


def _cells(export: LearnerExport, verdicts: dict[str, Verdict]) -> dict[str, Cell]:
    tampered = _tampering(export)
    cells = {}
    for entry in export.exercises:
        exercise_id = str(entry["id"])
        verdict = verdicts.get(exercise_id)
        cells[exercise_id] = Cell(
            status=str(entry.get("status") or "not started"),
            attempts=int(entry.get("attempts") or 0),
            hints=int(entry.get("hints") or 0),
            seconds=float(entry.get("time_spent_s") or 0.0),
            verdict=verdict,
            left_out=str(entry.get("note") or "").startswith("left out"),
            tampering=(verdict.tampering if verdict else None) or tampered.get(exercise_id),
        )
    return cells


def _tampering(export: LearnerExport) -> dict[str, str]:
    """Exercise id -> the last tampering a check recorded (the export's "checks" rows)."""
    found: dict[str, str] = {}
    checks = export.record.get("checks")
    for row in checks if isinstance(checks, list) else []:
        if isinstance(row, dict) and isinstance(row.get("tampering"), str) and row["tampering"]:
            found[str(row.get("exercise"))] = row["tampering"]
    return found


def _counts(exercise_id: str, cells: dict[str, dict[str, Cell]]) -> ExerciseCounts:
    row = [learner.get(exercise_id) for learner in cells.values()]
    done = sum(1 for c in row if c and c.status == "done")
    started = sum(1 for c in row if c and c.status == "started")
    tried = [c.attempts for c in row if c and c.status in ("done", "started")]
    return ExerciseCounts(
        exercise_id,
        done=done,
        started=started,
        not_started=len(row) - done - started,
        mean_attempts=sum(tried) / len(tried) if tried else 0.0,
    )


def _matrix(cells: dict[str, dict[str, Cell]], groups: list[Group]) -> str:
    """One row per learner, one column per track: how many of its exercises are done."""
    # The track's short name (its folder) heads the column; its title is the tooltip.
    head = "".join(
        f'<th class="track" title="{escape(track)}">'
        f"{escape(lessons[0][0].split('/')[0] or track)}</th>"
        for track, lessons in groups
    )
    rows = []
    for learner, row in cells.items():
        tds = []
        for track, lessons in groups:
            ids = [exercise_id for _, _, exercise_ids in lessons for exercise_id in exercise_ids]
            found = [row[exercise_id] for exercise_id in ids if exercise_id in row]
            done = sum(c.status == "done" for c in found)
            started = sum(c.status == "started" for c in found)
            css = "done" if done == len(ids) else ("started" if done or started else "")
            mark = f"{done}/{len(ids)}"
            tip = f"{track}: {done} of {len(ids)} done, {started} started"
            if any(c.verdict is not None and c.verdict.holds is False for c in found):
                css, mark = "bad", f"✗ {mark}"
                tip += "; a record does not hold up (see below)"
            elif any(c.unverified for c in found):
                css, mark = "unverified", f"? {mark}"
                tip += "; not verified: its files were left out of the export"
            if any(c.tampering for c in found):
                css, mark = "tampered", f"⚠ {mark}"
                tip += "; the learner's code tampered with the checks"
            tds.append(f'<td class="{css}" title="{escape(tip)}">{escape(mark)}</td>')
        rows.append(f"<tr><th>{escape(learner)}</th>{''.join(tds)}</tr>")
    return (
        f'<table class="matrix"><thead><tr><th>learner</th>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _learner_section(
    learner: str, row: dict[str, Cell], groups: list[Group], titles: dict[str, str]
) -> str:
    """The learner's exercises, lesson by lesson, folded (<details>): 30 learners of 140
    exercises would be a page thousands of lines long."""
    lines = []
    for track, lessons in groups:
        for _lesson_id, lesson_title, exercise_ids in lessons:
            # Only what the learner has worked on: 140 untouched rows each would bury it.
            shown = [(exercise_id, row[exercise_id]) for exercise_id in exercise_ids
                     if exercise_id in row and row[exercise_id].status in ("done", "started")
                     or (row.get(exercise_id) and row[exercise_id].verdict)]  # fmt: skip
            if not shown:
                continue
            lines.append(
                f'<tr class="lesson"><th colspan="7">{escape(track)}: '
                f"{escape(lesson_title)}</th></tr>"
            )
            lines += [_exercise_row(exercise_id, cell, titles) for exercise_id, cell in shown]
    done = sum(c.status == "done" for c in row.values())
    bad = any((c.verdict is not None and c.verdict.holds is False) or c.tampering
              for c in row.values())  # fmt: skip
    warning = ' <span class="tampered">needs a look</span>' if bad else ""
    return (
        f"<details><summary><h2>{escape(learner)}</h2>: {done} of "
        f"{plural(len(row), 'exercise')} done{warning}</summary>"
        '<table class="exercises"><thead><tr><th>exercise</th><th>title</th><th>status</th>'
        "<th>checks</th><th>hints</th><th>time</th><th>record checked</th></tr></thead>"
        f"<tbody>{''.join(lines)}</tbody></table>"
        "<p>Exercises not started yet are not listed.</p></details>"
    )


def _exercise_row(exercise_id: str, cell: Cell, titles: dict[str, str]) -> str:
    checked = ""
    if cell.verdict is not None:
        word = {True: "holds up", False: "DOES NOT HOLD UP", None: "not checked"}
        checked = f"{word[cell.verdict.holds]}: {cell.verdict.note}"
    css = "bad" if cell.verdict is not None and cell.verdict.holds is False else ""
    if cell.unverified:
        css = "unverified"
        checked = checked or "not verified: its files were left out of the export"
    if cell.tampering:
        css = "tampered"
        checked = f"TAMPERED WITH THE CHECKS: it {cell.tampering}. {checked}".strip()
    mark = {"done": "✓ ", "started": "… "}.get(cell.status, "")
    return (
        f"<tr><td>{escape(exercise_id)}</td><td>{escape(cut(titles.get(exercise_id, ''), 80))}"
        f'</td><td class="{escape(cell.status) if cell.status in ("done", "started") else ""}">'
        f"{mark}{escape(cell.status)}</td>"
        f'<td class="num">{cell.attempts}</td><td class="num">{cell.hints}</td>'
        f'<td class="num">{escape(describe_duration(cell.seconds))}</td>'
        f'<td class="{css}">{escape(cut(checked, 400))}</td></tr>'
    )


def _problems_section(cells: dict[str, dict[str, Cell]], titles: dict[str, str]) -> str:
    bad = [
        (learner, exercise_id, cell.verdict.note)
        for learner, row in cells.items()
        for exercise_id, cell in row.items()
        if cell.verdict is not None and cell.verdict.holds is False
    ]
    if not bad:
        return "<h2>Records checked</h2><p>Every finished exercise's checks pass again.</p>"
    items = "".join(
        f"<li><b>{escape(learner)}</b>, {escape(exercise_id)} "
        f"({escape(titles.get(exercise_id, ''))}): {escape(note)}</li>"
        for learner, exercise_id, note in bad
    )
    return (
        f'<h2 class="warning">Records that do not hold up ({len(bad)})</h2>'
        "<p>The record says these are done, but the course's checks fail on the files in "
        f"the export.</p><ul>{items}</ul>"
    )


def _unreadable_section(unreadable: list[tuple[str, str]]) -> str:
    if not unreadable:
        return ""
    items = "".join(f"<li><b>{escape(name)}</b>: {escape(why)}</li>" for name, why in unreadable)
    return (
        f'<h2 class="warning">Exports that could not be read ({len(unreadable)})</h2>'
        f"<p>These learners are not in the report below.</p><ul>{items}</ul>"
    )


def summary_lines(exports: Iterable[LearnerExport]) -> list[str]:
    """One line per learner for the terminal: name, done, total (and done but not verified)."""
    lines = []
    for export in exports:
        entries: list[dict[str, Any]] = export.exercises
        done = sum(1 for entry in entries if entry.get("status") == "done")
        left_out = sum(
            1 for entry in entries
            if entry.get("status") == "done" and str(entry.get("note") or "").startswith("left out")
        )  # fmt: skip
        unverified = f" ({left_out} not verified: files left out)" if left_out else ""
        lines.append(f"{export.learner}: {done} of {len(entries)} exercises done{unverified}")
    return lines
