"""What one check needs to know: the learner's folder, the tests, the limits."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class CheckRequest:
    exercise_id: str
    workspace: Path  # the learner's folder: cwd and sys.path[0] for their code
    test_files: list[Path]  # absolute paths (course folder, or the workspace for TDD)
    timeout: float = 5.0  # wall clock for running the tests (after the child is ready)
    # test names per step; a test whose function name (or "file::name") is in
    # steps[i] gets task_id=i+1
    steps: list[tuple[str, ...]] = field(default_factory=list)
    plugin_options: dict[str, str] = field(default_factory=dict)  # --<key>=<value>
    extra_paths: list[Path] = field(default_factory=list)  # import roots after the workspace
    memory_mb: int = 1024
    output_limit_bytes: int = 1_000_000
    # Where test modules rewritten by pytest are kept between checks (rewrite_cache.py).
    cache_folder: Path | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "exercise_id": self.exercise_id,
            "workspace": str(self.workspace),
            "test_files": [str(p) for p in self.test_files],
            "timeout": self.timeout,
            "steps": [list(step) for step in self.steps],
            "plugin_options": dict(self.plugin_options),
            "extra_paths": [str(p) for p in self.extra_paths],
            "memory_mb": self.memory_mb,
            "output_limit_bytes": self.output_limit_bytes,
            "cache_folder": str(self.cache_folder) if self.cache_folder else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CheckRequest:
        return cls(
            exercise_id=str(data["exercise_id"]),
            workspace=Path(data["workspace"]),
            test_files=[Path(p) for p in data["test_files"]],
            timeout=float(data.get("timeout", 5.0)),
            steps=[tuple(step) for step in data.get("steps", [])],
            plugin_options={str(k): str(v) for k, v in data.get("plugin_options", {}).items()},
            extra_paths=[Path(p) for p in data.get("extra_paths", [])],
            memory_mb=int(data.get("memory_mb", 1024)),
            output_limit_bytes=int(data.get("output_limit_bytes", 1_000_000)),
            cache_folder=Path(data["cache_folder"]) if data.get("cache_folder") else None,
        )

    def import_roots(self) -> set[str]:
        """Folders whose .py files are the learner's or the exercise's: never trust their .pyc.

        Each both as given and with links resolved, to compare with sys.path entries.
        """
        roots = [self.workspace, *self.extra_paths, *(p.parent for p in self.test_files)]
        return {os.path.abspath(root) for root in roots} | {str(root.resolve()) for root in roots}


def setup_line(request: CheckRequest, token: str, scratch: Path) -> bytes:
    """What a child started before its check is sent: one JSON line (prestart, spawned)."""
    setup = {"request": request.to_dict(), "token": token, "scratch": str(scratch)}
    return json.dumps(setup).encode() + b"\n"


def read_setup_line(line: bytes) -> tuple[CheckRequest, str, Path]:
    """setup_line's request, token and scratch folder, in the child."""
    setup = json.loads(line)
    return CheckRequest.from_dict(setup["request"]), setup["token"], Path(setup["scratch"])
