"""An imported review, as checks in the learner's project checklist.

A verdict sits under its milestone: "accepted" passes; "needs changes" fails
until the learner commits again after the review (their answer), then waits
for the instructor's next look. A comment sits beside its file and line
(`where`, so the front ends can jump there): open until that line changes in
a commit made after the review, then addressed.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tutor.kinds.review.history import line_changed
from tutor.kinds.review.model import ACCEPTED, ProjectReview, ReviewError, load_review
from tutor.runner.result import Result, TestResult, Where
from tutor.workspace import gitcli

if TYPE_CHECKING:
    from tutor.kinds.project import Milestone

# Where `tutor feedback import` keeps a project's review: inside its repository's
# .git, so it goes where the project goes (an export carries it too).
REVIEW_NAME = "tutor-review.json"
# The test_id of the checks a review adds: they are not the milestones' own checks.
VERDICT_ID = "review:verdict"
COMMENT_ID = "review:comment"


WROTE = "Your instructor wrote: "
ANSWER = (
    " Change that line as they ask, then commit: the comment counts as answered once the "
    "line has changed."
)


def from_review(test: TestResult) -> bool:
    return test.test_id.startswith("review:")


def review_notes(result: Result) -> dict[str, dict[int, str]]:
    """The open comments of a check's result: file -> line -> the instructor's words."""
    notes: dict[str, dict[int, str]] = {}
    for test in result.tests:
        message = test.message or ""
        if test.test_id != COMMENT_ID or test.status == "pass" or test.where is None:
            continue
        said = message.removeprefix(WROTE).removesuffix(ANSWER).strip('"')
        if test.where.line is not None:
            lines = notes.setdefault(test.where.file, {})
            lines[test.where.line] = " / ".join(filter(None, [lines.get(test.where.line), said]))
    return notes


def imported_review(repo: gitcli.Repo) -> ProjectReview | None:
    path = Path(repo.git_dir) / REVIEW_NAME
    if not path.is_file():
        return None
    try:
        review = load_review(path)
    except ReviewError:
        return None  # checked when imported; a damaged copy is as good as none
    return review.projects[0] if review.projects else None


def checks_from_review(
    exercise_id: str, milestones: Sequence[Milestone], repo: gitcli.Repo, head: str
) -> list[TestResult]:
    review = imported_review(repo)
    if review is None or review.exercise != exercise_id:
        return []
    numbers = {m.id: number for number, m in enumerate(milestones, start=1)}
    checks: list[TestResult] = []
    committed_since = head != review.commit
    for milestone in milestones:
        verdict = review.verdict_of(milestone.id)
        if verdict is None:
            continue
        note = f' Their note: "{verdict.note}"' if verdict.note else ""
        if verdict.verdict == ACCEPTED:
            checks.append(TestResult(
                name="your instructor accepted this milestone", status="pass",
                message=note.strip() or None, task_id=numbers[milestone.id], test_id=VERDICT_ID,
            ))  # fmt: skip
            continue
        checks.append(TestResult(
            name="your instructor asked for changes"
            + (": committed since, waiting for their next look" if committed_since else ""),
            status="pass" if committed_since else "fail",
            message=f"Your instructor reviewed commit {review.commit[:7]} and asked for changes "
            f"to this milestone.{note} Make the changes, commit them, and hand in a new export.",
            task_id=numbers[milestone.id],
            test_id=VERDICT_ID,
        ))  # fmt: skip
    for comment in review.comments:
        reviewed = comment.commit or review.commit
        addressed = line_changed(repo, reviewed, head, comment.file, comment.line)
        checks.append(TestResult(
            name=f"comment on {comment.file} line {comment.line}"
            + (": addressed" if addressed else ""),
            status="pass" if addressed else "fail",
            message=f'{WROTE}"{comment.text}"{ANSWER}',
            where=Where(comment.file, comment.line),
            task_id=numbers.get(comment.milestone),  # None: about the whole project
            test_id=COMMENT_ID,
        ))  # fmt: skip
    return checks
