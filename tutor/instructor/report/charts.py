"""Inline SVG bar charts for the class report: no script, no fonts or files from outside.

Every bar also carries its numbers as text, so a chart reads the same in a
browser without colour, and a <title> for a pointer's tooltip.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

DONE = "#2e7d32"  # green
STARTED = "#ef8f00"  # orange
NOT_STARTED = "#d5d9de"  # light grey
TEXT = "#1b1f24"
WIDTH = 860
LABEL_WIDTH = 220
BAR_WIDTH = 520
ROW_HEIGHT = 26
TOP = 34


@dataclass(frozen=True)
class ExerciseCounts:
    exercise_id: str
    done: int
    started: int  # started, not done
    not_started: int
    mean_attempts: float  # over the learners who started it


def learners_chart(rows: list[tuple[str, int, int]]) -> str:
    """One bar per learner: exercises done out of the total. rows: (learner, done, total)."""
    height = TOP + ROW_HEIGHT * max(len(rows), 1) + 10
    parts = [_legend([("done", DONE), ("not done yet", NOT_STARTED)])]
    for index, (learner, done, total) in enumerate(rows):
        y = TOP + index * ROW_HEIGHT
        share = done / total if total else 0.0
        label = f"{done} of {total} done"
        parts.append(_label(learner, y))
        parts.append(_rect(LABEL_WIDTH, y, BAR_WIDTH, NOT_STARTED, f"{learner}: {label}"))
        if done:
            parts.append(_rect(LABEL_WIDTH, y, BAR_WIDTH * share, DONE, f"{learner}: {label}"))
        parts.append(_value(label, y))
    return _svg(height, "Exercises done by each learner", parts)


def stuck_chart(rows: list[ExerciseCounts]) -> str:
    """One stacked bar per exercise: how many learners are done, started (stuck?), not started."""
    height = TOP + ROW_HEIGHT * max(len(rows), 1) + 10
    parts = [
        _legend([("done", DONE), ("started, not done", STARTED), ("not started", NOT_STARTED)])
    ]
    for index, row in enumerate(rows):
        y = TOP + index * ROW_HEIGHT
        learners = row.done + row.started + row.not_started
        unit = BAR_WIDTH / learners if learners else 0.0
        tip = (
            f"{row.exercise_id}: {row.done} done, {row.started} started but not done, "
            f"{row.not_started} not started; {row.mean_attempts:.1f} checks on average"
        )
        parts.append(_label(row.exercise_id, y))
        x = float(LABEL_WIDTH)
        for count, colour in (
            (row.done, DONE),
            (row.started, STARTED),
            (row.not_started, NOT_STARTED),
        ):
            if count:
                parts.append(_rect(x, y, unit * count, colour, tip))
                x += unit * count
        stuck = f", {row.started} stuck" if row.started else ""
        parts.append(_value(f"{row.done}/{learners} done{stuck}", y))
    return _svg(height, "Where the class gets stuck", parts)


def _svg(height: int, title: str, parts: list[str]) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{WIDTH}" '
        f'height="{height}" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'aria-label="{escape(title)}" font-family="sans-serif" font-size="13">'
        f"<title>{escape(title)}</title>" + "".join(parts) + "</svg>"
    )


def _legend(items: list[tuple[str, str]]) -> str:
    parts, x = [], LABEL_WIDTH
    for text, colour in items:
        parts.append(f'<rect x="{x}" y="6" width="14" height="14" fill="{colour}"/>')
        parts.append(f'<text x="{x + 19}" y="18" fill="{TEXT}">{escape(text)}</text>')
        x += 30 + 8 * len(text)
    return "".join(parts)


def _label(text: str, y: int) -> str:
    shown = text if len(text) <= 28 else text[:27] + "…"
    return (
        f'<text x="{LABEL_WIDTH - 8}" y="{y + 17}" text-anchor="end" fill="{TEXT}">'
        f"{escape(shown)}</text>"
    )


def _rect(x: float, y: int, width: float, colour: str, tip: str) -> str:
    return (
        f'<rect x="{x:.1f}" y="{y + 3}" width="{max(width, 0):.1f}" height="{ROW_HEIGHT - 6}" '
        f'fill="{colour}"><title>{escape(tip)}</title></rect>'
    )


def _value(text: str, y: int) -> str:
    return (
        f'<text x="{LABEL_WIDTH + BAR_WIDTH + 8}" y="{y + 17}" fill="{TEXT}">{escape(text)}</text>'
    )
