"""The review file: an instructor's verdicts and line comments on one learner's projects.

It is JSON, written atomically (old or new, never half), and read as hostile
input: a review comes from another computer on a USB stick, so every field's
type, length and shape is checked before anything uses it, and a file name in
it is only ever a name to look up in the learner's project, never a place to
write. The format:

    {"format": "tutor-review", "format_version": 1, "learner": "seat-04",
     "reviewed_at": "2026-12-05T12:00:00+00:00",
     "projects": [{"exercise": "shop-list", "commit": "<40 hex>",
                   "verdicts": [{"milestone": "add-items", "verdict": "accepted", "note": ""}],
                   "comments": [{"file": "shop.py", "line": 3, "text": "Name this better.",
                                 "milestone": "add-items"}]}]}

Nothing here imports Textual: the review screen (tutor/tui/) and `tutor feedback
import` both use it.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from tutor.archives import UnsafeArchive, safe_member_name
from tutor.errors import TutorError
from tutor.safe_text import visible
from tutor.workspace.files import atomic_write

REVIEW_FORMAT = "tutor-review"
REVIEW_VERSION = 1
ACCEPTED = "accepted"
NEEDS_CHANGES = "needs changes"
VERDICTS = (ACCEPTED, NEEDS_CHANGES)
MAX_REVIEW_BYTES = 2 * 1024 * 1024
MAX_TEXT = 4000  # a comment or a note
MAX_ITEMS = 2000  # comments or verdicts in one project
SHA = re.compile(r"[0-9a-f]{40}")
ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")


class ReviewError(TutorError, ValueError):
    """A review file that cannot be used; the message says why and what to do."""


@dataclass
class Verdict:
    milestone: str  # the milestone's id
    verdict: str  # ACCEPTED or NEEDS_CHANGES
    note: str = ""


@dataclass
class Comment:
    file: str  # a name in the project, "/"-separated
    line: int  # 1-based
    text: str
    milestone: str = ""  # the milestone it is about, or "" for the project as a whole
    commit: str = ""  # the commit whose line it is ("": the project review's commit)


@dataclass
class ProjectReview:
    exercise: str
    commit: str  # the commit the instructor read
    verdicts: list[Verdict] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)

    def verdict_of(self, milestone: str) -> Verdict | None:
        return next((v for v in self.verdicts if v.milestone == milestone), None)

    def set_verdict(self, milestone: str, verdict: str, note: str = "") -> None:
        if verdict not in VERDICTS:
            raise ValueError(f"a verdict is one of {VERDICTS}, not {verdict!r}")
        self.verdicts = [v for v in self.verdicts if v.milestone != milestone]
        self.verdicts.append(Verdict(milestone, verdict, note))


@dataclass
class Review:
    learner: str
    projects: list[ProjectReview] = field(default_factory=list)
    reviewed_at: str = ""

    def project(self, exercise: str, commit: str = "") -> ProjectReview:
        """The review of one project; made (for `commit`) if there is none yet."""
        found = next((p for p in self.projects if p.exercise == exercise), None)
        if found is None:
            found = ProjectReview(exercise, commit)
            self.projects.append(found)
        return found

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": REVIEW_FORMAT,
            "format_version": REVIEW_VERSION,
            "learner": self.learner,
            "reviewed_at": self.reviewed_at,
            "projects": [asdict(project) for project in self.projects],
        }


def save_review(review: Review, path: Path) -> None:
    """Write the review atomically, stamped with the time."""
    review.reviewed_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    text = json.dumps(review.to_dict(), indent=2, ensure_ascii=False) + "\n"
    atomic_write(path, text.encode("utf-8"))


def load_review(path: Path) -> Review:
    """Read and check a review file; ReviewError (in plain words) for anything wrong."""
    try:
        size = path.stat().st_size
    except OSError:
        raise ReviewError(f"There is no file {path}. Check the name and the folder.") from None
    if not path.is_file():
        raise ReviewError(f"{path} is a folder, not a review file.")
    if size > MAX_REVIEW_BYTES:
        raise ReviewError(f"{path} is too big to be a review ({size} bytes).")
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ReviewError(
            f"{path} is not a review file: it cannot be read as JSON. Reviews are the .json "
            "files that `tutor review` saves on the instructor's computer."
        ) from None
    return parse_review(data, str(path))


def parse_review(data: object, where: str = "the review") -> Review:
    def bad(what: str) -> ReviewError:
        return ReviewError(f"{where} is damaged: {what}. Ask your instructor to save it again.")

    if not isinstance(data, dict) or data.get("format") != REVIEW_FORMAT:
        raise ReviewError(f"{where} is not a tutor review file (wrong format).")
    if data.get("format_version") != REVIEW_VERSION:
        raise ReviewError(
            f"{where} was saved by another version of the tutor (format "
            f"{data.get('format_version')!r}); this one reads version {REVIEW_VERSION}."
        )
    learner = data.get("learner")
    if not isinstance(learner, str) or len(learner) > 200:
        raise bad("its learner cannot be read")
    projects = data.get("projects")
    if not isinstance(projects, list) or len(projects) > MAX_ITEMS:
        raise bad("its list of projects cannot be read")
    reviewed_at = data.get("reviewed_at", "")
    review = Review(learner, reviewed_at=reviewed_at if isinstance(reviewed_at, str) else "")
    for raw in projects:
        review.projects.append(_project(raw, bad))
    return review


def _project(raw: object, bad: Any) -> ProjectReview:
    if not isinstance(raw, dict):
        raise bad("a project in it is not a table of fields")
    exercise, commit = raw.get("exercise"), raw.get("commit")
    if not isinstance(exercise, str) or not ID.fullmatch(exercise):
        raise bad(f"a project's exercise {json.dumps(exercise)[:60]} is not an exercise id")
    if not isinstance(commit, str) or not SHA.fullmatch(commit):
        raise bad(f"project '{exercise}' names no commit (40 hex digits)")
    verdicts, comments = raw.get("verdicts", []), raw.get("comments", [])
    if not isinstance(verdicts, list) or not isinstance(comments, list):
        raise bad(f"project '{exercise}' has verdicts or comments that are not lists")
    if len(verdicts) > MAX_ITEMS or len(comments) > MAX_ITEMS:
        raise bad(f"project '{exercise}' has too many verdicts or comments")
    project = ProjectReview(exercise, commit)
    for item in verdicts:
        if not isinstance(item, dict):
            raise bad(f"a verdict in project '{exercise}' is not a table of fields")
        milestone, verdict, note = item.get("milestone"), item.get("verdict"), item.get("note", "")
        if not isinstance(milestone, str) or not ID.fullmatch(milestone):
            raise bad(f"a verdict in project '{exercise}' names no milestone")
        if verdict not in VERDICTS:
            raise bad(f"milestone '{milestone}' has the verdict {json.dumps(verdict)[:40]}")
        project.verdicts.append(Verdict(milestone, verdict, _text(note, bad, "a note")))
    for item in comments:
        project.comments.append(_comment(item, exercise, bad))
    return project


def _comment(item: object, exercise: str, bad: Any) -> Comment:
    if not isinstance(item, dict):
        raise bad(f"a comment in project '{exercise}' is not a table of fields")
    name, line = item.get("file"), item.get("line")
    if not isinstance(name, str) or not name or len(name) > 500 or not name.isprintable():
        raise bad(f"a comment in project '{exercise}' names no file")
    try:
        if safe_member_name(name) != name:
            raise UnsafeArchive(name)
    except UnsafeArchive:
        raise bad(f"a comment names the file {json.dumps(name)[:80]}, which is not a plain "
                  "name inside the project") from None  # fmt: skip
    if not isinstance(line, int) or isinstance(line, bool) or not 1 <= line <= 10_000_000:
        raise bad(f"a comment on {name} has no line number")
    milestone = item.get("milestone", "")
    if not isinstance(milestone, str) or (milestone and not ID.fullmatch(milestone)):
        raise bad(f"a comment on {name} names a milestone that cannot be read")
    commit = item.get("commit", "")
    if not isinstance(commit, str) or (commit and not SHA.fullmatch(commit)):
        raise bad(f"a comment on {name} names a commit that cannot be read")
    text = _text(item.get("text"), bad, "a comment")
    return Comment(name, line, text, milestone, commit)


def _text(value: object, bad: Any, what: str) -> str:
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        raise bad(f"{what} in it is not text, or longer than {MAX_TEXT} characters")
    return visible(value)  # an escape sequence is shown, never obeyed, on any screen
