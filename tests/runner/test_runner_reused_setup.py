"""Checks that reuse pytest's parsed settings (the warm helper, `tutor watch`): same answers.

prepared.py parses pytest's command line once per exercise in the long-lived
process and each forked child runs its session from a copy. These tests run
every hostile program that way, and check that nothing of one check (or one
exercise) leaks into the next.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from runner_case import Case, assert_reports
from runner_corpus import CASES

from tutor.runner import CheckRequest, run_check
from tutor.runner.prepared import PreparedConfig, import_test_packages
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


def _made_up_packages(prefix: str) -> Iterator[str]:
    return (name for name in list(sys.modules) if name == prefix or name.startswith(prefix + "."))


@pytest.fixture
def forget_made_up_packages(tmp_path: Path) -> Iterator[None]:
    """import_test_packages puts modules named after tmp_path's folders in sys.modules."""
    yield
    top = tmp_path.parts[1]
    for name in _made_up_packages(top):
        module = sys.modules[name]
        if getattr(module, "__file__", None) is None:  # a made-up (namespace) package only
            del sys.modules[name]


@pytest.mark.usefixtures("forget_made_up_packages")
def test_the_packages_above_a_test_module_are_made_once_before_the_fork(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, session: RunnerSession
) -> None:
    """The child uses the made-up package the long-lived process imported (it sees a
    mark put on it here), so pytest does not make the chain again in every check."""
    from _pytest.pathlib import module_name_from_path

    from tutor.runner import sandbox

    monkeypatch.setenv(sandbox.SWITCH_ENV, "off")  # this process forks the check itself
    request = exercise(
        tmp_path,
        "deep",
        "X = 1\n",
        "import sys\n"
        "def test_package_made_before_the_fork():\n"
        "    package = sys.modules[__name__.rpartition('.')[0]]\n"
        "    assert getattr(package, 'made_ahead', False)\n",
    )
    parent = module_name_from_path(request.test_files[0], request.workspace).rpartition(".")[0]
    assert session.prepared.prepare(request, []) is not None
    sys.modules[parent].made_ahead = True  # type: ignore[attr-defined]
    result = run_check(request, isolation="fork", session=session)
    assert result.status == "pass", result.message


@pytest.mark.usefixtures("forget_made_up_packages")
def test_no_package_of_the_learner_is_imported_before_the_fork(tmp_path: Path) -> None:
    """A learner's own test file (TDD) or a test folder with an __init__.py: nothing is
    imported in the long-lived process, where no learner code may run."""
    request = exercise(tmp_path, "own", "X = 1\n", "def test_x():\n    pass\n")
    package = request.workspace / "tests"
    package.mkdir()
    marker = tmp_path / "ran"
    (package / "__init__.py").write_text(f"open({str(marker)!r}, 'w').close()\n")
    (package / "test_own.py").write_text("def test_own():\n    pass\n")
    request.test_files.append(package / "test_own.py")
    course_package = request.test_files[0].parent
    (course_package / "__init__.py").write_text(f"open({str(marker)!r}, 'w').close()\n")
    from _pytest.pathlib import module_name_from_path

    import_test_packages(request)
    assert not marker.exists()
    course_name = module_name_from_path(request.test_files[0], request.workspace)
    assert course_name.rpartition(".")[0] not in sys.modules
