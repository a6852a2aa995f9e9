"""Behaviour of run_check beyond hostile programs: fresh code, steps, names, output."""

from __future__ import annotations

import os
import py_compile
import threading
from pathlib import Path

import pytest

from tutor.runner import CheckRequest, run_check
from tutor.runner.isolation import choose_isolation
from tutor.runner.messages import readable_name


def make_exercise(root: Path, code: str, tests: str) -> CheckRequest:
    workspace, course = root / "workspace", root / "course"
    workspace.mkdir(parents=True)
    course.mkdir(parents=True)
    (workspace / "answer.py").write_text(code)
    (course / "test_answer.py").write_text(tests)
    return CheckRequest("answer", workspace, [course / "test_answer.py"], timeout=5.0)


def test_edit_in_the_same_second_with_a_stale_pyc_is_seen(tmp_path: Path) -> None:
    request = make_exercise(
        tmp_path,
        "def answer():\n    return 1\n",
        "from answer import answer\ndef test_answer():\n    assert answer() == 2\n",
    )
    source = request.workspace / "answer.py"
    # The learner ran their file by hand: a .pyc for the old text, valid by mtime and size.
    py_compile.compile(str(source), cfile=None, doraise=True)
    assert list((request.workspace / "__pycache__").glob("answer.*.pyc"))
    stat = source.stat()
    assert run_check(request).status == "fail"
    source.write_text("def answer():\n    return 2\n")  # same size, same second
    os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert source.stat().st_size == stat.st_size
    assert run_check(request).status == "pass"
    # Checks write no bytecode of their own into the learner's folder.
    assert len(list((request.workspace / "__pycache__").glob("*.pyc"))) == 1


def test_steps_give_task_ids_and_names_are_readable(tmp_path: Path) -> None:
    request = make_exercise(
        tmp_path,
        "def answer():\n    return 2\n",
        "from answer import answer\n"
        "def test_page_has_a_heading():\n    assert answer() == 2\n"
        "def test_second():\n    '''The answer is not 3.\n\n    More words.'''\n"
        "    assert answer() != 3\n"
        "def test_unstepped():\n    assert answer()\n",
    )
    request.steps = [("test_page_has_a_heading",), ("test_answer.py::test_second",)]
    result = run_check(request)
    assert result.status == "pass"
    assert [(t.name, t.task_id) for t in result.tests] == [
        ("page has a heading", 1),
        ("The answer is not 3.", 2),
        ("unstepped", None),
    ]
    assert all(t.test_id.endswith(("heading", "second", "unstepped")) for t in result.tests)


def test_expected_and_actual_are_filled(tmp_path: Path) -> None:
    request = make_exercise(
        tmp_path,
        "def answer():\n    return 'hello'\n",
        "from answer import answer\ndef test_it():\n    assert answer() == 'Hello'\n",
    )
    failure = run_check(request).first_failure
    assert failure is not None
    assert (failure.expected, failure.actual) == ("'Hello'", "'hello'")
    assert failure.message == "Expected 'Hello', but got 'hello'."


def test_output_is_kept_per_test_and_capped(tmp_path: Path) -> None:
    request = make_exercise(
        tmp_path,
        "def answer(n):\n    print('x' * n)\n    return n\n",
        "from answer import answer\n"
        "def test_small():\n    assert answer(3) == 3\n"
        "def test_big():\n    assert answer(5000) == 5000\n",
    )
    request.output_limit_bytes = 1000
    small, big = run_check(request).tests
    assert small.output == "xxx\n"
    assert big.output is not None and big.output.startswith("x" * 1000)
    assert len(big.output) < 1100
    assert big.message is not None and "printed more than 1000 bytes" in big.message


def test_course_test_files_with_the_same_name_do_not_collide(tmp_path: Path) -> None:
    request = make_exercise(
        tmp_path, "def answer():\n    return 2\n", "def test_one():\n    pass\n"
    )
    other = tmp_path / "hidden" / "test_answer.py"
    other.parent.mkdir()
    other.write_text("from answer import answer\ndef test_two():\n    assert answer() == 2\n")
    request.test_files.append(other)
    result = run_check(request)
    assert result.status == "pass"
    assert result.total == 2


def test_learner_tests_in_the_workspace_point_at_the_learner_file(tmp_path: Path) -> None:
    """TDD: the learner's own test file is the place to look."""
    request = make_exercise(tmp_path, "def answer():\n    return 2\n", "")
    mine = request.workspace / "test_mine.py"
    mine.write_text("from answer import answer\n\ndef test_mine():\n    assert answer() == 3\n")
    request.test_files = [mine]
    result = run_check(request)
    assert result.status == "fail"
    assert result.where is not None
    assert (result.where.file, result.where.line) == ("test_mine.py", 4)


def test_missing_folder_and_missing_tests_are_plain_errors(tmp_path: Path) -> None:
    gone = CheckRequest("x", tmp_path / "nope", [tmp_path / "test_x.py"])
    assert "folder is missing" in (run_check(gone).message or "")
    tmp_path.joinpath("ws").mkdir()
    no_tests = CheckRequest("x", tmp_path / "ws", [tmp_path / "test_x.py"])
    assert "Tell your instructor" in (run_check(no_tests).message or "")


def test_result_round_trips_through_json(tmp_path: Path) -> None:
    request = make_exercise(
        tmp_path,
        "def answer():\n    return 1\n",
        "from answer import answer\ndef test_it():\n    assert answer() == 2\n",
    )
    result = run_check(request)
    from tutor.runner import Result

    assert Result.from_dict(result.to_dict()) == result


def test_readable_name() -> None:
    assert readable_name("test_page_has_a_heading") == "page has a heading"
    assert readable_name("test_add", "2-3") == "add [2-3]"
    assert readable_name("test_x", doc="Adds two numbers") == "Adds two numbers"


