"""The instructor's folders are read-only for learner code during a check (protect.py).

Real checks in forked children, real mount namespaces: a learner program that
tries to rewrite the test file, directly or from a process it starts, leaves
it as it was and still writes its own folder. Where the system allows no mount
namespace (not Linux, a locked-down container) these are skipped, and the
check runs unprotected, as the docs say.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

from tutor.runner import CheckRequest, run_check
from tutor.runner.protect import folders_to_protect, protect

TESTS = "from answer import answer\n\ndef test_answer():\n    assert answer() == 2\n"

# Finds the test file through the call stack and tries to make it pass, three ways.
REWRITER = """
import os, subprocess
from pathlib import Path

def answer():
    said = []
    # Found by its place (walking the stack to it is stopped by the guard).
    test = Path(__file__).resolve().parents[1] / "course" / "exercise" / "test_answer.py"
    try:
        test.write_text("def test_answer():\\n    pass\\n")
    except OSError as error:
        said.append(error.strerror)
    subprocess.run(["sh", "-c", f"echo 'def test_x(): pass' > '{test.parent}/test_more.py'"])
    try:
        os.remove(test)
    except OSError as error:
        said.append(error.strerror)
    Path("notes.txt").write_text(" / ".join(said))  # the learner's own folder stays writable
    return 1
"""


def _protection_works() -> bool:
    """Try it in a child process: the test process itself must stay as it is."""
    with tempfile.TemporaryDirectory() as folder:
        pid = os.fork()
        if pid == 0:
            try:
                ok = protect([folder])
                blocked = False
                try:
                    Path(folder, "x").write_text("x")
                except OSError:
                    blocked = True
                os._exit(0 if ok and blocked else 1)
            finally:
                os._exit(1)
        _, status = os.waitpid(pid, 0)
        return os.waitstatus_to_exitcode(status) == 0


needs_protection = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not _protection_works(),
    reason="this system allows no mount namespace here: checks run unprotected",
)


def _exercise(root: Path, code: str) -> CheckRequest:
    workspace, course = root / "workspace", root / "course" / "exercise"
    workspace.mkdir(parents=True)
    course.mkdir(parents=True)
    (workspace / "answer.py").write_text(code)
    (course / "test_answer.py").write_text(TESTS)
    return CheckRequest("protected", workspace, [course / "test_answer.py"])


@needs_protection
def test_learner_code_cannot_rewrite_the_instructors_tests(tmp_path: Path) -> None:
    request = _exercise(tmp_path, REWRITER)
    for _ in range(2):  # and the next check still runs the instructor's test
        result = run_check(request)
        assert result.status == "fail", result.message
        assert "Expected 2, but got 1" in (result.tests[0].message or "")
    course = request.test_files[0].parent
    assert request.test_files[0].read_text() == TESTS
    assert sorted(p.name for p in course.iterdir()) == ["test_answer.py"]
    said = (request.workspace / "notes.txt").read_text()
    assert said == "Read-only file system / Read-only file system"


@needs_protection
def test_the_rest_of_the_system_is_untouched_after_a_check(tmp_path: Path) -> None:
    request = _exercise(tmp_path, "def answer():\n    return 2\n")
    assert run_check(request).status == "pass"
    # The read-only mount lived in the child's own namespace only.
    (request.test_files[0].parent / "after.txt").write_text("still writable here")
    mounts = Path("/proc/self/mountinfo").read_text()
    assert str(request.test_files[0].parent) not in mounts


@needs_protection
def test_an_unprivileged_user_gets_a_user_namespace_of_its_own(tmp_path: Path) -> None:
    """The path a learner's account takes (as root the mount needs no user namespace)."""
    folder = tmp_path / "course"
    folder.mkdir()
    pid = os.fork()
    if pid == 0:
        try:
            ok = protect([str(folder)], new_user_namespace=True)
            uid_inside = os.getuid()
            try:
                (folder / "x").write_text("x")
                code = 3
            except OSError:
                (tmp_path / "mine.txt").write_text("ok")
                code = 0 if ok and uid_inside == os.geteuid() else 4
            os._exit(code)
        finally:
            os._exit(1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert (tmp_path / "mine.txt").read_text() == "ok"


def test_the_learners_own_folder_is_never_protected(tmp_path: Path) -> None:
    workspace = tmp_path / "work"
    course = tmp_path / "course" / "ex"
    assert folders_to_protect([course / "test_a.py", course / "test_b.py"], workspace) == [
        str(course)
    ]
    # TDD: the learner's tests live in the workspace, the hidden ones in the course.
    assert folders_to_protect([workspace / "test_mine.py", course / "t.py"], workspace) == [
        str(course)
    ]
    # A test folder that holds the workspace would make the learner's files read-only.
    assert folders_to_protect([tmp_path / "test_outer.py"], workspace) == []
    assert protect([]) is False


@needs_protection
def test_a_write_to_the_course_is_explained_in_plain_words(tmp_path: Path) -> None:
    code = (
        "from pathlib import Path\n\ndef answer():\n"
        "    Path(__file__).parent.parent.joinpath('course', 'exercise', 'log.txt')"
        ".write_text('hi')\n    return 2\n"
    )
    request = _exercise(tmp_path, code)
    result = run_check(request)
    assert result.status == "fail"
    message = result.tests[0].message or ""
    assert message.startswith("Your code tried to change '") and "log.txt'" in message
    assert "a file of the course, which no code may change during a check" in message
    assert "line 4 of answer.py" in message


def test_a_user_namespace_that_cannot_be_set_up_is_never_entered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Some systems allow the unshare but not setting its ids (Ubuntu's AppArmor limit): a
    check stuck in such a namespace would run as 'nobody'. It is tried in a throwaway
    process first, and the check runs unprotected but as itself."""
    from tutor.runner import protect as module

    def refused(path: str, text: str) -> None:
        raise PermissionError(1, "Operation not permitted", path)

    monkeypatch.setattr(module, "_write", refused)
    monkeypatch.setattr(module, "_user_namespaces", None)
    folder = tmp_path / "course"
    folder.mkdir()
    me = os.getuid()
    pid = os.fork()
    if pid == 0:
        try:
            ok = protect([str(folder)], new_user_namespace=True)
            (folder / "x").write_text("still the same process, as the same user")
            os._exit(0 if not ok and os.getuid() == me and module._user_namespaces is False else 2)
        finally:
            os._exit(1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert (folder / "x").is_file()
