"""The pytest plugin that runs inside the check's child and streams events.

Every event is one line: a per-run secret token, then JSON. The parent ignores
any line without the token, so bytes the learner's code writes to stray file
descriptors cannot forge a result. Only facts travel here; the beginner's
wording is made in the parent (messages.py).
"""

from __future__ import annotations

import builtins
import io
import os
import re
import sys
import traceback
from collections.abc import Callable
from types import FrameType
from typing import Any

import _pytest
import pluggy
import pytest

from tutor.runner.events import (
    COLLECT_ERROR,
    COLLECT_SKIP,
    COLLECTED,
    GUARD_COLLECTING,
    GUARD_LOGREPORT,
    GUARD_MAKEREPORT,
    INTERNAL_ERROR,
    INTERRUPTED,
    RESULT,
    SESSION_END,
    START,
    encode,
)
from tutor.runner.plain_values import spoken
from tutor.runner.unittest_facts import unittest_facts
from tutor.spelling import closest_name

MAX_TEXT = 4000  # longest exception text or repr we send
MAX_FRAMES = 40  # deepest frames kept from a traceback (RecursionError has ~1000)

Emit = Callable[..., None]
# Bound once, at import: learner code runs in this process and may replace
# json.dumps (events.py binds it), os.write or os._exit (a hostile program in
# tests/robustness does); the events and the way out must not change with them.
_write = os.write
hard_exit = os._exit
# Frames of the test machinery itself say nothing to a learner.
_MACHINERY = tuple(
    os.path.dirname(module.__file__ or "") + os.sep for module in (pytest, _pytest, pluggy)
)


def test_key(item: pytest.Item) -> str:
    """A unique id: pytest's node id is only "::name" for a file outside the rootdir."""
    rest = item.nodeid.split("::", 1)[1] if "::" in item.nodeid else item.name
    try:
        path = item.path.relative_to(item.config.rootpath).as_posix()
    except ValueError:
        path = str(item.path)
    return f"{path}::{rest}"


def make_emitter(fd: int, token: str) -> Emit:
    """Events straight to fd, without the guard (the warm helper's warm-up run).

    In a check's child the guard's emit (guard.arm) is used instead. Kinds and
    fields starting with "_" are for the guard only.
    """

    def emit(kind: str, **data: Any) -> None:
        if kind.startswith("_"):
            return
        data = {key: value for key, value in data.items() if not key.startswith("_")}
        line = token + encode(kind, data) + "\n"
        payload = line.encode("utf-8", "replace")
        while payload:  # a pipe write can be partial when a signal interrupts it
            written = _write(fd, payload)
            payload = payload[written:]

    return emit


class CappedOutput(io.TextIOBase):
    """Stands in for sys.stdout/sys.stderr: keeps the first `limit` characters.

    A test that prints 100 MB must not fill the child's memory or the pipe, so
    everything past the limit is only counted.
    """

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit
        self._parts: list[str] = []
        self._kept = 0
        self.dropped = 0

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        room = self.limit - self._kept
        if room > 0:
            piece = text[:room]
            self._parts.append(piece)
            self._kept += len(piece)
        self.dropped += max(0, len(text) - max(room, 0))
        return len(text)

    @property
    def buffer(self) -> _BinaryView:
        """sys.stdout.buffer.write(b"...") works as it does on a real stdout."""
        return _BinaryView(self)

    def take(self) -> tuple[str, int]:
        """What was printed since the last take, and how many characters were dropped."""
        text, dropped = "".join(self._parts), self.dropped
        self._parts, self._kept, self.dropped = [], 0, 0
        return text, dropped

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return "utf-8"

    def isatty(self) -> bool:
        return False


class _BinaryView(io.RawIOBase):
    def __init__(self, text: CappedOutput) -> None:
        super().__init__()
        self._text = text

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self._text.write(bytes(data).decode("utf-8", "replace"))
        return len(data)


def _safe_text(make: Callable[[], str]) -> str:
    """str()/repr() of learner objects can raise or be huge."""
    try:
        text = make()
    except BaseException as error:  # noqa: BLE001 - learner __str__ may raise anything
        text = f"<could not show this value: {type(error).__name__}>"
    return text if len(text) <= MAX_TEXT else text[:MAX_TEXT] + " ..."


