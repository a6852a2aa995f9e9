"""The events a check's child sends its parent, typed, and the one place they are named.

On the wire each event is one line: the run's secret token, then a JSON object
whose "event" key is the name below (reporter.make_emitter writes it; the guard,
which must not use json's Python code, writes the same with its own encoder).
The parent turns each line into one of the frozen dataclasses here (decode),
which supervise.py, outcome.py and tampering.py read. A line that is not a known,
well-formed event is dropped, as a line without the token is: the guard's final
count of results then no longer matches, and no pass is confirmed.

The child's side names events with the constants below (READY, START, ...);
names starting with "_" are for the guard only and never reach the parent.

The exception and comparison facts stay plain dicts (reporter.describe_exception
makes them; messages.py and python_errors.py word them).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, ClassVar, TypeVar

from tutor.runner.wire import HELPER_ANSWER, NAME_KEY  # noqa: F401 - named here too

# The child's names (emit(NAME, **fields)); the parent decodes the public ones.
READY = "ready"
COLLECTED = "collected"
COLLECT_SKIP = "collect_skip"
COLLECT_ERROR = "collect_error"
START = "start"
RESULT = "result"
INTERRUPTED = "interrupted"
INTERNAL_ERROR = "internal_error"
CRASH = "crash"
SESSION_END = "session_end"
PYTEST_FAILED = "pytest_failed"
TAMPERING = "tampering"
GUARD_FAULT = "guard_fault"
INTEGRITY = "integrity"
# For the guard only (reporter -> guard, inside the child): never sent.
GUARD_COLLECTING = "_collecting"
GUARD_MAKEREPORT = "_makereport"
GUARD_LOGREPORT = "_logreport"

Facts = dict[str, Any]  # an exception or a comparison, as reporter.py describes it
# Bound at import: learner code in the child may replace json.dumps.
_dumps = json.dumps


def _text(data: dict[str, Any], key: str, default: str = "") -> str:
    value = data.get(key)
    return value if isinstance(value, str) else default


def _number(data: dict[str, Any], key: str) -> int | None:
    value = data.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _facts(data: dict[str, Any], key: str) -> Facts | None:
    value = data.get(key)
    return value if isinstance(value, dict) else None


def _required_text(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise ValueError(f"{key} is missing")
    return value


@dataclass(frozen=True)
class Ready:
    """The child is locked down and about to run pytest: the timeout starts now."""

    name: ClassVar[str] = READY

    @classmethod
    def from_wire(cls, data: dict[str, Any]) -> Ready:
        return cls()


@dataclass(frozen=True)
class CollectedTest:
    id: str
    file: str
    function: str
    param: str | None = None
    doc: str = ""
    line: int | None = None

    @classmethod
    def from_wire(cls, data: Any) -> CollectedTest:
        if not isinstance(data, dict):
            raise ValueError("a test is not an object")
        param = data.get("param")
        return cls(
            id=_required_text(data, "id"),
            file=_text(data, "file"),
            function=_required_text(data, "function"),
            param=param if isinstance(param, str) else None,
            doc=_text(data, "doc"),
            line=_number(data, "line"),
        )


@dataclass(frozen=True)
class Collected:
    """Every test pytest collected, in the order it will run them."""

    tests: tuple[CollectedTest, ...]
    name: ClassVar[str] = COLLECTED

    @classmethod
    def from_wire(cls, data: dict[str, Any]) -> Collected:
        tests = data.get("tests")
        if not isinstance(tests, list):
            raise ValueError("tests is not a list")
        return cls(tuple(CollectedTest.from_wire(test) for test in tests))


@dataclass(frozen=True)
class CollectSkipped:
    """A whole test module skipped while it was imported; by_learner: by the learner's code."""

    id: str
    where_file: str
    where_line: int | None
    reason: str
    by_learner: bool
    name: ClassVar[str] = COLLECT_SKIP

    @classmethod
    def from_wire(cls, data: dict[str, Any]) -> CollectSkipped:
        return cls(
            id=_text(data, "id"),
            where_file=_text(data, "where_file"),
            where_line=_number(data, "where_line"),
            reason=_text(data, "reason"),
            by_learner=data.get("by_learner") is True,
        )


@dataclass(frozen=True)
class CollectFailed:
    """A test module could not be imported (a syntax error, an import error)."""

    id: str
    file: str
    exception: Facts
    pytest_text: str = ""
    output: str = ""
    name: ClassVar[str] = COLLECT_ERROR

    @classmethod
    def from_wire(cls, data: dict[str, Any]) -> CollectFailed:
        return cls(
            id=_text(data, "id"),
            file=_text(data, "file"),
            exception=_facts(data, "exception") or {},
            pytest_text=_text(data, "pytest_text"),
            output=_text(data, "output"),
        )


@dataclass(frozen=True)
class TestStarted:
    id: str
    name: ClassVar[str] = START
    __test__: ClassVar[bool] = False  # not a test class, whatever pytest thinks of the name

    @classmethod
    def from_wire(cls, data: dict[str, Any]) -> TestStarted:
        return cls(_required_text(data, "id"))


