"""`kind = "project"`: a client's brief, milestones, and the learner's own git history.

The learner builds a small program from a brief (a Markdown file in the
exercise folder, written as a client would write it), starting from an empty
folder or a skeleton (starter/). The repository is the learner's: the tutor
makes no snapshot commits there. A milestone is reached by a commit: every
check runs on the last commit's files, checked out into a scratch folder, so
uncommitted edits count for nothing until the learner commits them.

Each milestone has its own acceptance checks (test files in the exercise
folder, never copied to the learner: hidden by default), and is one group of
the learner's checklist. After an instructor's review is imported (`tutor
feedback import`), its verdicts and open comments join the checklist under
their milestone (tutor/kinds/review/).

An optional rubric (`rubric`, a Markdown file in the exercise folder) says
what the instructor looks for beyond the checks; `tutor review` shows it, and
the learner never sees it.

`tutor verify` replays the reference: solution/<milestone id>/ holds the files
that milestone adds or changes, laid over the previous ones and committed one
milestone at a time. The starter alone reaches no milestone; the commit of
milestone N reaches milestones 1..N.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tutor.kinds.base import ExerciseReader, Group, Kind, details_of, overlay

if TYPE_CHECKING:
    from tutor.course.model import Exercise
    from tutor.grading import Grader
    from tutor.kinds.proof import VerifyReport
    from tutor.runner.result import Result, TestResult
    from tutor.workspace import gitcli

NO_COMMIT_YET = (
    "Nothing is committed yet, so no milestone can be checked. Milestones are checked on "
    "your last commit. In the terminal, in your project folder, type: git add . and then "
    'git commit -m "what you did"'
)


@dataclass(frozen=True)
class Milestone:
    id: str
    title: str
    checks: tuple[str, ...]  # test files, relative to the exercise folder


@dataclass(frozen=True)
class ProjectDetails:
    brief: str = ""  # the brief's file, relative to the exercise folder
    brief_text: str = ""
    milestones: tuple[Milestone, ...] = ()
    rubric_text: str = ""  # the instructor's rubric, shown by `tutor review` only


class ProjectKind(Kind):
    name = "project"
    summary = "a project from a client's brief, checked milestone by milestone on commits"
    schema_keys = {
        "brief": {
            "description": "project exercises: the client's brief, a Markdown file in the "
            "exercise folder (shown to the learner before the task).",
            "type": "string",
            "minLength": 1,
        },
        "milestones": {
            "description": "project exercises: the milestones, in order; each is reached by "
            "a commit whose files pass its checks.",
            "type": "array",
            "items": {"$ref": "#/$defs/milestone"},
            "minItems": 1,
        },
        "rubric": {
            "description": "project exercises: the instructor's review rubric, a Markdown "
            "file in the exercise folder (shown by `tutor review`, never to the learner).",
            "type": "string",
            "minLength": 1,
        },
    }
    schema_defs = {
        "milestone": {
            "description": "One milestone of a project: its acceptance checks.",
            "type": "object",
            "additionalProperties": False,
            "required": ["id", "title", "checks"],
            "properties": {
                "id": {
                    "description": "A short name, also the folder solution/<id>/ of the "
                    "reference solution.",
                    "type": "string",
                    "pattern": "^[a-z0-9][a-z0-9-]*$",
                    "x-pattern-words": 'lowercase letters, digits and "-", like "add-items"',
                },
                "title": {
                    "description": "What the client gets when it is reached.",
                    "type": "string",
                    "minLength": 1,
                },
                "checks": {
                    "description": "Its acceptance checks: pytest files in the exercise folder "
                    "(never copied to the learner).",
                    "type": "array",
                    "items": {"type": "string", "minLength": 1},
                    "minItems": 1,
                },
            },
        }
    }
    needs_tests = False  # each milestone names its checks
    needs_solution = False  # a project may start from an empty folder
    learner_owns_repository = True
    reviewed = True

    # --- the lesson file ---------------------------------------------------------

    def read_details(self, raw: Mapping[str, Any], reader: ExerciseReader) -> ProjectDetails:
        brief = raw.get("brief", "")
        brief_text = ""
        if not brief:
            reader.error("kind", "a project needs 'brief': the client's brief, a Markdown file")
        elif reader.has("brief", brief, False):
            brief_text = (reader.folder / brief).read_text(encoding="utf-8", errors="replace")
        rubric = raw.get("rubric", "")
        rubric_text = ""
        if rubric and reader.has("rubric", rubric, False):
            rubric_text = (reader.folder / rubric).read_text(encoding="utf-8", errors="replace")
        milestones = raw.get("milestones", ())
        if not milestones:
            reader.error("kind", "a project needs at least one [[exercises.milestones]]")
        seen: set[str] = set()
        for position, milestone in enumerate(milestones):
            if milestone["id"] in seen:
                reader.error(
                    ("milestones", position, "id"),
                    f"two milestones are called '{milestone['id']}': give each its own id",
                )
            seen.add(milestone["id"])
            for number, check in enumerate(milestone["checks"]):
                reader.has(("milestones", position, "checks", number), check, False)
        return ProjectDetails(
            brief,
            brief_text,
            tuple(Milestone(m["id"], m["title"], tuple(m["checks"])) for m in milestones),
            rubric_text,
        )

    def milestones(self, exercise: Exercise) -> tuple[Milestone, ...]:
        return details_of(exercise, ProjectDetails).milestones

    def task_text(self, exercise: Exercise) -> str:
        brief = details_of(exercise, ProjectDetails).brief_text.strip()
        parts = [exercise.task.strip(), "## The client's brief", brief] if brief else []
        return "\n\n".join(p for p in parts if p) or exercise.task

    def edited_files(self, exercise: Exercise, readable: list[str]) -> list[str]:
        """Every file of a project is the learner's own work."""
        return [*exercise.edit, *(name for name in readable if name not in exercise.edit)]

    # --- grading -------------------------------------------------------------------

    def grade(
        self, exercise: Exercise, workspace: Path, grader: Grader, answers: Mapping[int, str]
    ) -> Result:
        from tutor.runner.result import Result, TestResult
        from tutor.workspace import gitcli

        repo = gitcli.Repo(workspace)
        try:
            head = repo.run("rev-parse", "--verify", "HEAD^{commit}")
        except gitcli.GitFailed:
            return Result(status="error", exercise=exercise.id, message=NO_COMMIT_YET)
        tests: list[TestResult] = []
        pending = uncommitted(repo)
        if pending:
            tests.append(
                TestResult(
                    name="all your work is committed",
                    status="fail",
                    message=f"You have changed {pending[0]}"
                    + (f" and {len(pending) - 1} more file(s)" if len(pending) > 1 else "")
                    + " since your last commit. Milestones are checked on your last commit "
                    "only. In the terminal, in your project folder, type: git add . and then "
                    'git commit -m "what you did"',
                )
            )
        with tempfile.TemporaryDirectory(prefix="tutor-project-") as scratch:
            tree = Path(scratch) / "commit"
            check_out(repo, head, tree)
            for number, milestone in enumerate(self.milestones(exercise), start=1):
                tests += self._milestone(exercise, grader, tree, number, milestone)
                if grader.cancelled:
                    return grader.stopped(exercise)
        tests += review_checks(exercise, self.milestones(exercise), repo, head)
        failed = any(test.status != "pass" for test in tests)
        return Result(
            status="fail" if failed else "pass",
            exercise=exercise.id,
            message=f"Checked your last commit, {head[:7]}.",
            tests=tests,
        )

    def _milestone(
        self, exercise: Exercise, grader: Grader, tree: Path, number: int, milestone: Milestone
    ) -> list[TestResult]:
        from tutor.runner.result import TestResult

        request = grader.request(exercise, tree, [exercise.folder / c for c in milestone.checks])
        request.steps = []
        run = grader.run(request)
        for test in run.tests:
            test.task_id = number
        if run.tests:
            return run.tests
        return [
            TestResult(
                name=f"the checks of '{milestone.title}' can run",
                status="fail",
                message=run.message or "No check of this milestone ran on your last commit.",
                where=run.where,
                task_id=number,
            )
        ]

    # --- what the learner sees -------------------------------------------------------

    def groups(self, exercise: Exercise) -> tuple[Group, ...]:
        """One heading per milestone; uncommitted work and comments on the whole project
        come under none."""
        return tuple(
            Group(number, f"Milestone {number}: {m.title}")
            for number, m in enumerate(self.milestones(exercise), start=1)
        )

    # --- `tutor verify` ------------------------------------------------------------------

    def verify(self, exercise: Exercise, grader: Grader, report: VerifyReport) -> None:
        from tutor.kinds.proof import first_line, verdict
        from tutor.workspace import Workspace, gitcli

        milestones = self.milestones(exercise)
        with tempfile.TemporaryDirectory(prefix="tutor-verify-") as home:
            workspace = Workspace(Path(home), exercise)
            workspace.create()
            start = grader.grade(exercise, workspace.path)
            report.starter = verdict(start)
            passing = [t for t in start.tests if t.status == "pass"]
            if passing:
                report.problems.append(
                    f"the starter already passes '{passing[0].name}': a learner would reach a "
                    "milestone before starting. Leave the learner's part out of starter/."
                )
            solved = start
            for number, milestone in enumerate(milestones, start=1):
                layer = exercise.solution_dir / milestone.id
                if not layer.is_dir():
                    report.problems.append(
                        f"there is no solution/{milestone.id}/ folder in {exercise.folder}: "
                        f"put the files that reach milestone '{milestone.id}' there"
                    )
                    return
                own = [t for t in solved.tests if t.task_id == number]
                if number > 1 and own and all(t.status == "pass" for t in own):
                    report.notes.append(
                        f"milestone '{milestone.id}' is already reached before "
                        f"solution/{milestone.id}/ is laid: its checks may test too little"
                    )
                overlay(workspace.path, [layer])
                gitcli.snapshot(workspace.path, f"reach {milestone.id}")
                solved = grader.grade(exercise, workspace.path)
                for test in solved.tests:
                    reached = test.task_id is None or test.task_id > number
                    if not reached and test.status != "pass":
                        detail = f": {first_line(test.message)}" if test.message else ""
                        report.problems.append(
                            f"the solution up to solution/{milestone.id}/ does not reach "
                            f"milestone {test.task_id}: it fails '{test.name}'{detail}"
                        )
                        return
            report.solution = verdict(solved)

    def solution_files(self, exercise: Exercise) -> dict[str, str]:
        files: dict[str, str] = {}
        for milestone in self.milestones(exercise):
            layer = exercise.solution_dir / milestone.id
            for path in sorted(p for p in layer.rglob("*") if p.is_file()):
                if "__pycache__" not in path.parts:
                    name = path.relative_to(layer).as_posix()
                    files[name] = path.read_text(encoding="utf-8", errors="replace")
        return files