def describe_exception(exc: BaseException) -> dict[str, Any]:
    """The facts messages.py needs: type, text, learner frames, syntax position."""
    cause = exc
    # pytest wraps import-time errors of a test module in a CollectError.
    while type(cause).__name__ == "CollectError" and cause.__cause__ is not None:
        cause = cause.__cause__
    frames = [
        {"file": f.filename, "line": f.lineno, "name": f.name, "code": f.line or ""}
        for f in traceback.extract_tb(cause.__traceback__)[-MAX_FRAMES:]
        if not f.filename.startswith(_MACHINERY)
    ]
    info: dict[str, Any] = {
        "type": type(cause).__name__,
        "bases": [klass.__name__ for klass in type(cause).__mro__],
        "text": _safe_text(lambda: str(cause)),
        "frames": frames,
    }
    if isinstance(cause, SyntaxError):
        info["syntax"] = {
            "file": cause.filename,
            "line": cause.lineno,
            "offset": cause.offset,
            "text": (cause.text or "").rstrip("\n"),
            "msg": cause.msg,
        }
    if isinstance(cause, (ImportError,)):
        info["module"] = getattr(cause, "name", None)
    facts = unittest_facts(cause, _safe_text)  # the values behind a failed self.assertX(...)
    if facts:
        info["unittest"] = facts
    suggestion = _safe_suggestion(cause)
    if suggestion:
        info["suggestion"] = suggestion
    # The checks plugin's CheckFailure says which learner file and line to look at
    # (duck-typed: the runner does not import the checks).
    check_file = getattr(cause, "file", None)
    if isinstance(check_file, str) and isinstance(cause, AssertionError):
        line = getattr(cause, "line", None)
        info["check_at"] = {"file": check_file, "line": line if isinstance(line, int) else None}
    return info


def _safe_suggestion(exc: BaseException) -> str | None:
    try:  # dir() runs the learner's own __dir__, which may do anything
        return _suggestion(exc)
    except Exception:  # noqa: BLE001 - a suggestion is a bonus
        return None


def _suggestion(exc: BaseException) -> str | None:
    """The name the learner probably meant, like Python's own "Did you mean ...?"

    (which Python 3.10 and 3.11 add only when they print a traceback themselves).
    """
    wrong: object = getattr(exc, "name", None)
    if isinstance(exc, UnboundLocalError):
        return None  # the name is right; it has no value yet
    if isinstance(exc, NameError):
        frame = _innermost_frame(exc)
        if frame is None:
            return None
        names = [*frame.f_locals, *frame.f_globals, *dir(builtins)]
    elif isinstance(exc, AttributeError):
        names = dir(getattr(exc, "obj", None)) if hasattr(exc, "obj") else []
    elif isinstance(exc, ImportError):  # from shop import totl: name is the module
        missing = re.match(r"cannot import name '([^']+)' from '([^']+)'", str(exc))
        module = sys.modules.get(missing.group(2)) if missing else None
        if missing is None or module is None:
            return None
        wrong, names = missing.group(1), dir(module)
    else:
        return None
    if not isinstance(wrong, str) or not wrong:
        return None
    # Private names only when the learner wrote one: `_total` may mean `_totl`.
    alike = [n for n in names if isinstance(n, str) and n and (wrong[0] == "_") == (n[0] == "_")]
    return closest_name(wrong, alike)


def _innermost_frame(exc: BaseException) -> FrameType | None:
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_frame if tb is not None else None


_PLAIN_TYPES = (str, int, float, bytes, list, tuple, dict, set, frozenset)


def _both_numbers(left: type, right: type) -> bool:
    numbers = (int, float, complex, bool)
    return left in numbers and right in numbers


