"""The kinds of exercise, one module each, behind one interface (base.Kind).

    kind = tutor.kinds.of(exercise)     # or tutor.kinds.get("tdd")
    result = kind.grade(exercise, workspace, grader, answers)

The registry maps a kind's name (what `kind = "..."` says in a lesson file)
to its Kind. The five built-in kinds are registered here; another is added
with register(), before the course is loaded (see "How to add a kind" in
docs/architecture.md). Importing this package is cheap: the kinds import the
runner, the workspace and pytest only when they grade or verify.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.errors import TutorError
from tutor.kinds.base import Group, Kind, Question
from tutor.kinds.git import GitKind
from tutor.kinds.project import ProjectKind
from tutor.kinds.quiz import QuizKind
from tutor.kinds.tdd import TddKind
from tutor.kinds.tests import TestsKind

if TYPE_CHECKING:
    from tutor.course.model import Exercise

_REGISTRY: dict[str, Kind] = {}


class UnknownKind(TutorError, LookupError):
    """No kind of exercise has this name (the loader reports it before anything asks)."""


def register(kind: Kind) -> None:
    """Add a kind (or replace the one with its name)."""
    from tutor.workspace.workspace import LEARNER_OWNED_REPOSITORIES

    _REGISTRY[kind.name] = kind
    LEARNER_OWNED_REPOSITORIES.discard(kind.name)
    if kind.learner_owns_repository:
        LEARNER_OWNED_REPOSITORIES.add(kind.name)


def unregister(name: str) -> None:
    from tutor.workspace.workspace import LEARNER_OWNED_REPOSITORIES

    _REGISTRY.pop(name, None)
    LEARNER_OWNED_REPOSITORIES.discard(name)


def get(name: str) -> Kind:
    """The kind called `name`."""
    key = str(getattr(name, "value", name))  # an ExerciseKind member hashes by its own name
    try:
        return _REGISTRY[key]
    except KeyError:
        known = ", ".join(_REGISTRY)
        raise UnknownKind(f"there is no kind of exercise called '{key}' (known: {known})") from None


def of(exercise: Exercise) -> Kind:
    """The kind of this exercise."""
    return get(exercise.kind)


def all_kinds() -> tuple[Kind, ...]:
    """Every registered kind, the built-in ones first, in the order they were registered."""
    return tuple(_REGISTRY.values())


for _kind in (TestsKind(), TddKind(), GitKind(), QuizKind(), ProjectKind()):
    register(_kind)

__all__ = ["Group", "Kind", "Question", "UnknownKind", "all_kinds", "get", "of", "register"]
