"""Learner programs that try to pass a failing exercise by changing how it is checked.

Each file in tampering/ becomes solution.py of the Python exercise of the
robustness course (answer() must give back 42; each gives back 0), and the
real `tutor check robust-py --json` runs on it. None may pass:

- a skip or xfail raised from the learner's code is a failed check that says so;
- a value that only claims to equal 42 fails like any wrong value;
- everything else is tampering: status error, exit 1, a message that says what
  was seen (and where), and the check recorded as tampering in the progress.

Several programs build every name from pieces, so that only the runtime guard
(tutor/runner/guard.py) can see them, not the reading of the learner's files.
"""

from __future__ import annotations

import json
import shutil
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from robust_course import HERE, kill_leftovers, new_learner

from tutor.app_state import Tutor

TAMPERING = HERE / "tampering"
CHANGED = "Your code changed how the checks work"
NOT_TRUSTED = "Checks cannot be trusted after that, so this counts as not passed. Remove that code."


@dataclass(frozen=True)
class Expect:
    status: str
    says: tuple[str, ...]
    tampering: bool = True  # recorded as tampering (in the Result and the progress)
    changed: bool = True  # said as "Your code changed how the checks work ..."


EXPECTED: dict[str, Expect] = {
    "skip_with_pytest": Expect(
        "fail",
        ("Your code skipped this check (pytest.skip at solution.py:6)", "runs to the end"),
        tampering=False,
    ),
    "xfail_with_pytest": Expect(
        "fail", ("Your code skipped this check (pytest.xfail at solution.py:6)",), tampering=False
    ),
    "skip_with_unittest": Expect(
        "fail",
        ("Your code skipped this check (unittest.SkipTest at solution.py:6)",),
        tampering=False,
    ),
    "skip_whole_module": Expect(
        "error",
        ("Your code skipped the checks in test_visible.py", "(solution.py:5)"),
        changed=False,
    ),
    "equal_to_anything": Expect(
        "fail", ("Expected 42, but got 0 (of type Answer, not int)",), tampering=False
    ),
    "replace_report_property": Expect(
        "error", ("replaced _pytest.reports.BaseReport.passed", "solution.py:2")
    ),
    "replace_report_method": Expect("error", ("TestReport.from_item_and_call",)),
    "swap_test_code": Expect("error", ("replaced the __code__ of", "at solution.py:15")),
    "gc_wraps_reporter": Expect(
        "error",
        ("searched Python's memory for the checker's objects (gc.get_objects) at solution.py:4",),
    ),
    "frames_to_token": Expect(
        "error", ("looked at the checker's stack frames (sys._getframe) at solution.py:8",)
    ),
    "frames_from_traceback": Expect(
        "error", ("looked at the checker's stack frames (read .tb_frame) at solution.py:6",)
    ),
    "register_plugin": Expect("error", ("registered or removed a pytest plugin (forge)",)),
    "swap_module_function": Expect("error", ("replaced _pytest.runner.call_and_report",)),
    "exec_hidden_code": Expect("error", ("replaced _pytest.runner.call_and_report",)),
    "replace_builtin": Expect("error", ("replaced builtins.isinstance at solution.py:4",)),
    "forge_audit_event": Expect(
        "error", ("sent the tutor a made-up test result at solution.py:10",)
    ),
    "tracer": Expect("error", ("installed a tracer (sys.settrace) at solution.py:4",)),
    "read_own_memory": Expect("error", ("opened /proc/self/mem at solution.py:3",)),
    "ctypes_memory": Expect("error", ("imported ctypes", "solution.py")),
    "swap_collected_test": Expect(
        "error", ("changed the test test_answer_is_42 (its function, code or marks)",)
    ),
    "rewrite_compare_helper": Expect(
        "error", ("replaced @tutor_strict in the test module test_visible.py",)
    ),
    "poison_test_module": Expect(
        "error", ("replaced __builtins__ in the test module test_visible.py",)
    ),
    "signal_inside_the_guard": Expect("error", ("looked at the checker's stack frames",)),
}


