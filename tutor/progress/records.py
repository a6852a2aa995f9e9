"""What the progress store gives back: plain, frozen records."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

# Gaps between checks longer than this are breaks, not work.
WORK_GAP_S = 15 * 60


@dataclass(frozen=True)
class Attempt:
    """One check of one exercise."""

    exercise: str
    at: datetime  # UTC, timezone-aware
    status: str  # pass | fail | error
    passed: int
    total: int
    duration_ms: float
    snapshot: str | None = None  # the workspace commit checked, if one was made
    tampering: str | None = None  # what the learner's code did to the checking, if anything


@dataclass(frozen=True)
class QuizAnswer:
    exercise: str
    question: int
    answer: str
    correct: bool
    at: datetime


@dataclass(frozen=True)
class ExerciseRecord:
    """Everything known about one exercise the learner has touched."""

    exercise_id: str
    started_at: datetime | None
    done_at: datetime | None  # the first time it passed
    attempts: int
    last_status: str | None
    last_passed: int | None
    last_total: int | None
    hints: int
    time_spent_s: float  # a simple estimate: see time_spent()
    tampering: str | None = None  # the last check that caught the code tampering, if any

    @property
    def done(self) -> bool:
        return self.done_at is not None


def parse_time(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def time_spent(moments: Iterable[datetime]) -> float:
    """Seconds of work: the sum of the gaps between moments that are under 15 minutes.

    The moments are when the learner started and each check. A longer gap is
    taken as a break (or another day) and not counted.
    """
    ordered = sorted(moments)
    total = 0.0
    for earlier, later in zip(ordered, ordered[1:], strict=False):
        gap = (later - earlier).total_seconds()
        if gap < WORK_GAP_S:
            total += gap
    return total


def describe_duration(seconds: float, nothing: str = "-", approximate: bool = False) -> str:
    """Time spent in words a learner reads at a glance: "about 25 min", "1 h 5 min"."""
    minutes = round(seconds / 60)
    if minutes < 1:
        return "under a minute" if seconds else nothing
    if minutes < 60:
        return f"about {minutes} min" if approximate else f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60} min"
