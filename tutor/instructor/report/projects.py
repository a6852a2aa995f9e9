"""The class report's projects: each learner's milestones, the verdicts, the open comments.

Read from the exports alone: a project's export holds its files and history
(.git), the check result at export time (which milestones its last commit
reaches) and the review the learner had imported (`tutor feedback import`),
so the comments still open are those whose line has not changed since.
"""

from __future__ import annotations

from html import escape

from tutor.course.model import Course
from tutor.instructor.export import ExportError, LearnerExport
from tutor.kinds.review.export_projects import ProjectCopy, reviewed_exercises, unpacked_projects
from tutor.kinds.review.session import kinds_milestones

VERDICT_MARKS = {"accepted": "accepted", "needs changes": "needs changes"}


def projects_section(exports: list[LearnerExport], course: Course | None) -> str:
    """The report's "Projects" section; "" when the course has no project."""
    if course is None or not reviewed_exercises(course):
        return ""
    rows = []
    for export in exports:
        try:
            with unpacked_projects(export, course) as projects:
                rows += [_row(export, project) for project in projects]
        except (ExportError, OSError) as error:
            rows.append(
                f"<tr><td>{escape(export.learner)}</td><td colspan=3>its projects could not be "
                f"read: {escape(str(error))}</td></tr>"
            )
    if not rows:
        rows.append("<tr><td colspan=4>No learner has started a project yet.</td></tr>")
    return (
        "<h2>Projects</h2>\n<p>Each milestone: whether the learner's last commit reaches it, "
        "and your verdict (from the review the learner imported). Open comments: lines you "
        "commented on that have not changed since.</p>\n"
        '<table class="projects"><tr><th>Learner</th><th>Project</th><th>Milestones</th>'
        "<th>Open comments</th></tr>\n" + "\n".join(rows) + "\n</table>"
    )


def _row(export: LearnerExport, project: ProjectCopy) -> str:
    entry = next((e for e in export.exercises if e.get("id") == project.exercise.id), {})
    tests = (entry.get("result") or {}).get("tests") or []
    review = project.imported
    milestones = []
    for number, milestone in enumerate(kinds_milestones(project), start=1):
        own = [
            t
            for t in tests
            if isinstance(t, dict)
            and t.get("task_id") == number
            and not str(t.get("test_id", "")).startswith("review:")
        ]
        reached = "reached" if own and all(t.get("status") == "pass" for t in own) else "not yet"
        verdict = review.verdict_of(milestone.id) if review else None
        said = f", {VERDICT_MARKS[verdict.verdict]}" if verdict else ""
        note = f" (“{escape(verdict.note)}”)" if verdict and verdict.note else ""
        milestones.append(f"{number}. {escape(milestone.title)}: {reached}{said}{note}")
    open_comments = []
    if review is not None:
        addressed = project.addressed(review)
        open_comments = [
            f"{escape(c.file)}:{c.line}: {escape(c.text)}"
            for number, c in enumerate(review.comments)
            if not addressed[number]
        ]
    return (
        f"<tr><td>{escape(export.learner)}</td><td>{escape(project.exercise.title)}</td>"
        f"<td>{'<br>'.join(milestones)}</td>"
        f"<td>{'<br>'.join(open_comments) or 'none'}</td></tr>"
    )
