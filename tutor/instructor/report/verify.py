"""`tutor report --verify`: does each learner's record hold up?

For every exercise a learner's record calls done, the exported files are laid
out in a throw-away folder and the course's checks run on them again, with
the same grader `tutor check` uses (quiz answers are graded again). A record
holds up when the checks pass. This runs the learner's code, as `tutor check`
does on the learner's computer (its time and memory limits), and never with the
instructor's rights: in the sandbox (runner/sandbox.py), which hides the
instructor's home folders, shows the course read-only and lets the code write
only the throw-away folder of the exercise it belongs to. Where this computer
cannot sandbox, `--verify` refuses (sandbox_refusal) unless the instructor
says `--unsafe-run-learner-code`.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from tutor import kinds
from tutor.course.model import Course
from tutor.grading import Grader
from tutor.instructor.export import MAX_EXERCISE_BYTES, ExportError, LearnerExport
from tutor.instructor.report.versions import Verdict, with_version
from tutor.runner.result import Result

# An export leaves out an exercise above MAX_EXERCISE_BYTES; a bigger one was not made by it.
MAX_VERIFIED_BYTES = 2 * MAX_EXERCISE_BYTES


def sandbox_refusal(unsafe: bool) -> str | None:
    """Why --verify must not run learners' code here, with how to go on; None: it may."""
    from tutor.runner import sandbox

    if unsafe:
        return None
    found = sandbox.status()
    if found.active:
        return None
    return (
        "`tutor report --verify` runs your learners' code, and this computer cannot put it "
        f"in a sandbox ({found.reason}). Without one it would run with your rights: it could "
        "read your files (such as ~/.ssh), change them, and change the course. Choose one: "
        "run `tutor doctor` to see how to turn the sandbox on; or run the report as a separate "
        "account that owns nothing else (for example `sudo -u tutor-verify tutor report ... "
        "--verify`); or, if you trust these exports, add --unsafe-run-learner-code."
    )


def verify_exports(
    exports: list[LearnerExport], course: Course, grader: Grader
) -> dict[str, dict[str, Verdict]]:
    """verify_export for each export, all in one throw-away folder (the sandbox shows it)."""
    with tempfile.TemporaryDirectory(prefix="tutor-verify-export-") as scratch:
        _prepare_sandbox(Path(scratch), course)
        folder = Path(scratch)
        return {export.learner: verify_export(export, course, grader, folder) for export in exports}


def _prepare_sandbox(scratch: Path, course: Course) -> None:
    """Start the sandboxed checker showing this folder and the course, so that every
    exercise of every learner is checked in one sandbox, one exercise at a time."""
    from tutor.runner import sandbox, warm

    if sandbox.wanted():
        view = sandbox.View(frozenset({os.path.realpath(course.root)}), frozenset({str(scratch)}))
        warm.sandboxed_runner(view)


def verify_export(
    export: LearnerExport, course: Course, grader: Grader, scratch: Path | None = None
) -> dict[str, Verdict]:
    """A verdict for each exercise the export calls done, keyed by exercise id.

    scratch: where each exercise's files are laid out (one at a time, removed after).
    """
    from tutor.instructor.course_identity import identify

    current = identify(course.root, course.title)  # done on another version: said so
    verdicts: dict[str, Verdict] = {}
    for entry in export.exercises:
        if entry.get("status") != "done" and not entry.get("done_at"):
            continue
        verdict = _verify_entry(export, entry, course, grader, scratch)
        named = export.record.get("course")
        verdicts[str(entry["id"])] = with_version(verdict, entry, named, current)
    return verdicts


def _verify_entry(
    export: LearnerExport,
    entry: dict[str, object],
    course: Course,
    grader: Grader,
    scratch: Path | None = None,
) -> Verdict:
    exercise_id = str(entry["id"])
    exercise = course.exercise(exercise_id)
    if exercise is None:
        return Verdict(None, "not in this course, so it cannot be checked")
    if not kinds.of(exercise).has_files:  # a quiz: its answers are what was exported
        raw = entry.get("quiz_answers")
        answers = {int(k): str(v) for k, v in raw.items()} if isinstance(raw, dict) else {}
        return _verdict(grader.grade_quiz(exercise, answers), entry)
    if exercise_id not in export.files:
        note = str(entry.get("note") or "")
        if note.startswith("left out"):
            return Verdict(None, f"not verified: its files were {note}")
        return Verdict(False, "the record says done, but the export holds none of its files")
    if export.files_size(exercise_id) > MAX_VERIFIED_BYTES:
        return Verdict(None, "not verified: its files are too big to check again")
    # One exercise's files at a time: another learner's are not there while this code runs.
    with tempfile.TemporaryDirectory(
        prefix="learner-", dir=scratch, ignore_cleanup_errors=True
    ) as layout:
        folder = Path(layout) / exercise_id
        folder.mkdir()
        try:
            export.write_files(exercise_id, folder)
        except (ExportError, OSError) as error:
            return Verdict(False, f"its exported files cannot be laid out: {error}")
        return _verdict(grader.grade(exercise, folder), entry)


def _verdict(result: Result, entry: dict[str, object]) -> Verdict:
    if result.tampering:
        return Verdict(
            False,
            f"the learner's code tampered with the checks: it {result.tampering}",
            tampering=result.tampering,
        )
    if result.status == "pass":
        return Verdict(True, f"the checks pass again ({result.passed}/{result.total})")
    first = result.first_failure
    why = (first.message if first and first.message else None) or result.message or ""
    why = why.strip().splitlines()[0][:200] if why.strip() else "no reason given"
    exported = entry.get("result")
    then = exported.get("status") if isinstance(exported, dict) else None
    later = (
        " (the check run at export time, on the learner's computer, failed too: the files "
        "were changed after the exercise was finished, or the record was edited)"
        if then in ("fail", "error")
        else ""
    )
    return Verdict(
        False,
        f"the record says done, but the checks do not pass on the exported files "
        f"({result.passed}/{result.total}): {why}{later}",
    )
