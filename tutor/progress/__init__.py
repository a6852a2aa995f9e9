"""The learner's record (SQLite): attempts, completions, hints, where they left off."""

from typing import TYPE_CHECKING

from tutor.lazy import lazy_attributes
from tutor.progress.schema import ProgressError
from tutor.progress.store import Progress

# The records (three frozen dataclasses, ~4 ms to make) are imported on first use (PEP 562):
# the course map reads only what is done and where the learner left off.
__getattr__ = lazy_attributes(
    __name__, {"Attempt": "records", "ExerciseRecord": "records", "QuizAnswer": "records"}
)

if TYPE_CHECKING:
    from tutor.progress.records import Attempt, ExerciseRecord, QuizAnswer

__all__ = ["Attempt", "ExerciseRecord", "Progress", "ProgressError", "QuizAnswer"]
