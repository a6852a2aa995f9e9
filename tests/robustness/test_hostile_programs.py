"""Hostile learner programs, each checked by the real `tutor check --json` command.

The corpus is in hostile/<language>/: each file becomes the learner's file of
the exercise in that language (see robust_course.py). For each program:

- the Result says what happened, in plain words (asserted on its text);
- `tutor check` itself lives: it exits 0 or 1 and prints JSON, no traceback;
- no process it started is left running (found by a marker in their environment);
- the workspace comes back from its git history: the history holds the start
  and the check's snapshot, and Workspace.restore to the start brings back
  every starter file, including files the program deleted;
- the course folder is unchanged (the instructor's visible and hidden tests).

The cases run a few at a time (they mostly wait on timeouts and processes),
once per test session, and each test reads its case's outcome.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from robust_course import (
    CHECK_TIMEOUT_S,
    EDIT_FILE,
    EXERCISES,
    HOSTILE,
    describe,
    kill_leftovers,
    new_learner,
    wait_for_no_leftovers,
)

from tutor.app_state import Tutor
from tutor.workspace import WorkspaceError

EXERCISE_OF = {
    "python": "robust-py",
    "js": "robust-js",
    "sql": "robust-sql",
    "html": "robust-html",
}
LANGUAGE_FOLDER = {"python": "py", "js": "js", "sql": "sql", "html": "html"}
LEFT_RUNNING = "started another program (a child process) that was still running"
TIMED_OUT = f"took longer than {CHECK_TIMEOUT_S} seconds"


@dataclass(frozen=True)
class Expect:
    statuses: tuple[str, ...]  # the Result's status (one of these)
    says: tuple[str, ...]  # words the Result must hold (its message or a test's)
    timed_out: bool | None = None  # None: either
    any_of: tuple[str, ...] = ()  # at least one of these must be said too


EXPECTED: dict[str, Expect] = {
    "python/infinite_loop": Expect(
        ("error",), (TIMED_OUT, "while loop at line 3 of solution.py"), timed_out=True
    ),
    "python/loop_swallowing_base_exception": Expect(
        ("error",), (TIMED_OUT, "while loop at line 3 of solution.py"), timed_out=True
    ),
    "python/sys_exit": Expect(("fail", "error"), ("called sys.exit()", "line 5 of solution.py")),
    "python/os_exit": Expect(("error",), ("stopped Python at once with code 3", "os._exit()")),
    "python/keyboard_interrupt": Expect(
        ("error",), ("raised KeyboardInterrupt at line 2 of solution.py", "Ctrl+C")
    ),
    "python/fork_bomb": Expect(("pass",), (LEFT_RUNNING, "the tutor stopped it")),
    "python/memory_bomb": Expect(
        ("fail",), ("used more memory than a check may use", "line 3 of solution.py")
    ),
    # Filling 1 GB takes seconds on a loaded machine: the memory limit or the
    # timeout stops it, whichever comes first; both are said plainly.
    "python/memory_growing": Expect(
        ("fail", "error"),
        (),
        any_of=("used more memory than a check may use", TIMED_OUT),
    ),
    "python/print_100_mb": Expect(("pass",), ("printed more than 1 MB; only the start is shown",)),
    "python/huge_file": Expect(
        ("fail",), ("wrote a file bigger than a check allows", "line 6 of solution.py")
    ),
    "python/delete_workspace_files": Expect(("pass",), ()),
    "python/background_process": Expect(("pass",), (LEFT_RUNNING, "the tutor stopped it")),
    "python/recursion": Expect(("fail",), ("keeps calling itself", "line 2 of solution.py")),
    # The runner binds os._exit and json.dumps before learner code runs, and the
    # guard sees builtins replaced: the checks cannot be trusted after that.
    "python/patch_builtins": Expect(
        ("error",), ("changed how the checks work", "replaced builtins.print"), timed_out=False
    ),
    # It finds the test files through inspect.stack(): the guard stops that.
    "python/read_hidden_tests": Expect(
        ("error",), ("changed how the checks work", "looked at the checker's stack frames")
    ),
    "python/waits_for_input": Expect(("fail",), ("called input()", "nobody types")),
    "python/endless_thread": Expect(("pass",), ()),
    "js/infinite_loop": Expect(
        ("fail", "error"),
        ("loop that never ends",),
        any_of=("Your JavaScript ran for more than 0.5 seconds", "took longer than 10 seconds"),
    ),
    "js/memory_hog": Expect(("fail",), ("Your JavaScript used up all the memory it may use",)),
    "js/recursion": Expect(("fail",), ("script.js line 2", "kept calling itself")),
    "sql/endless_query": Expect(
        ("error",),
        (
            f"Your SQL in query.sql {TIMED_OUT}",
            "Look at the WITH RECURSIVE query that starts at line 2 of query.sql",
        ),
        timed_out=True,
    ),
    "sql/drop_everything": Expect(("fail",), ("query.sql line 2: no such table: people",)),
    # Refused before html5lib, whose time grows with the square of the depth, parses it.
    "html/unclosed_divs": Expect(
        ("fail",),
        ("index.html line 517: more than 512 tags are open inside each other", "<div> (line 5)"),
        timed_out=False,
    ),
}

# Cases a known hole lets through, each with why: kept as strict xfails, so that
# the test says when a hole closes. (The last, learner code rewriting the course's
# tests, closed when checks got read-only course folders: runner/protect.py.)
KNOWN_HOLES: dict[str, str] = {}


# Hostile inputs too repetitive to keep as files: made when the test runs.
GENERATED = {
    "html/unclosed_divs": lambda: (
        '<!DOCTYPE html>\n<html lang="en">\n<body>\n<h1>Deep</h1>\n'
        + "<div>\n" * 6000
        + "</body>\n</html>\n"
    ),
}


def corpus() -> list[str]:
    on_disk = {f"{path.parent.name}/{path.stem}" for path in HOSTILE.glob("*/*") if path.is_file()}
    return sorted(on_disk | set(GENERATED))


@dataclass
class Outcome:
    exit_code: int
    stderr: str
    result: dict[str, Any] | None
    seconds: float
    leftovers: str
    history_lists_snapshots: bool
    restored: dict[str, bool]  # starter file name -> came back as it was
    course_changed: list[str] = field(default_factory=list)


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def run_case(case: str, root: Path) -> Outcome:
    language, _name = case.split("/")
    exercise = EXERCISE_OF[language]
    learner = new_learner(root)
    course_before = fingerprint(learner.course)
    # Only the check runs as a `tutor` process; the rest is done in-process (faster).
    with Tutor(course_root=learner.course, home=learner.home) as tutor:
        workspace = tutor.start(tutor.exercise(exercise))
    target = workspace.path / EDIT_FILE[exercise]
    if case in GENERATED:
        target.write_text(GENERATED[case](), encoding="utf-8")
    else:
        shutil.copyfile(next(HOSTILE.glob(f"{case}.*")), target)

    started = time.monotonic()
    done = learner.run("check", exercise, "--json", timeout=180)
    seconds = time.monotonic() - started
    left = wait_for_no_leftovers(learner.marker, seconds=10)
    leftovers = describe(left)
    kill_leftovers(learner.marker)
    try:
        result = json.loads(done.stdout)
    except ValueError:
        result = None

    with Tutor(course_root=learner.course, home=learner.home) as tutor:
        workspace = tutor.workspace(tutor.exercise(exercise))
        snapshots = workspace.history()
        # The start, and the check's snapshot (a check that changed nothing makes none).
        history_lists_snapshots = len(snapshots) >= 2 and snapshots[-1].message.startswith("start:")
        try:
            workspace.restore(snapshots[-1].sha)
            restore_worked = True
        except WorkspaceError:
            restore_worked = False
    folder = workspace.path
    starter_files = {
        name.removeprefix("starter/"): text
        for name, text in EXERCISES[LANGUAGE_FOLDER[language]].items()
        if name.startswith("starter/")
    }
    visible = EXERCISES[LANGUAGE_FOLDER[language]]["test_visible.py"]
    restored = {
        name: restore_worked
        and (folder / name).is_file()
        and (folder / name).read_text(encoding="utf-8") == text.lstrip("\n")
        for name, text in {**starter_files, "test_visible.py": visible}.items()
    }
    course_after = fingerprint(learner.course)
    changed = sorted(
        name
        for name in course_before.keys() | course_after.keys()
        if course_before.get(name) != course_after.get(name)
    )
    return Outcome(
        done.returncode,
        done.stderr,
        result,
        seconds,
        leftovers,
        history_lists_snapshots,
        restored,
        changed,
    )


@pytest.fixture(scope="module")
def outcomes(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Outcome]:
    """Every selected case, run four at a time (they mostly wait), once per session."""
    selected = sorted(
        {
            item.callspec.params["case"]
            for item in request.session.items
            # Other test modules have a "case" parameter of their own.
            if item.path == request.path
            and hasattr(item, "callspec")
            and "case" in item.callspec.params
        }
    )

    def one(case: str) -> tuple[str, Outcome]:
        return case, run_case(case, tmp_path_factory.mktemp(case.replace("/", "-")))

    with ThreadPoolExecutor(max_workers=4) as pool:
        return dict(pool.map(one, selected))


def said(result: dict[str, Any]) -> str:
    texts = [result.get("message") or ""]
    texts += [test.get("message") or "" for test in result.get("tests", [])]
    return "\n".join(texts)


def test_every_program_in_the_corpus_has_an_expectation() -> None:
    assert corpus() == sorted(EXPECTED)


CASES = [
    pytest.param(
        case,
        id=case,
        marks=[pytest.mark.xfail(strict=True, reason=KNOWN_HOLES[case])]
        if case in KNOWN_HOLES
        else [],
    )
    for case in sorted(EXPECTED)
]


@pytest.mark.parametrize("case", CASES)
def test_hostile_program_is_reported_and_contained(case: str, outcomes: dict[str, Outcome]) -> None:
    outcome = outcomes[case]
    expect = EXPECTED[case]
    # The command lived, answered in JSON, and showed no traceback.
    assert outcome.exit_code in (0, 1), outcome.stderr[-2000:]
    assert "Traceback" not in outcome.stderr, outcome.stderr[-2000:]
    assert outcome.result is not None
    result = outcome.result
    text = said(result)
    assert result["status"] in expect.statuses, text
    for words in expect.says:
        assert words in text, f"{words!r} not in:\n{text}"
    if expect.any_of:
        assert any(words in text for words in expect.any_of), text
    if expect.timed_out is not None:
        assert result["timed_out"] is expect.timed_out
    # Nothing left running, the workspace restorable, the course untouched.
    assert outcome.leftovers == "", f"left running:\n{outcome.leftovers}"
    assert outcome.history_lists_snapshots
    assert all(outcome.restored.values()), outcome.restored
    assert outcome.course_changed == [], f"the learner's code changed {outcome.course_changed}"
