"""The learner's record (SQLite): attempts, completions, hints, where they left off."""

from tutor.progress.records import Attempt, ExerciseRecord, QuizAnswer
from tutor.progress.schema import ProgressError
from tutor.progress.store import Progress

__all__ = ["Attempt", "ExerciseRecord", "Progress", "ProgressError", "QuizAnswer"]
