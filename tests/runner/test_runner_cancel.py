"""A cancel stops the check it was meant for, whenever it comes, and never the next one.

Real runs through the TUI's path: a Tutor with a warm grader, a check begun
(grader.begin(), as the lesson screen does), its worker thread taking the
snapshot and running an endless loop, and a cancel some milliseconds later.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from runner_corpus import BY_NAME

from tutor.app_state import Tutor
from tutor.grading import CheckHandle, Grader
from tutor.locations import bundled_course_dir
from tutor.runner import WarmRunner
from tutor.runner.cancel import CancelToken
from tutor.runner.result import Result

ENDLESS = "def greet(name):\n    while True:\n        pass\n"
RIGHT = "def greet(name):\n    return 'Hello, ' + name + '!'\n"
STOP_WITHIN = 1.5  # seconds from the cancel to the answer; a lost cancel waits ~5 s


@pytest.fixture(scope="module")
def tutor(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Tutor]:
    root = tmp_path_factory.mktemp("cancel")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HOME", str(root / "user"))
        patch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
        with Tutor(bundled_course_dir(), root / "home", grader=Grader(warm=True)) as made:
            yield made


def _write(tutor: Tutor, text: str) -> None:
    exercise = tutor.exercise("hello-tutor")
    (tutor.start(exercise).path / "greet.py").write_text(text, encoding="utf-8")


def _check_in_thread(tutor: Tutor, handle: CheckHandle) -> tuple[threading.Thread, list[Result]]:
    results: list[Result] = []
    exercise = tutor.exercise("hello-tutor")
    worker = threading.Thread(target=lambda: results.append(tutor.check(exercise, handle=handle)))
    worker.start()
    return worker, results


@pytest.mark.parametrize("delay_ms", [0, 5, 20, 50])
def test_a_cancel_soon_after_the_start_stops_that_check(tutor: Tutor, delay_ms: int) -> None:
    _write(tutor, RIGHT)
    assert tutor.check(tutor.exercise("hello-tutor")).status == "pass"  # warm, and a baseline
    _write(tutor, ENDLESS)
    handle = tutor.grader.begin()
    worker, results = _check_in_thread(tutor, handle)
    time.sleep(delay_ms / 1000)
    cancelled_at = time.monotonic()
    handle.cancel()
    worker.join(30)
    assert not worker.is_alive()
    assert time.monotonic() - cancelled_at < STOP_WITHIN
    (stopped,) = results
    assert stopped.status == "error"
    assert "stopped" in (stopped.message or "")
    # The next check is not touched by the cancel of the one before.
    _write(tutor, RIGHT)
    assert tutor.check(tutor.exercise("hello-tutor")).status == "pass"


def test_a_cancel_between_checks_reaches_no_check(tutor: Tutor) -> None:
    _write(tutor, RIGHT)
    tutor.grader.cancel()  # the last check has ended: nothing to stop, nothing kept for later
    assert tutor.check(tutor.exercise("hello-tutor")).status == "pass"
    old = tutor.grader.begin()
    old.cancel()
    assert tutor.check(tutor.exercise("hello-tutor")).status == "pass"  # begins its own


def test_the_old_grader_cancel_still_stops_the_running_check(tutor: Tutor) -> None:
    _write(tutor, ENDLESS)
    handle = tutor.grader.begin()
    worker, results = _check_in_thread(tutor, handle)
    time.sleep(0.3)
    cancelled_at = time.monotonic()
    tutor.grader.cancel()  # what the app calls when it quits
    worker.join(30)
    assert time.monotonic() - cancelled_at < STOP_WITHIN
    assert results[0].status == "error"


def test_warm_runner_token_stops_only_its_own_check(tmp_path: Path) -> None:
    with WarmRunner() as runner:
        token = CancelToken()
        token.cancel()
        early = runner.check(BY_NAME["infinite_loop"].build(tmp_path / "early"), cancel=token)
        assert early.status == "error" and "stopped" in (early.message or "")
        # A cancelled token of an earlier check, cancelled again, leaves the next alone.
        token.cancel()
        runner.cancel()  # no check running: nothing to stop, nothing kept
        after = runner.check(BY_NAME["pass_and_fail"].build(tmp_path / "after"))
        assert after.status == "fail"
