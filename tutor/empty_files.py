"""An emptied file of the learner's: said plainly, with the way back to the starter.

Without this, an empty greet.py fails with whatever its first check says ("greet.py
should have a function called greet"; in JavaScript "Expected something other than
'undefined'"), which sends a beginner looking for a typo in a file that has no text.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from tutor.runner.result import Result, Where

if TYPE_CHECKING:
    from tutor.course.model import Exercise


def blank_files(exercise: Exercise, workspace: Path) -> list[str]:
    """The files the learner edits that hold only spaces or nothing, though the starter did not.

    An exercise that starts from a blank file ("from a blank file") is not counted
    until the learner has written something, which the checks then explain.
    """
    found = []
    for name in exercise.edit:
        mine = _text_of(workspace / name)
        starter = _text_of(exercise.starter_dir / name)
        if mine is not None and not mine.strip() and starter is not None and starter.strip():
            found.append(name)
    return found


def empty_file_message(exercise: Exercise, name: str) -> str:
    from tutor import kinds

    start = f"{name} is empty: there is no code in it, so the checks have nothing to look at. "
    if kinds.of(exercise).learner_owns_repository:
        # The repository is the learner's: the tutor keeps no snapshots in it.
        return start + (
            f"If you committed it before, `git restore {name}` brings back the last committed "
            f"version. To start the exercise again, run `tutor reset {exercise.id}`: your "
            "files and commits are kept in a folder beside it."
        )
    return start + (
        "To get the starter back, open the history (F4 in the tutor, or "
        f"`tutor history {exercise.id}`) and restore the first version, the one called "
        f'"start", or an earlier version of your own. Or run `tutor reset {exercise.id}`. '
        "Either way, what the file holds now stays in the history."
    )


def explain_empty_files(exercise: Exercise, workspace: Path, result: Result) -> Result:
    """Put the empty file first in what a failing result tells the learner."""
    if result.status == "pass" or not exercise.edit:
        return result
    blank = blank_files(exercise, workspace)
    if not blank:
        return result
    message = empty_file_message(exercise, blank[0])
    where = Where(blank[0], 1)
    first = next((t for t in result.tests if t.status != "pass" and t.message), None)
    if first is not None:
        first.message = message
        first.where = where
        first.expected = first.actual = None
    if result.status == "error" or first is None:
        result.message = message
    result.where = where
    return result


def _text_of(path: Path) -> str | None:
    try:
        return path.read_bytes().decode("utf-8", errors="replace")
    except OSError:
        return None
