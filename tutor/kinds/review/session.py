"""One instructor's review of one learner's export: what `tutor review EXPORT` works on.

The screen (tutor/tui/screens/review.py) only shows this and passes keys to
it: the projects unpacked from the export, their files and history, the
milestones with what the checks said at export time, and the review being
written, saved atomically after every change so nothing is lost.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tutor.kinds.base import details_of
from tutor.kinds.project import Milestone, ProjectDetails
from tutor.kinds.review.export_projects import ProjectCopy, unpacked_projects
from tutor.kinds.review.model import (
    Comment,
    ProjectReview,
    Review,
    ReviewError,
    load_review,
    save_review,
)

if TYPE_CHECKING:
    from tutor.course.model import Course
    from tutor.instructor.export import LearnerExport


@dataclass(frozen=True)
class MilestoneState:
    id: str
    title: str
    reached: bool | None  # None: the export holds no check result for it
    verdict: str  # "" when not given yet
    note: str


class ReviewSession:
    def __init__(self, export: LearnerExport, course: Course, output: Path) -> None:
        self.export = export
        self.course = course
        self.output = output
        self._stack = contextlib.ExitStack()
        self.projects: list[ProjectCopy] = self._stack.enter_context(
            unpacked_projects(export, course)
        )
        if not self.projects:
            self.close()
            raise ReviewError(
                f"{export.path} holds no project of the course '{course.title}' with files: "
                "the learner has not started one, or the export is of another course."
            )
        if output.exists():
            self.review = load_review(output)
            if self.review.learner != export.learner:
                self.close()
                raise ReviewError(
                    f"{output} is the review of {self.review.learner}, not of {export.learner}. "
                    "Give another file with --output."
                )
        else:
            self.review = Review(export.learner)

    def close(self) -> None:
        self._stack.close()

    def __enter__(self) -> ReviewSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- reading ------------------------------------------------------------------

    def project_review(self, project: ProjectCopy) -> ProjectReview:
        """This project's review, of the commit the export holds (a new review if the
        learner has committed since the one in the file)."""
        found = self.review.project(project.exercise.id, project.head or "")
        if project.head and found.commit != project.head:
            found.commit = project.head
        return found

    def milestones(self, project: ProjectCopy) -> list[MilestoneState]:
        entry = next((e for e in self.export.exercises if e.get("id") == project.exercise.id), {})
        tests = (entry.get("result") or {}).get("tests") or []
        review = self.project_review(project)
        states = []
        for number, milestone in enumerate(kinds_milestones(project), start=1):
            own = [
                t
                for t in tests
                if isinstance(t, dict)
                and t.get("task_id") == number
                and not str(t.get("test_id", "")).startswith("review:")
            ]
            reached = all(t.get("status") == "pass" for t in own) if own else None
            verdict = review.verdict_of(milestone.id)
            states.append(
                MilestoneState(
                    milestone.id,
                    milestone.title,
                    reached,
                    verdict.verdict if verdict else "",
                    verdict.note if verdict else "",
                )
            )
        return states

    def rubric(self, project: ProjectCopy) -> str:
        """What the course asks the instructor to look for in this project ("" if nothing)."""
        return details_of(project.exercise, ProjectDetails).rubric_text.strip()

    def comments_on(self, project: ProjectCopy, name: str) -> dict[int, list[str]]:
        """Line -> the comments on that line of one file."""
        found: dict[int, list[str]] = {}
        for comment in self.project_review(project).comments:
            if comment.file == name:
                found.setdefault(comment.line, []).append(comment.text)
        return found

    # --- writing (each change saved at once) ----------------------------------------------

    def comment(
        self, project: ProjectCopy, name: str, line: int, text: str, milestone: str = ""
    ) -> None:
        text = text.strip()
        if not text:
            return
        review = self.project_review(project)
        review.comments.append(Comment(name, line, text, milestone, review.commit))
        self.save()

    def set_verdict(self, project: ProjectCopy, milestone: str, verdict: str, note: str) -> None:
        self.project_review(project).set_verdict(milestone, verdict, note.strip())
        self.save()

    def save(self) -> None:
        save_review(self.review, self.output)


def kinds_milestones(project: ProjectCopy) -> tuple[Milestone, ...]:
    """The project's milestones, as the lesson file lists them."""
    return details_of(project.exercise, ProjectDetails).milestones
