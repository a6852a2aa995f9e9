"""The event pipe reader: token filter, garbage, and the Windows (threaded) path."""

from __future__ import annotations

import json
import os

import pytest

from tutor.runner.supervise import EventReader

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
