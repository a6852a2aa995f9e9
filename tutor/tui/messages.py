"""What screens ask of the app: messages that bubble up to TutorApp's handlers.

Screens post these instead of calling the app's methods, so a screen needs no
knowledge of the app class (and no `# type: ignore` to reach it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from tutor.course.model import Exercise


class OpenExercise(Message):
    """Show this exercise, in place of whatever exercise is showing."""

    def __init__(self, exercise: Exercise) -> None:
        super().__init__()
        self.exercise = exercise
