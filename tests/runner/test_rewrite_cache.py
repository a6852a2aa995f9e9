"""The on-disk cache of rewritten test modules: used while the bytes match, never stale.

A one-shot `tutor check` keeps the instructor's test modules, rewritten by
pytest, in the learner's cache folder (rewrite_cache.py). These run real
checks as `tutor check` does (a prestarted child, which rewrites nothing in
this process) against that folder.
"""

from __future__ import annotations

import os
from pathlib import Path

from tutor.runner import CheckRequest, Result, rewrite_cache, warm
from tutor.runner.prestart import PrestartedChild

PASSING = "from answer import value\n\ndef test_value():\n    assert value() == 1\n"
# The same size as PASSING: with the same modification time, pytest's own
# cache (modification time + size) would take one for the other.
FAILING = "from answer import value\n\ndef test_value():\n    assert value() == 2\n"


def make_request(root: Path, tests: str = PASSING) -> CheckRequest:
    workspace, course = root / "workspace", root / "course"
    workspace.mkdir(parents=True, exist_ok=True)
    course.mkdir(parents=True, exist_ok=True)
    (workspace / "answer.py").write_text("def value():\n    return 1\n")
    (course / "test_answer.py").write_text(tests)
    return CheckRequest(
        "cached", workspace, [course / "test_answer.py"], cache_folder=root / "cache"
    )


def check(request: CheckRequest) -> Result:
    child = PrestartedChild.start()
    assert child is not None
    try:
        return child.run(request)
    finally:
        child.close()
        # One `tutor check`, one process: its sandboxed helper (sandbox.py) ends with it.
        warm.close_sandboxed_runner()


def entries(request: CheckRequest) -> list[Path]:
    assert request.cache_folder is not None
    return sorted(request.cache_folder.glob("*.rewritten"))


def test_first_check_stores_the_rewritten_module_and_later_checks_agree(tmp_path: Path) -> None:
    request = make_request(tmp_path)
    assert check(request).status == "pass"
    [entry] = entries(request)
    assert entry.name.startswith("test_answer-")
    assert check(request).status == "pass"
    assert entries(request) == [entry]  # one entry per test file, reused


def test_the_stored_module_is_what_runs(tmp_path: Path) -> None:
    """Proof that a check reads the cache: an entry made from the file's current
    bytes is taken as it is, without rewriting the file again."""
    request = make_request(tmp_path)
    assert check(request).status == "pass"
    [entry] = entries(request)
    test_file = request.test_files[0]
    stand_in = rewrite_cache.rewrite(FAILING.encode(), str(test_file))
    rewrite_cache._store(entry, str(test_file), test_file.read_bytes(), stand_in)
    assert check(request).status == "fail"


def test_an_edit_in_the_same_second_with_the_same_size_is_seen(tmp_path: Path) -> None:
    request = make_request(tmp_path)
    test_file = request.test_files[0]
    stat = test_file.stat()
    assert check(request).status == "pass"
    test_file.write_text(FAILING)
    os.utime(test_file, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert check(request).status == "fail"
    assert check(request).status == "fail"  # and the entry now holds the new version
    test_file.write_text(PASSING)
    assert check(request).status == "pass"


def test_a_damaged_entry_is_made_again(tmp_path: Path) -> None:
    request = make_request(tmp_path)
    assert check(request).status == "pass"
    [entry] = entries(request)
    for damage in (b"", b"not marshal data", entry.read_bytes()[:40]):
        entry.write_bytes(damage)
        assert check(request).status == "pass"
        assert entry.read_bytes() != damage


def test_an_unwritable_cache_folder_only_costs_time(tmp_path: Path) -> None:
    request = make_request(tmp_path)
    request.cache_folder = tmp_path / "a-file"
    request.cache_folder.write_text("a file where the folder should be")
    assert check(request).status == "pass"


def test_a_learners_own_tests_are_not_stored(tmp_path: Path) -> None:
    """TDD: the learner's test files live in their workspace and change all the time."""
    request = make_request(tmp_path)
    own = request.workspace / "test_mine.py"
    own.write_text("from answer import value\n\ndef test_mine():\n    assert value()\n")
    request.test_files.append(own)
    result = check(request)
    assert (result.status, len(result.tests)) == ("pass", 2)
    assert [entry.name.split("-")[0] for entry in entries(request)] == ["test_answer"]
