"""Tests written in JavaScript with Jest's API, run in quickjs: one pytest test each.

A test file and the learner's modules it imports are linked into one script
(jsmodules.py); Jest's `describe`/`test`/`expect`/`jest.fn` come from
jest_harness.js, placed in its own line slot after the files so that a stack
line in it maps to no file. The host runs the promise jobs of async tests
until the test settles, each job under the time limit.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

import quickjs

from tutor.checks import jsmodules
from tutor.checks.failure import CheckFailure, where
from tutor.checks.js import _CONSOLE, DEFAULT_MEMORY_LIMIT, DEFAULT_TIME_LIMIT, JsProgram

TEST_FILE = re.compile(r".+\.(test|spec)\.(js|mjs)$")
_FRAME = re.compile(r"at (?P<fn>\S+) \(?<input>:(?P<line>\d+)")
_NAMES = (
    "describe",
    "test",
    "it",
    "xtest",
    "xit",
    "xdescribe",
    "fit",
    "beforeEach",
    "afterEach",
    "beforeAll",
    "afterAll",
    "expect",
    "jest",
)
# Calls in the test file's own text that skip a test: only these may skip.
_SKIPPING = re.compile(r"\b(xtest|xit|xdescribe|test\.skip|it\.skip|describe\.skip|test\.todo)\b")

_harness_code: str | None = None


def preload() -> None:
    """Read the harness and deep-eql and load acorn once per process."""
    _harness()
    jsmodules.preload()


def _harness() -> str:
    global _harness_code
    if _harness_code is None:
        here = resources.files("tutor.checks")
        _harness_code = (
            (here / "vendor" / "deep-eql.js").read_text(encoding="utf-8")
            + "\n"
            + (here / "jest_harness.js").read_text(encoding="utf-8")
        )
    return _harness_code


@dataclass
class JsTest:
    id: int
    name: str
    skip: bool
    line: int | None  # in the test file


class JsTestFile:
    """One `*.test.js` file loaded with the modules it imports; run its tests by id."""

    def __init__(
        self,
        name: str,
        source: str,
        read: Callable[[str], str | None],
        time_limit: float = DEFAULT_TIME_LIMIT,
        memory_limit: int = DEFAULT_MEMORY_LIMIT,
    ) -> None:
        self.name = name
        self.time_limit = time_limit
        self.context = quickjs.Context()
        self.context.set_time_limit(time_limit)
        self.context.set_memory_limit(memory_limit)
        self.context.eval(_CONSOLE)
        self.context.eval(jsmodules.RUNTIME)
        linked = jsmodules.link(source, name)
        # The test file's names are bound before any learner module runs, so a
        # learner's module cannot replace `expect` or `test` under it.
        linked.head = f"const {{{', '.join(_NAMES)}}} = __tutor_jest_api;{linked.head}"
        own = {name: source}
        self.program = jsmodules.build(name, lambda n: own.get(n) or read(n), linked)
        used = self.program.code.count("\n")
        harness = "\n" * (len(self.program.files) * jsmodules.SLOT - used) + _harness()
        self._eval(self.program.code + harness, f"reading {name}")
        self._eval(f"__tutor_load({json.dumps(name)})", f"loading {name}")
        skip_lines = {n for n, text in enumerate(source.splitlines(), 1) if _SKIPPING.search(text)}
        self.tests: list[JsTest] = []
        for item in json.loads(self._eval("__tutor_jest.list()", "listing the tests")):
            file, line = self.program.locate(item["line"]) if item["line"] else (None, None)
            if file != name:
                continue  # only the test file's own tests count, never a learner module's
            self.tests.append(
                JsTest(item["id"], item["name"], item["skip"] and line in skip_lines, line)
            )

    @property
    def console(self) -> list[str]:
        return json.loads(self.context.eval("JSON.stringify(globalThis.__tutor_console)"))

    def run(self, test: JsTest) -> None:
        """Run one test; raise CheckFailure when it fails."""
        doing = f'running the test "{test.name}"'
        self._eval(f"__tutor_jest.start({test.id})", doing)
        started = time.monotonic()
        while True:
            state = json.loads(self.context.eval("__tutor_jest.state()"))
            if state.get("done"):
                break
            try:
                more = self.context.execute_pending_job()
            except quickjs.JSException as error:
                raise self._explain(str(error), doing) from None
            if not more:
                raise CheckFailure(
                    f"{where(self.name, test.line)}: {doing} waited for a promise that never "
                    "settled (it never called resolve or reject). Check that every promise your "
                    "code makes is resolved in the end, and that the test awaits the right one.",
                    self.name,
                    test.line,
                )
            if time.monotonic() - started > self.time_limit:
                raise CheckFailure(
                    f"{where(self.name, test.line)}: {doing} ran for more than "
                    f"{self.time_limit:g} seconds without finishing; an async loop may never "
                    "end.",
                    self.name,
                    test.line,
                )
        if state["pass"]:
            return
        raise self._failure(test, state)

    def _failure(self, test: JsTest, state: dict) -> CheckFailure:
        places = self._places(state["stack"])
        test_line = next((line for file, line in places if file == self.name), test.line)
        learner = next(((f, line) for f, line in places if f not in (None, self.name)), None)
        title = f'{where(self.name, test_line)}: the test "{test.name}" failed.'
        if state["matcher"]:
            message = f"{title}\n{state['message']}"
            error = CheckFailure(message, self.name, test_line)
        elif learner is not None:
            message = (
                f"{where(*learner)}: while {title[len(where(self.name, test_line)) + 2 :]}".replace(
                    " failed.", f" ran ({where(self.name, test_line)}),"
                )
                + f" the code stopped with {state['name']}: {state['message']}"
            )
            error = CheckFailure(message, learner[0], learner[1])
        else:
            message = f"{title} It stopped with {state['name']}: {state['message']}"
            error = CheckFailure(message, self.name, test_line)
        error.expected = state.get("expected")  # type: ignore[attr-defined]
        error.actual = state.get("received")  # type: ignore[attr-defined]
        error.test_line = test_line  # type: ignore[attr-defined]
        return error

    def _places(self, stack: str) -> list[tuple[str | None, int | None]]:
        out: list[tuple[str | None, int | None]] = []
        for match in _FRAME.finditer(stack):
            line = int(match.group("line"))
            if (
                match.group("fn").startswith("__tutor")
                or line > len(self.program.files) * jsmodules.SLOT
            ):
                continue
            out.append(self.program.locate(line))
        return out

    def _eval(self, code: str, doing: str) -> str:
        try:
            return self.context.eval(code)
        except (quickjs.JSException, quickjs.StackOverflow) as error:
            raise self._explain(str(error), doing) from None

    def _explain(self, text: str, doing: str) -> CheckFailure:
        # The same beginner's explanations as a plain script, with lines from the slots.
        stub = JsProgram.__new__(JsProgram)
        stub.filename, stub.source, stub.time_limit = self.name, "", self.time_limit
        stub.modules = self.program if hasattr(self, "program") else None
        places = self._places(text)
        failure = stub._explain(text, True, doing)
        if failure.line is None and places:
            file, line = next(((f, n) for f, n in places if f), (None, None))
            if file:
                return CheckFailure(f"{where(file, line)}: {failure}", file, line)
        return failure
