"""WarmRunner: the helper process the TUI uses, run for real."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from runner_corpus import BY_NAME
from runner_procs import alive, recorded_pids

from tutor.runner import CheckRequest, WarmRunner


@pytest.fixture(scope="module")
def warm() -> Iterator[WarmRunner]:
    with WarmRunner() as runner:
        yield runner


@pytest.mark.parametrize(
    "name",
    [
        "pass_and_fail",
        "infinite_loop",
        "os_exit",
        "syntax_error",
        "fork_flood",
        "setsid_grandchild",
        "background_process",
        "print_100_mb",
        "fake_json_on_every_fd",
        "error_raised_on_purpose_of_the_wrong_kind",  # a unittest TestCase
        "breakpoint_does_not_wait",
    ],
)
def test_warm_runner_reports_like_run_check(warm: WarmRunner, name: str, tmp_path: Path) -> None:
    case = BY_NAME[name]
    request = case.build(tmp_path)
    result = warm.check(request)
    text = "\n".join([result.message or ""] + [t.message or "" for t in result.tests])
    assert result.status == case.status, text
    for phrase in case.says:
        assert phrase in text
    assert result.timed_out == case.timed_out
    for pid in recorded_pids(request.workspace):
        assert not alive(pid)
    assert warm.alive()


def test_cancel_stops_a_running_check(warm: WarmRunner, tmp_path: Path) -> None:
    request = BY_NAME["infinite_loop"].build(tmp_path)
    request.timeout = 30.0
    results = []
    worker = threading.Thread(target=lambda: results.append(warm.check(request)))
    started = time.monotonic()
    worker.start()
    time.sleep(0.5)
    warm.cancel()
    worker.join(10)
    assert not worker.is_alive()
    assert time.monotonic() - started < 5
    (result,) = results
    assert result.status == "error"
    assert "stopped" in (result.message or "")
    assert warm.alive()
    # The helper is still good for the next check.
    again = warm.check(BY_NAME["pass_and_fail"].build(tmp_path / "again"))
    assert again.status == "fail"


def test_learner_killing_the_helper_costs_one_check(tmp_path: Path) -> None:
    case = BY_NAME["pass_and_fail"]
    killer = case.build(tmp_path / "killer")
    (killer.workspace / "calc.py").write_text(
        "import os, signal\nos.kill(os.getppid(), signal.SIGKILL)\n"
    )
    with WarmRunner() as runner:
        first_helper = runner.pid
        result = runner.check(killer)
        assert result.status == "error"
        assert "stopped unexpectedly" in (result.message or "")
        again = runner.check(case.build(tmp_path / "again"))
        assert again.status == "fail"
        assert runner.pid != first_helper
        assert first_helper is not None and not alive(first_helper)


def test_check_before_warm_up_finishes_and_after_close(tmp_path: Path) -> None:
    runner = WarmRunner()
    runner.start()  # returns at once; the first check waits for the warm-up
    assert runner.check(BY_NAME["pass_and_fail"].build(tmp_path / "a")).status == "fail"
    helper = runner.pid
    runner.close()
    assert helper is not None and not alive(helper)
    # A closed runner starts a new helper when asked again.
    assert runner.check(BY_NAME["pass_and_fail"].build(tmp_path / "b")).status == "fail"
    second = runner.pid
    runner.close()
    assert second is not None and second != helper and not alive(second)
    assert runner.pid is None and not runner.alive()


def test_the_helper_reaps_each_checks_child_after_answering(tmp_path: Path) -> None:
    """The helper answers before the check's child has exited (procs.defer_cleanups), and
    reaps it afterwards: checks in a row leave no dead child behind (zombies would pile up)."""
    from tutor.runner import procs

    case = BY_NAME["pass_and_fail"]
    with WarmRunner(warm_up=False) as runner:
        for number in range(3):
            assert runner.check(case.build(tmp_path / str(number))).status == "fail"
        assert runner.pid is not None
        helper_tree = {runner.pid}
        deadline = time.monotonic() + 5
        while True:
            table = procs.process_table()
            below = procs.descendants(helper_tree, table) - helper_tree
            dead = [pid for pid in below if not table[pid].alive]
            if not dead or time.monotonic() > deadline:
                break
            time.sleep(0.02)
        assert dead == []
        assert runner.alive()


# Learner code that notes when the process running it started (wall clock, from /proc).
STARTED_AT = """\
import os, time

ticks = int(open("/proc/self/stat").read().rsplit(")", 1)[1].split()[19])
uptime = float(open("/proc/uptime").read().split()[0])
started_at = time.time() - (uptime - ticks / os.sysconf("SC_CLK_TCK"))
open(os.path.join(os.path.dirname(__file__), "started.txt"), "w").write(repr(started_at))

def x():
    return 1
"""


def test_the_warm_helper_forks_the_next_checks_child_ahead(tmp_path: Path) -> None:
    """After an answer the helper forks the next check's child (spare_fork.py): a second
    check of the same exercise runs in a process that was waiting before it was asked for,
    while the first one's process was forked when its check came (the control)."""
    workspace, course = tmp_path / "workspace", tmp_path / "course"
    workspace.mkdir()
    course.mkdir()
    (workspace / "answer.py").write_text(STARTED_AT)
    (course / "test_answer.py").write_text(
        "from answer import x\n\ndef test_x():\n    assert x() == 1\n"
    )
    request = CheckRequest("ahead", workspace, [course / "test_answer.py"])
    with WarmRunner() as runner:
        started = []
        for _ in range(2):
            time.sleep(0.5)  # the learner reads the result; the helper forks meanwhile
            asked_at = time.time()
            assert runner.check(request).status == "pass"
            started.append(float((workspace / "started.txt").read_text()) - asked_at)
        assert started[0] > -0.1  # forked for its check
        assert started[1] < -0.3  # forked ahead, after the first answer
