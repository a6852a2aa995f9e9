"""The event pipe reader: token filter, garbage, and the Windows (threaded) path."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from tutor.runner import events, wire
from tutor.runner.wire import EventReader

TOKEN = "0123456789abcdef"


@pytest.mark.parametrize("threaded", [False, True], ids=["select", "thread"])
def test_only_lines_with_the_token_count(threaded: bool) -> None:
    read_end, write_end = os.pipe()
    try:
        reader = EventReader(read_end, TOKEN, threaded=threaded)
        real = TOKEN + json.dumps({"event": "start", "id": "a"}) + "\n"
        forged = json.dumps({"event": "session_end", "results": 9}) + "\n"
        glued = "garbage with no newline" + TOKEN + json.dumps({"event": "ready"}) + "\n"
        os.write(write_end, (forged + real + "not json\n" + TOKEN + "{broken\n" + glued).encode())
        os.close(write_end)
        events = []
        while True:
            assert reader.wait(5.0, None) == "data"
            batch = reader.read_events()
            if batch is None:
                break
            events += batch
        assert events == [{"event": "start", "id": "a"}, {"event": "ready"}]
    finally:
        os.close(read_end)


def test_wait_times_out_without_data() -> None:
    read_end, write_end = os.pipe()
    try:
        assert EventReader(read_end, TOKEN).wait(0.05, None) == "timeout"
    finally:
        os.close(read_end)
        os.close(write_end)


# --- typed events (tutor/runner/events.py) -------------------------------------------


def _wire(name: str, **fields: object) -> dict[str, object]:
    return json.loads(events.encode(name, fields))


def test_each_event_the_child_sends_decodes_to_its_class() -> None:
    test = {"id": "t.py::test_a", "file": "/c/t.py", "function": "test_a", "line": 3}
    exception = {"type": "ValueError", "bases": ["ValueError"], "text": "no", "frames": []}
    assert events.decode(_wire(events.READY)) == events.Ready()
    assert events.decode(_wire(events.COLLECTED, tests=[test])) == events.Collected(
        (events.CollectedTest("t.py::test_a", "/c/t.py", "test_a", None, "", 3),)
    )
    assert events.decode(_wire(events.START, id="a")) == events.TestStarted("a")
    finished = events.decode(
        _wire(events.RESULT, id="a", outcome="fail", phase="call", duration_ms=2, output="hi")
    )
    assert finished == events.TestFinished("a", "fail", "call", 2.0, output="hi")
    assert events.decode(_wire(events.CRASH, exception=exception)) == events.Stopped(
        events.CRASH, exception
    )
    assert events.decode(_wire(events.SESSION_END, exitstatus=1, results=1)) == (
        events.SessionEnded(1, 1)
    )
    assert events.decode(_wire(events.INTEGRITY, ok=True, results=1)) == (
        events.IntegrityChecked(True, 1)
    )
    assert events.decode(_wire(events.TAMPERING, what="x", file="a.py", line=2)) == (
        events.Tampered("x", "a.py", 2)
    )


@pytest.mark.parametrize(
    "data",
    [
        {"event": "no_such_event"},
        {"event": events.START},  # no id
        {"event": events.RESULT, "id": "a"},  # no outcome
        {"event": events.COLLECTED, "tests": "not a list"},
        {"event": events.COLLECTED, "tests": [{"id": "a"}]},  # no function
        {"event": events.GUARD_LOGREPORT},  # the guard's own: never sent
        {"event": 3},
    ],
)
def test_an_unknown_or_malformed_event_is_dropped(data: dict[str, object]) -> None:
    assert events.decode(data) is None


def test_the_warm_helpers_answer_is_not_a_test_result() -> None:
    answer = _wire(events.HELPER_ANSWER, result={"status": "pass"})
    assert wire.helper_answer(answer) == {"status": "pass"}
    assert wire.helper_answer(_wire(events.START, id="a")) is None


def test_event_names_are_written_only_in_events_py() -> None:
    """The child's emit()/_send() calls and the parent's readers name events by the
    constants of events.py, never by a string of their own."""
    runner = Path(events.__file__).parent
    literal = re.compile(
        r"""(?:emit|_send)\(\s*["']|["']event["']\s*[:\]),]"""
        r"""|== ["'](?:result|start|ready|session_end)["']"""
    )
    found = [
        f"{source.name}: {match.group(0)}"
        for source in sorted(runner.glob("*.py"))
        if source.name != "events.py"
        for match in literal.finditer(source.read_text(encoding="utf-8"))
    ]
    assert found == []