@dataclass(frozen=True)
class TestFinished:
    """One test's result; outcome is the guard's (pass, fail, error, skip).

    skipped_by: where the learner's code skipped it (the guard's finding), if it did.
    """

    id: str
    outcome: str
    phase: str | None = None
    duration_ms: float = 0.0
    exception: Facts | None = None
    comparison: Facts | None = None
    pytest_text: str = ""
    output: str = ""
    output_dropped: int = 0
    skipped_by: Facts | None = None
    name: ClassVar[str] = RESULT
    __test__: ClassVar[bool] = False

    @classmethod
    def from_wire(cls, data: dict[str, Any]) -> TestFinished:
        phase = data.get("phase")
        duration = data.get("duration_ms")
        return cls(
            id=_required_text(data, "id"),
            outcome=_required_text(data, "outcome"),
            phase=phase if isinstance(phase, str) else None,
            duration_ms=float(duration) if isinstance(duration, (int, float)) else 0.0,
            exception=_facts(data, "exception"),
            comparison=_facts(data, "comparison"),
            pytest_text=_text(data, "pytest_text"),
            output=_text(data, "output"),
            output_dropped=_number(data, "output_dropped") or 0,
            skipped_by=_facts(data, "skipped_by"),
        )


@dataclass(frozen=True)
class Stopped:
    """pytest stopped (interrupted, an internal error) or the child crashed: why."""

    how: str  # INTERRUPTED, INTERNAL_ERROR or CRASH
    exception: Facts
    names: ClassVar[tuple[str, ...]] = (INTERRUPTED, INTERNAL_ERROR, CRASH)


@dataclass(frozen=True)
class SessionEnded:
    """pytest's session ended; results: how many results the guard let through."""

    exitstatus: int | None
    results: int | None
    name: ClassVar[str] = SESSION_END

    @classmethod
    def from_wire(cls, data: dict[str, Any]) -> SessionEnded:
        return cls(_number(data, "exitstatus"), _number(data, "results"))


@dataclass(frozen=True)
class PytestFailed:
    """pytest gave up before its session started (a usage error, a broken plugin)."""

    code: int | None
    text: str
    name: ClassVar[str] = PYTEST_FAILED

    @classmethod
    def from_wire(cls, data: dict[str, Any]) -> PytestFailed:
        return cls(_number(data, "code"), _text(data, "text"))


@dataclass(frozen=True)
class Tampered:
    """The guard saw the learner's code change the checking: what, and where."""

    what: str
    file: str
    line: int | None
    name: ClassVar[str] = TAMPERING

    @classmethod
    def from_wire(cls, data: dict[str, Any]) -> Tampered:
        return cls(_text(data, "what"), _text(data, "file"), _number(data, "line"))


@dataclass(frozen=True)
class GuardFault:
    """The guard itself failed once (a bug of ours): the check cannot be confirmed."""

    text: str
    during: str
    name: ClassVar[str] = GUARD_FAULT

    @classmethod
    def from_wire(cls, data: dict[str, Any]) -> GuardFault:
        return cls(_text(data, "text"), _text(data, "during"))


@dataclass(frozen=True)
class IntegrityChecked:
    """The guard's last word: ok (nothing seen), and how many results it let through."""

    ok: bool
    results: int | None
    name: ClassVar[str] = INTEGRITY

    @classmethod
    def from_wire(cls, data: dict[str, Any]) -> IntegrityChecked:
        return cls(data.get("ok") is True, _number(data, "results"))


Event = (
    Ready
    | Collected
    | CollectSkipped
    | CollectFailed
    | TestStarted
    | TestFinished
    | Stopped
    | SessionEnded
    | PytestFailed
    | Tampered
    | GuardFault
    | IntegrityChecked
)

_DECODERS: dict[str, Any] = {
    kind.name: kind.from_wire
    for kind in (
        Ready,
        Collected,
        CollectSkipped,
        CollectFailed,
        TestStarted,
        TestFinished,
        SessionEnded,
        PytestFailed,
        Tampered,
        GuardFault,
        IntegrityChecked,
    )
}


def decode(data: dict[str, Any]) -> Event | None:
    """The event a wire object carries; None for an unknown name or a malformed event."""
    name = data.get(NAME_KEY)
    if not isinstance(name, str):
        return None
    try:
        if name in Stopped.names:
            return Stopped(name, _facts(data, "exception") or {})
        decoder = _DECODERS.get(name)
        return decoder(data) if decoder is not None else None
    except (ValueError, TypeError):
        return None


Kind = TypeVar("Kind")


def of_kind(events: Iterable[Event], kind: type[Kind]) -> list[Kind]:
    """The events of one class, in the order they came."""
    return [event for event in events if isinstance(event, kind)]


def encode(name: str, fields: dict[str, Any]) -> str:
    """One wire object (without the token): the child's reporter, the warm helper."""
    return _dumps({NAME_KEY: name, **fields}, default=str)
