"""`tutor feedback import FILE`: bring the instructor's review into the learner's projects.

The review is checked as hostile input (model.py). Each project in it must be
an exercise of this course that is reviewed (a project), started on this
computer, whose history holds the commit the instructor read; its part of the
review is then written, atomically, into that project's own .git folder. The
place is always the tutor's own workspace for that exercise: nothing in the
file decides where anything is written.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from tutor import kinds
from tutor.kinds.review.checklist import REVIEW_NAME
from tutor.kinds.review.history import has_commit
from tutor.kinds.review.model import Review, ReviewError, load_review
from tutor.workspace import gitcli
from tutor.workspace.files import atomic_write

if TYPE_CHECKING:
    from tutor.app_state import Tutor


def import_feedback(tutor: Tutor, path: Path) -> list[str]:
    """Import every project's review in the file; the sentences to show. ReviewError if none
    can be used (nothing is written then)."""
    review = load_review(path)
    if not review.projects:
        raise ReviewError(f"{path} holds no project review: there is nothing to import.")
    planned: list[tuple[Path, Review, str]] = []
    for project in review.projects:
        exercise = tutor.course.exercise(project.exercise)
        if exercise is None or not kinds.of(exercise).reviewed:
            raise ReviewError(
                f"The review is of '{project.exercise}', which is not a project of this course "
                f"({tutor.course.title}). Was it meant for another course?"
            )
        workspace = tutor.workspace(exercise)
        git_dir = workspace.path / ".git"
        if not workspace.exists() or git_dir.is_symlink():
            raise ReviewError(
                f"You have not started the project '{exercise.id}' on this computer, so there "
                f"is nothing to bring the review into. Start it with: tutor start {exercise.id}"
            )
        if not has_commit(gitcli.Repo(workspace.path), project.commit):
            raise ReviewError(
                f"The review of '{exercise.id}' is of commit {project.commit[:7]}, which is not "
                "in your project's history. Was it meant for another learner? Ask your "
                "instructor."
            )
        one = Review(review.learner, [project], review.reviewed_at)
        planned.append((git_dir / REVIEW_NAME, one, exercise.title))
    said = []
    for target, one, title in planned:
        text = json.dumps(one.to_dict(), indent=2, ensure_ascii=False) + "\n"
        atomic_write(target, text.encode("utf-8"))
        project = one.projects[0]
        said.append(
            f"{title}: {len(project.verdicts)} verdict(s) and {len(project.comments)} "
            f"comment(s) from your instructor. See them with: tutor check {project.exercise}"
        )
    return said
