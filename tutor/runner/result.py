"""The outcome of one check, in exercism's results.json (version 3) shape.

`error` means no test could run (syntax error, import error, timeout during
collection, crash). Messages are written for a beginner.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Status = Literal["pass", "fail", "error"]


@dataclass
class Where:
    file: str  # relative to the workspace when the file is the learner's
    line: int | None = None

    def __str__(self) -> str:
        return self.file if self.line is None else f"{self.file}:{self.line}"


@dataclass
class TestResult:
    name: str  # readable: test_page_has_a_heading -> "page has a heading"
    status: Status
    message: str | None = None  # beginner explanation of a failure
    output: str | None = None  # what the learner's code printed (capped)
    task_id: int | None = None  # the step (1-based) this test belongs to
    duration_ms: float = 0.0
    test_id: str = ""  # pytest node id, for tooling
    where: Where | None = None  # learner's file and line of the failure
    expected: str | None = None
    actual: str | None = None


@dataclass
class Result:
    status: Status
    exercise: str
    message: str | None = None  # set when status is "error", or a summary
    tests: list[TestResult] = field(default_factory=list)
    duration_ms: float = 0.0
    timed_out: bool = False
    where: Where | None = None  # the first place the learner should look
    # What the learner's code did to the checking itself (tampering.py); status is then "error".
    tampering: str | None = None
    version: int = 3

    @property
    def passed(self) -> int:
        return sum(t.status == "pass" for t in self.tests)

    @property
    def total(self) -> int:
        return len(self.tests)

    @property
    def first_failure(self) -> TestResult | None:
        return next((t for t in self.tests if t.status != "pass"), None)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Result:
        def where(raw: dict[str, Any] | None) -> Where | None:
            return Where(**raw) if raw else None

        tests = [TestResult(**{**t, "where": where(t.get("where"))}) for t in data.get("tests", [])]
        return cls(
            status=data["status"],
            exercise=data.get("exercise", ""),
            message=data.get("message"),
            tests=tests,
            duration_ms=data.get("duration_ms", 0.0),
            timed_out=data.get("timed_out", False),
            where=where(data.get("where")),
            tampering=data.get("tampering"),
            version=data.get("version", 3),
        )