def test_other_comparisons_read_naturally(tmp_path: Path) -> None:
    request = make_exercise(
        tmp_path,
        "def page():\n    return '<p>hi</p>'\n",
        "from answer import page\n"
        "def test_heading():\n    assert '<h1>' in page()\n"
        "def test_short():\n    assert len(page()) < 5\n",
    )
    heading, short = run_check(request).tests
    assert heading.message == "Expected to find '<h1>' in '<p>hi</p>', but it is not there."
    assert (heading.expected, heading.actual) == (None, None)
    assert short.message == "This check needs 9 < 5, which is not true."


def test_an_is_not_none_or_ordering_check_shows_only_the_authors_sentence(tmp_path: Path) -> None:
    request = make_exercise(
        tmp_path,
        "def find():\n    return None\n",
        "from answer import find\n"
        "def test_found():\n    assert find() is not None, 'Nothing was found: return the row.'\n"
        "def test_bare():\n    assert find() is not None\n"
        "def test_ratio():\n    assert 2 / 3 >= 4.5, 'Too pale: choose a darker colour.'\n",
    )
    found, bare, ratio = run_check(request).tests
    assert found.message == "Nothing was found: return the row."
    assert bare.message == "This check needs None is not None, which is not true."
    assert ratio.message == "Too pale: choose a darker colour."


def test_isolation_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TUTOR_RUNNER_ISOLATION", raising=False)
    assert choose_isolation(None) == "fork"
    assert choose_isolation("spawn") == "spawn"
    monkeypatch.setenv("TUTOR_RUNNER_ISOLATION", "spawn")
    assert choose_isolation(None) == "spawn"
    assert choose_isolation("fork") == "fork"
    monkeypatch.delenv("TUTOR_RUNNER_ISOLATION")
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert choose_isolation(None) == "spawn"  # never fork a multi-threaded process by default
    finally:
        stop.set()
        other.join()


def test_a_hang_after_the_last_test_is_not_a_pass(tmp_path: Path) -> None:
    request = make_exercise(
        tmp_path,
        "import time\n\ndef wait():\n    while True:\n        time.sleep(0.01)\n",
        "import pytest\nfrom answer import wait\n\n"
        "@pytest.fixture(scope='session')\ndef slow_teardown():\n    yield\n    wait()\n\n"
        "def test_it(slow_teardown):\n    assert True\n",
    )
    request.timeout = 1.0
    result = run_check(request)
    assert result.status != "pass"
    assert result.timed_out
    assert "while loop at line 4 of answer.py" in (result.message or "")


def test_an_edited_test_file_is_seen(tmp_path: Path) -> None:
    """TDD: the learner edits their test; the rewritten-test cache must notice."""
    request = make_exercise(
        tmp_path,
        "def answer():\n    return 1\n",
        "from answer import answer\ndef test_it():\n    assert answer() == 1\n",
    )
    test_file = request.test_files[0]
    stat = test_file.stat()
    assert run_check(request).status == "pass"
    test_file.write_text("from answer import answer\ndef test_it():\n    assert answer() == 2\n")
    os.utime(test_file, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert run_check(request).status == "fail"
    assert run_check(request, isolation="spawn").status == "fail"


def test_a_multi_line_failure_message_reaches_the_learner_whole(tmp_path: Path) -> None:
    request = make_exercise(
        tmp_path,
        "def answer():\n    return 1\n",
        "from answer import answer\n"
        "def test_assert_with_a_long_message():\n"
        "    assert answer() == 2, 'answer() gave the wrong number.\\nLook at the return line.'\n"
        "def test_raised_with_a_long_message():\n"
        "    raise AssertionError('no function called find. Write one like:\\n  def find():')\n",
    )
    first, second = run_check(request).tests
    assert first.message == (
        "answer() gave the wrong number.\nLook at the return line.\nExpected 2, but got 1."
    )
    assert second.message == "no function called find. Write one like:\n  def find():"


def test_a_check_failure_points_at_the_learner_file_it_names(tmp_path: Path) -> None:
    request = make_exercise(
        tmp_path,
        "def answer(:\n    return 1\n",
        "def test_answer_loads(files):\n    files.python_module('answer')\n",
    )
    request.plugin_options = {"tutor-workspace": str(request.workspace)}
    result = run_check(request)
    assert result.status == "fail"
    (test,) = result.tests
    assert test.where is not None and (test.where.file, test.where.line) == ("answer.py", 1)
    assert result.where == test.where


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="death signals are Linux's")
def test_a_checks_child_dies_with_the_process_that_supervises_it(tmp_path: Path) -> None:
    """child._die_with_parent (prctl bound before the fork): a check's child whose parent is
    killed is killed too, so a dead helper leaves no learner code running."""
    import subprocess
    import sys
    import time

    from runner_procs import alive

    script = (
        "import os, sys, time\n"
        "from tutor.runner import child\n"
        "pid = os.fork()\n"
        "if pid == 0:\n"
        "    null = os.open(os.devnull, os.O_WRONLY)\n"
        "    os.dup2(null, 1), os.dup2(null, 2)\n"  # not holding the test's pipes
        "    child._die_with_parent()\n"
        "    time.sleep(60)\n"
        "    os._exit(0)\n"
        "print(pid, flush=True)\n"
        "time.sleep(0.3)\n"  # the child has asked for its death signal by then
        "os._exit(0)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=30, check=True
    )
    orphan = int(done.stdout.split()[0])
    deadline = time.monotonic() + 10
    while alive(orphan) and time.monotonic() < deadline:
        time.sleep(0.02)
    still_running = alive(orphan)
    if still_running:
        os.kill(orphan, 9)
    assert not still_running
