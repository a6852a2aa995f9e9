"""One learner program and what a check must report about it (see runner_corpus.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tutor.runner import CheckRequest


@dataclass(frozen=True)
class Case:
    name: str
    files: dict[str, str]  # the learner's workspace
    tests: str  # test_exercise.py in the course folder
    status: str  # the Result's status
    says: tuple[str, ...] = ()  # text the Result's message (or first failure's) must hold
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
