"""Checks that reuse pytest's parsed settings (the warm helper, `tutor watch`): same answers.

prepared.py parses pytest's command line once per exercise in the long-lived
process and each forked child runs its session from a copy. These tests run
every hostile program that way, and check that nothing of one check (or one
exercise) leaks into the next.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from runner_case import Case, assert_reports
from runner_corpus import CASES

from tutor.runner import CheckRequest, run_check
from tutor.runner.prepared import PreparedConfig
from tutor.runner.session import RunnerSession


@pytest.fixture
def session() -> Iterator[RunnerSession]:
    """Each test starts with nothing kept, as a new helper would, and leaves nothing:
    a kept setup's import hook would see this test session's own imports."""
    with RunnerSession(reuse_setup=True) as kept:
        yield kept


def exercise(root: Path, name: str, code: str, tests: str) -> CheckRequest:
    workspace, course = root / name / "workspace", root / name / "course"
    workspace.mkdir(parents=True)
    course.mkdir(parents=True)
    (workspace / "answer.py").write_text(code)
    (course / "test_answer.py").write_text(tests)
    return CheckRequest(name, workspace, [course / "test_answer.py"], timeout=5.0)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_program_reported_the_same_with_reused_setup(
    case: Case, tmp_path: Path, session: RunnerSession
) -> None:
    request = case.build(tmp_path)
    # The second run takes the kept setup; a learner's conftest.py or pytest.ini
    # must change it no more than the first.
    for _ in range(2):
        assert_reports(
            case, run_check(request, isolation="fork", session=session), request.workspace
        )


def test_installed_pytest_supports_the_kept_setup(tmp_path: Path) -> None:
    """If a pytest upgrade breaks prepared.py, checks still work but lose ~18 ms: say so here."""
    request = exercise(tmp_path, "one", "X = 1\n", "def test_x():\n    pass\n")
    prepared = PreparedConfig()
    try:
        first = prepared.prepare(request, [])
        assert first is not None
        assert prepared.prepare(request, []) is first  # kept, not parsed again
        two = exercise(tmp_path, "two", "", "def test_y():\n    pass\n")
        assert prepared.prepare(two, []) is not first
    finally:
        prepared.close()


def test_edits_are_seen_between_checks_with_kept_setup(
    tmp_path: Path, session: RunnerSession
) -> None:
    request = exercise(
        tmp_path,
        "answer",
        "def answer():\n    return 1\n",
        "from answer import answer\ndef test_answer():\n    assert answer() == 2\n",
    )
    source = request.workspace / "answer.py"
    stat = source.stat()
    assert run_check(request, session=session).status == "fail"
    source.write_text("def answer():\n    return 2\n")  # same size, same second
    os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert run_check(request, session=session).status == "pass"
    # The instructor edits the test file while the helper lives: the new test runs.
    request.test_files[0].write_text(
        "from answer import answer\ndef test_answer():\n    assert answer() == 3\n"
    )
    assert run_check(request, session=session).status == "fail"


def test_switching_exercises_keeps_each_ones_own_settings(
    tmp_path: Path, session: RunnerSession
) -> None:
    first = exercise(
        tmp_path,
        "first",
        "def f():\n    return 1\n",
        "from answer import f\ndef test_f():\n    assert f() == 1\n",
    )
    second = exercise(
        tmp_path,
        "second",
        "def g():\n    return 2\n",
        "from answer import g\ndef test_g():\n    assert g() == 3\n",
    )
    second.plugin_options = {"tutor-exercise": str(second.workspace.parent)}
    for _ in range(2):
        one = run_check(first, session=session)
        two = run_check(second, session=session)
        assert (one.status, [t.name for t in one.tests]) == ("pass", ["f"])
        assert (two.status, [t.name for t in two.tests]) == ("fail", ["g"])


def test_pytest_settings_in_the_learners_shell_change_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, session: RunnerSession
) -> None:
    """`tutor watch` parses pytest's settings in the learner's own process, whose
    environment may carry PYTEST_ADDOPTS: a `-k` there would deselect every check."""
    request = exercise(tmp_path, "shell", "X = 1\n", "def test_x():\n    assert False\n")
    monkeypatch.setenv("PYTEST_ADDOPTS", "-k no_such_test")
    for _ in range(2):
        result = run_check(request, session=session)
        assert (result.status, [t.name for t in result.tests]) == ("fail", ["x"])
