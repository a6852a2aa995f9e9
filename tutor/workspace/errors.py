"""The one error the workspace raises: its message is shown to a beginner as it is."""

from __future__ import annotations

from tutor.errors import TutorError


class WorkspaceError(TutorError):
    """Something went wrong with the learner's copy of an exercise.

    The message is plain words: what happened and what to try.
    """
