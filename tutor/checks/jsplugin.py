"""Collects `*.test.js` / `*.spec.js` files: one pytest test for each Jest-style test.

Called by tutor/checks/plugin.py's pytest_collect_file. The learner's modules are read from the
workspace (--tutor-workspace), then from the test file's own folder.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tutor.checks.failure import CheckFailure


def collect(file_path: Path, parent: pytest.Collector) -> pytest.Collector:
    return JsTestModule.from_parent(parent, path=file_path)


class JsTestModule(pytest.File):
    """A JavaScript test file: loaded once, its tests run one by one in the same context."""

    def collect(self) -> Iterator[pytest.Item]:
        from tutor.checks.jstest import JsTestFile

        given = self.config.getoption("tutor_workspace", None)
        workspace = Path(given).resolve() if given else Path.cwd()
        folder = self.path.parent

        def read(name: str) -> str | None:
            for base in (workspace, folder):
                candidate = base / name
                if candidate.is_file() and candidate.resolve().is_relative_to(base.resolve()):
                    return candidate.read_text(encoding="utf-8")
            return None

        try:
            loaded = JsTestFile(self.path.name, self.path.read_text(encoding="utf-8"), read)
        except CheckFailure as error:
            yield JsTestItem.from_parent(self, name=f"loading {self.path.name}", failure=error)
            return
        for test in loaded.tests:
            name = test.name.replace("::", ":") or f"test {test.id + 1}"
            yield JsTestItem.from_parent(self, name=name, loaded=loaded, test=test)


class JsTestItem(pytest.Item):
    def __init__(
        self,
        *,
        loaded: object = None,
        test: object = None,
        failure: CheckFailure | None = None,
        **kwargs: object,
    ) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.loaded = loaded
        self.test = test
        self.failure = failure

    def runtest(self) -> None:
        from tutor.checks.jstest import JsTest, JsTestFile

        if self.failure is not None:
            raise self.failure
        assert isinstance(self.loaded, JsTestFile) and isinstance(self.test, JsTest)
        if self.test.skip:
            pytest.skip(f"skipped in {self.path.name} (xtest or test.skip)")
        self.loaded.run(self.test)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        line = getattr(self.test, "line", None)
        return self.path, (line - 1) if line else None, self.name