@dataclass
class Outcome:
    exit_code: int
    stderr: str
    result: dict[str, Any] | None
    recorded: list[tuple[str, str | None]]  # (status, tampering) of each check in the progress


def run_case(case: str, root: Path) -> Outcome:
    learner = new_learner(root)
    try:
        with Tutor(course_root=learner.course, home=learner.home) as tutor:
            workspace = tutor.start(tutor.exercise("robust-py"))
        shutil.copyfile(TAMPERING / f"{case}.py", workspace.path / "solution.py")
        done = learner.run("check", "robust-py", "--json", timeout=180)
    finally:
        kill_leftovers(learner.marker)
    try:
        result = json.loads(done.stdout)
    except ValueError:
        result = None
    with Tutor(course_root=learner.course, home=learner.home) as tutor:
        recorded = [(a.status, a.tampering) for a in tutor.progress.attempts("robust-py")]
    return Outcome(done.returncode, done.stderr, result, recorded)


@pytest.fixture(scope="module")
def outcomes(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Outcome]:
    """Every selected case, run a few at a time, once per session."""
    selected = sorted(
        {
            item.callspec.params["case"]
            for item in request.session.items
            if item.path == request.path and hasattr(item, "callspec")
        }
    )

    def one(case: str) -> tuple[str, Outcome]:
        return case, run_case(case, tmp_path_factory.mktemp(case))

    with ThreadPoolExecutor(max_workers=3) as pool:
        return dict(pool.map(one, selected))


def said(result: dict[str, Any]) -> str:
    texts = [result.get("message") or ""]
    texts += [test.get("message") or "" for test in result.get("tests", [])]
    return "\n".join(texts)


def test_every_program_has_an_expectation() -> None:
    assert sorted(path.stem for path in TAMPERING.glob("*.py")) == sorted(EXPECTED)


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_tampering_never_passes(case: str, outcomes: dict[str, Outcome]) -> None:
    outcome, expect = outcomes[case], EXPECTED[case]
    assert outcome.exit_code == 1, outcome.stderr[-2000:]
    assert "Traceback" not in outcome.stderr, outcome.stderr[-2000:]
    assert outcome.result is not None
    text = said(outcome.result)
    assert outcome.result["status"] == expect.status, text
    for words in expect.says:
        assert words in text, f"{words!r} not in:\n{text}"
    if expect.tampering and expect.changed:
        assert outcome.result["message"].startswith(CHANGED), text
        assert outcome.result["message"].endswith(NOT_TRUSTED), text
    if expect.tampering:
        assert outcome.result["tampering"]
        assert outcome.recorded == [("error", outcome.result["tampering"])]
    else:
        assert outcome.result["tampering"] is None
        assert outcome.recorded == [(expect.status, None)]


def test_the_class_report_shows_tampering_in_red(tmp_path: Path) -> None:
    """The instructor sees it: the learner's export carries the check that caught the
    tampering, and the class report marks that exercise in red, with the code's place."""
    learner = new_learner(tmp_path)
    with Tutor(course_root=learner.course, home=learner.home) as tutor:
        workspace = tutor.start(tutor.exercise("robust-py"))
    shutil.copyfile(TAMPERING / "tracer.py", workspace.path / "solution.py")
    assert learner.run("check", "robust-py", "--json").returncode == 1
    export = tmp_path / "seat-07.zip"
    done = learner.run("progress", "--export", str(export), "--learner", "Seat 7")
    assert done.returncode == 0, done.stderr
    page = tmp_path / "class.html"
    done = learner.run("report", str(export), "--html", str(page))
    assert done.returncode == 0, done.stderr
    html = page.read_text(encoding="utf-8")
    assert '<td class="tampered"' in html
    assert "TAMPERED WITH THE CHECKS: it installed a tracer (sys.settrace) at solution.py:4" in html
