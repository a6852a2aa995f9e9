"""A learner's projects out of their export, unpacked so git can read their history.

The export holds each project's files with its .git folder (its history). The
instructor's review screen and the class report read them here: the last
commit, the commits, the files, the review the learner had imported, and
which comments were addressed since.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from tutor import kinds
from tutor.kinds.review import history
from tutor.kinds.review.checklist import imported_review
from tutor.kinds.review.model import ProjectReview
from tutor.workspace import gitcli

if TYPE_CHECKING:
    from tutor.course.model import Course, Exercise
    from tutor.instructor.export import LearnerExport


@dataclass
class ProjectCopy:
    exercise: Exercise
    folder: Path
    repo: gitcli.Repo
    head: str | None
    commits: list[history.Commit] = field(default_factory=list)
    imported: ProjectReview | None = None  # the review the learner had imported

    def files(self) -> list[str]:
        return history.files_at(self.repo, self.head) if self.head else []

    def text(self, name: str) -> str:
        return history.text_at(self.repo, self.head, name) if self.head else ""

    def changes_in(self, commit: str) -> str:
        return history.changes_in(self.repo, commit)

    def addressed(self, review: ProjectReview) -> dict[int, bool]:
        """For each comment of `review` (by position): has its line changed since?"""
        return {
            number: bool(self.head)
            and history.line_changed(
                self.repo, c.commit or review.commit, str(self.head), c.file, c.line
            )
            for number, c in enumerate(review.comments)
        }


def reviewed_exercises(course: Course) -> list[Exercise]:
    return [exercise for exercise in course.exercises if kinds.of(exercise).reviewed]


@contextmanager
def unpacked_projects(export: LearnerExport, course: Course) -> Iterator[list[ProjectCopy]]:
    """The learner's projects (those with files in the export), in a scratch folder."""
    with tempfile.TemporaryDirectory(prefix="tutor-review-") as scratch:
        copies = []
        for exercise in reviewed_exercises(course):
            if exercise.id not in export.files:
                continue
            folder = Path(scratch) / exercise.id
            folder.mkdir()
            export.write_files(exercise.id, folder)
            repo = gitcli.Repo(folder)
            copies.append(
                ProjectCopy(
                    exercise,
                    folder,
                    repo,
                    history.head(repo),
                    history.commits(repo),
                    imported_review(repo),
                )
            )
        yield copies
