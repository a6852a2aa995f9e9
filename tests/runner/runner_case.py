"""One learner program and what a check must report about it (see runner_corpus.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from runner_procs import alive, recorded_pids

from tutor.runner import CheckRequest, Result


@dataclass(frozen=True)
class Case:
    name: str
    files: dict[str, str]  # the learner's workspace
    tests: str  # test_exercise.py in the course folder
    status: str  # the Result's status
    says: tuple[str, ...] = ()  # text the Result's message (or first failure's) must hold
    never_says: tuple[str, ...] = ()  # text it must not hold
    where: tuple[str, int] | None = None  # learner file and line the Result points to
    timeout: float = 5.0
    timed_out: bool = False
    test_statuses: tuple[str, ...] | None = None
    memory_mb: int = 1024

    def build(self, root: Path) -> CheckRequest:
        workspace, course = root / "workspace", root / "course"
        workspace.mkdir(parents=True)
        course.mkdir(parents=True)
        for name, text in self.files.items():
            (workspace / name).parent.mkdir(parents=True, exist_ok=True)
            (workspace / name).write_text(text, encoding="utf-8")
        test_file = course / "test_exercise.py"
        test_file.write_text(self.tests, encoding="utf-8")
        return CheckRequest(
            exercise_id=self.name,
            workspace=workspace,
            test_files=[test_file],
            timeout=self.timeout,
            memory_mb=self.memory_mb,
        )


def the_message(result: Result) -> str:
    """What the learner reads first: the Result's message, then each test's."""
    parts = [result.message or ""] + [t.message or "" for t in result.tests]
    return "\n".join(parts)


def assert_reports(case: Case, result: Result, workspace: Path) -> None:
    text = the_message(result)
    assert result.status == case.status, text
    assert not (result.message or "").startswith("None")
    for phrase in case.says:
        assert phrase in text, f"{phrase!r} not in {text!r}"
    for phrase in case.never_says:
        assert phrase not in text, f"{phrase!r} in {text!r}"
    if case.where is not None:
        assert result.where is not None, text
        assert (result.where.file, result.where.line) == case.where
    assert result.timed_out == case.timed_out
    if case.test_statuses is not None:
        assert tuple(t.status for t in result.tests) == case.test_statuses
    for pid in recorded_pids(workspace):
        assert not alive(pid), f"learner process {pid} is still running"