class Reporter:
    """Streams collect errors, test starts and results, and the session's end."""

    def __init__(self, emit: Emit, output: CappedOutput, exit_at_end: bool = False) -> None:
        self.emit = emit
        self.exit_at_end = exit_at_end  # in a check's child: nothing after the end matters
        self.output = output
        self.results_sent = 0
        self._phases: dict[str, Any] = {}
        self._exception: dict[str, Any] | None = None
        self._comparison: dict[str, str] | None = None
        self._current = ""
        self._item: pytest.Item | None = None
        self._collecting = ""

    @pytest.hookimpl(tryfirst=True)
    def pytest_sessionstart(self, session: pytest.Session) -> None:
        # From here on, learner prints (at import or in a test) land in the cap.
        sys.stdout = sys.stderr = self.output

    @pytest.hookimpl(tryfirst=True)
    def pytest_collection(self, session: pytest.Session) -> None:
        # Before any test module (and so any learner code) is imported: the guard's snapshot.
        self.emit(GUARD_COLLECTING, pluginmanager=session.config.pluginmanager)

    def pytest_collectstart(self, collector: pytest.Collector) -> None:
        self._collecting = str(getattr(collector, "path", "") or "")

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        """A whole test module skipped while it was imported (pytest.skip or
        unittest.SkipTest at module level): say where, the guard says whose."""
        if not report.skipped:
            return
        where = report.longrepr if isinstance(report.longrepr, tuple) else ("", None, "")
        self.emit(
            COLLECT_SKIP,
            id=self._collecting,  # the module's collection ends right after it starts
            where_file=str(where[0]),
            where_line=where[1] if isinstance(where[1], int) else None,
            reason=_safe_text(lambda: str(where[2])),
        )

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        tests = []
        for item in session.items:
            function = getattr(item, "obj", None)
            doc = getattr(function, "__doc__", None) or ""
            tests.append(
                {
                    "id": test_key(item),
                    "file": str(item.path),
                    "function": getattr(item, "originalname", None) or item.name,
                    "param": item.callspec.id if hasattr(item, "callspec") else None,
                    "doc": doc.strip().splitlines()[0] if doc.strip() else "",
                    "line": item.location[1] + 1 if item.location[1] is not None else None,
                }
            )
        self.emit(COLLECTED, tests=tests, _items=list(session.items))

    def pytest_exception_interact(
        self, node: pytest.Item | pytest.Collector, call: pytest.CallInfo[Any], report: Any
    ) -> None:
        if call.excinfo is None:
            return
        info = describe_exception(call.excinfo.value)
        if isinstance(node, pytest.Item):
            if self._exception is None:  # the first failing phase says what went wrong
                self._exception = info
        else:
            self.emit(
                COLLECT_ERROR,
                id=node.nodeid,
                file=str(getattr(node, "path", "")),
                exception=info,
                pytest_text=_safe_text(lambda: report.longreprtext),
                output=self.output.take()[0],
            )

    def pytest_assertrepr_compare(self, op: str, left: object, right: object) -> None:
        # By convention `assert actual == expected`; keep both for the learner.
        actual = _safe_text(lambda: spoken(left))
        kinds = (type(left), type(right))
        # Only for == and !=: in `x in y`, x and y differ in type as a matter of course.
        differ = kinds[0] is not kinds[1] and not _both_numbers(*kinds)
        if op in ("==", "!=") and kinds[1] in _PLAIN_TYPES and differ:
            # It may look the same and claim to be equal (strict.py): say what it really is.
            actual += f" (of type {kinds[0].__name__}, not {kinds[1].__name__})"
        self._comparison = {
            "op": op,
            "actual": actual,
            "expected": _safe_text(lambda: spoken(right)),
        }

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_protocol(self, item: pytest.Item) -> None:
        self._current = test_key(item)
        self._item = item

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_makereport(self, item: pytest.Item, call: pytest.CallInfo[Any]) -> None:
        # The guard looks at where a skip came from (the learner's code, or the instructor's).
        error = call.excinfo.value if call.excinfo is not None else None
        self.emit(GUARD_MAKEREPORT, when=call.when, error=error)

    def pytest_runtest_logstart(self, nodeid: str) -> None:
        self._phases, self._exception, self._comparison = {}, None, None
        self.output.take()  # forget output from between tests
        self.emit(START, id=self._current)

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        self._phases[report.when] = report
        self.emit(GUARD_LOGREPORT, report=report)

    def pytest_runtest_logfinish(self, nodeid: str) -> None:
        phases = self._phases
        outcome, failed_phase = "pass", None
        for when in ("setup", "call", "teardown"):
            report = phases.get(when)
            if report is None:
                continue
            if report.skipped:
                outcome = "skip"
                break
            if report.failed:
                outcome, failed_phase = ("fail" if when == "call" else "error"), when
                break
        output, dropped = self.output.take()
        self.emit(
            RESULT,
            id=self._current,
            outcome=outcome,
            phase=failed_phase,
            duration_ms=1000 * sum(r.duration for r in phases.values()),
            exception=self._exception if outcome in ("fail", "error") else None,
            comparison=self._comparison if outcome == "fail" else None,
            pytest_text=_safe_text(lambda: phases[failed_phase].longreprtext)
            if failed_phase
            else "",
            output=output,
            output_dropped=dropped,
            _item=self._item,
        )
        self.results_sent += 1

    def pytest_keyboard_interrupt(self, excinfo: pytest.ExceptionInfo[BaseException]) -> None:
        self.emit(INTERRUPTED, exception=describe_exception(excinfo.value))

    def pytest_internalerror(self, excinfo: pytest.ExceptionInfo[BaseException]) -> None:
        self.emit(INTERNAL_ERROR, exception=describe_exception(excinfo.value))

    @pytest.hookimpl(trylast=True)
    def pytest_sessionfinish(self, session: pytest.Session, exitstatus: int) -> None:
        self.emit(SESSION_END, exitstatus=int(exitstatus), results=self.results_sent)
        if self.exit_at_end:
            hard_exit(0)