# Left behind by running the learner's program, not their work.
NOT_WORK = ("__pycache__/", ".pytest_cache/")


def uncommitted(repo: gitcli.Repo) -> list[str]:
    """The files changed, added or removed since the last commit (the learner's index aside)."""
    from tutor.workspace import gitcli

    try:
        listed = repo.run("status", "--porcelain", "-z", "--untracked-files=all", strip=False)
    except gitcli.GitFailed:
        return []
    names = [entry[3:] for entry in listed.split("\0") if len(entry) > 3]
    return [n for n in names if not any(part in n + "/" for part in NOT_WORK)]


def check_out(repo: gitcli.Repo, commit: str, folder: Path) -> None:
    """Write the files of `commit` into folder (made new), leaving the learner's index alone."""
    folder.mkdir(parents=True)
    fd, index = tempfile.mkstemp(prefix="tutor-project-index.")
    os.close(fd)
    os.unlink(index)  # git makes it: an empty file is not an index
    try:
        env = {"GIT_INDEX_FILE": index}
        repo.run("read-tree", commit, env=env)
        repo.run("checkout-index", "-a", f"--prefix={folder}{os.sep}", env=env)
    finally:
        Path(index).unlink(missing_ok=True)


def review_checks(
    exercise: Exercise, milestones: tuple[Milestone, ...], repo: gitcli.Repo, head: str
) -> list[TestResult]:
    """The imported review's verdicts and comments, as checks under their milestones."""
    from tutor.kinds.review.checklist import checks_from_review

    return checks_from_review(exercise.id, milestones, repo, head)
