"""The Tutor facade, as both front ends use it, on a small real course folder.

Real lesson files, real workspaces (git repositories), real checks through
the runner, a real progress database.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tutor.app_state import Status, Tutor, TutorError

COURSE_TOML = 'title = "Facade"\n{settings}\n[[tracks]]\nid = "f"\ntitle = "Facade"\n'
FIRST = """
title = "First"
summary = "Add numbers and answer a question."

[[pages]]
title = "Adding"
text = "add(a, b) gives back a + b."

[[exercises]]
id = "add"
title = "Add"
kind = "tests"
edit = ["add.py"]
tests = ["test_add.py"]
hints = ["Use +.", "return a + b"]

[[exercises]]
id = "quiz"
title = "Quiz"
kind = "quiz"

  [[exercises.questions]]
  text = "What is 2 + 2?"
  choices = ["3", "4"]
  answer = "4"
"""
SECOND = """
title = "Second"
summary = "Make a branch."
requires = ["f/first"]

[[pages]]
title = "Branches"
text = "git branch NAME makes one."

[[exercises]]
id = "branch"
title = "Make a branch"
kind = "git"
hidden = ["test_branch.py"]
solution = ["git branch feature", "git branch --list"]
hints = ["git branch NAME", "git branch feature"]
"""
FILES = {
    "lessons/f/01-first.toml": FIRST,
    "lessons/f/02-second.toml": SECOND,
    "exercises/f/add/starter/add.py": "def add(a, b):\n    return None\n",
    "exercises/f/add/solution/add.py": "def add(a, b):\n    return a + b\n",
    "exercises/f/add/test_add.py": (
        "from add import add\n\n\ndef test_add_adds():\n    assert add(2, 3) == 5\n"
    ),
    "exercises/f/branch/test_branch.py": (
        "def test_there_is_a_branch_called_feature(git_repo):\n"
        '    git_repo.assert_branch_exists("feature")\n'
    ),
}
SOLVED_ADD = "def add(a, b):\n    return a + b\n"


def build(root: Path, settings: str = "") -> Path:
    files = {**FILES, "lessons/course.toml": COURSE_TOML.format(settings=settings)}
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text.lstrip("\n"), encoding="utf-8")
    return root


@pytest.fixture(autouse=True)
def no_git_config_of_the_machine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")


@pytest.fixture
def tutor(tmp_path: Path) -> Iterator[Tutor]:
    with Tutor(build(tmp_path / "course"), tmp_path / "home") as made:
        assert made.course.problems == [], [str(p) for p in made.course.problems]
        yield made


def solve_add(tutor: Tutor) -> None:
    workspace = tutor.start(tutor.exercise("add")).path
    (workspace / "add.py").write_text(SOLVED_ADD, encoding="utf-8")


def test_an_unknown_exercise_is_a_sentence_naming_real_ones(tutor: Tutor) -> None:
    with pytest.raises(TutorError, match=r"There is no exercise called 'ad'\..*add, quiz"):
        tutor.exercise("ad")


def test_statuses_follow_the_learner(tutor: Tutor) -> None:
    assert tutor.statuses() == {
        "add": Status.NOT_STARTED,
        "quiz": Status.NOT_STARTED,
        "branch": Status.LOCKED,  # its lesson requires f/first
    }
    tutor.start(tutor.exercise("add"))
    assert tutor.status(tutor.exercise("add")) is Status.STARTED
    solve_add(tutor)
    assert tutor.check(tutor.exercise("add")).status == "pass"
    assert tutor.status(tutor.exercise("add")) is Status.DONE
    assert tutor.status(tutor.exercise("branch")) is Status.LOCKED  # the quiz is not done
    tutor.check(tutor.exercise("quiz"), answers={0: "4"})
    assert tutor.status(tutor.exercise("branch")) is Status.NOT_STARTED
    assert tutor.statuses() == {
        "add": Status.DONE,
        "quiz": Status.DONE,
        "branch": Status.NOT_STARTED,
    }


def test_statuses_in_one_pass_agree_with_each_status(tutor: Tutor) -> None:
    def each() -> dict[str, Status]:
        return {exercise.id: tutor.status(exercise) for exercise in tutor.course.exercises}

    assert tutor.statuses() == each()
    solve_add(tutor)  # started
    assert tutor.statuses() == each()
    assert tutor.check(tutor.exercise("add")).status == "pass"  # done; branch still locked
    assert tutor.statuses() == each()
    tutor.start(tutor.exercise("branch"))  # started while locked: started wins
    assert tutor.statuses() == each()
    assert tutor.statuses()["branch"] is Status.STARTED


def test_next_and_continue_skip_what_is_done(tutor: Tutor) -> None:
    add, quiz = tutor.exercise("add"), tutor.exercise("quiz")
    assert tutor.continue_exercise() is add
    solve_add(tutor)
    tutor.check(add)
    assert tutor.continue_exercise() is quiz
    assert tutor.next_exercise(after=quiz) is quiz  # the locked one is skipped, the quiz is not
    tutor.check(quiz, answers={0: "4"})
    assert tutor.next_exercise() is tutor.exercise("branch")


def test_a_check_is_snapshotted_and_recorded(tutor: Tutor) -> None:
    add = tutor.exercise("add")
    failed = tutor.check(add)
    solve_add(tutor)
    passed = tutor.check(add)
    assert (failed.status, passed.status) == ("fail", "pass")
    # The starter unchanged needs no snapshot of its own; the solved files get one.
    history = tutor.workspace(add).history()
    assert [s.message for s in history] == ["check: 1/1 passed", "start: Add"]
    attempts = tutor.progress.attempts("add")
    assert [(a.status, a.passed, a.total) for a in attempts] == [("fail", 0, 1), ("pass", 1, 1)]
    assert attempts[0].snapshot is None and attempts[1].snapshot is not None


def test_a_quiz_check_records_each_answer_and_takes_no_snapshot(tutor: Tutor) -> None:
    quiz = tutor.exercise("quiz")
    result = tutor.check(quiz, answers={0: "3"})
    assert result.status == "fail"
    tutor.check(quiz, answers={0: "4"})
    answers = tutor.progress.quiz_answers("quiz")
    assert [(a.question, a.answer, a.correct) for a in answers] == [(0, "3", False), (0, "4", True)]
    assert [s.message for s in tutor.workspace(quiz).history()] == ["start: Quiz"]


def test_a_git_exercise_check_makes_no_commit_in_the_learners_repository(tutor: Tutor) -> None:
    branch = tutor.exercise("branch")
    folder = tutor.start(branch).path
    before = tutor.workspace(branch).history()
    assert tutor.check(branch).status == "fail"
    subprocess.run(["git", "branch", "feature"], cwd=folder, check=True, capture_output=True)
    assert tutor.check(branch).status == "pass"
    assert tutor.workspace(branch).history() == before


def test_hints_come_one_at_a_time_and_stop_at_the_last(tutor: Tutor) -> None:
    add = tutor.exercise("add")
    assert tutor.hints_so_far(add) == []
    first = tutor.next_hint(add)
    assert first is not None and (first.number, first.total, first.text) == (1, 2, "Use +.")
    tutor.next_hint(add)
    last = tutor.next_hint(add)
    assert last is not None and last.number == 2
    assert [h.text for h in tutor.hints_so_far(add)] == ["Use +.", "return a + b"]
    assert tutor.next_hint(tutor.exercise("quiz")) is None  # a quiz has no hints


def test_the_solution_opens_once_the_exercise_is_done(tutor: Tutor) -> None:
    add = tutor.exercise("add")
    with pytest.raises(TutorError, match="opens once you have passed it"):
        tutor.solution(add)
    solve_add(tutor)
    tutor.check(add)
    assert tutor.solution(add) == {"add.py": SOLVED_ADD}


def test_a_git_solution_is_its_commands(tutor: Tutor) -> None:
    branch = tutor.exercise("branch")
    subprocess.run(
        ["git", "branch", "feature"], cwd=tutor.start(branch).path, check=True, capture_output=True
    )
    tutor.check(branch)
    assert tutor.solution(branch) == {"commands": "git branch feature\ngit branch --list\n"}


def test_an_instructor_can_turn_solutions_off(tmp_path: Path) -> None:
    root = build(tmp_path / "course", settings="show_solutions = false\n")
    with Tutor(root, tmp_path / "home") as tutor:
        solve_add(tutor)
        tutor.check(tutor.exercise("add"))
        with pytest.raises(TutorError, match="turned solutions off"):
            tutor.solution(tutor.exercise("add"))


def test_reset_brings_the_starter_back_and_keeps_the_work_in_history(tutor: Tutor) -> None:
    add = tutor.exercise("add")
    solve_add(tutor)
    tutor.check(add)
    workspace = tutor.reset(add)
    assert (workspace.path / "add.py").read_text(encoding="utf-8") == (
        "def add(a, b):\n    return None\n"
    )
    assert "check: 1/1 passed" in [s.message for s in workspace.history()]


def test_start_makes_the_workspace_once_and_keeps_the_learners_work(tutor: Tutor) -> None:
    exercise = tutor.exercise("add")
    assert not tutor.workspace(exercise).exists()
    folder = tutor.start(exercise).path
    assert (folder / "add.py").read_text(encoding="utf-8") == "def add(a, b):\n    return None\n"
    assert (folder / "test_add.py").is_file(), "visible tests are copied for reading"
    commits = subprocess.run(
        ["git", "-C", str(folder), "rev-list", "--count", "HEAD"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert int(commits) >= 1, "the starter is the first snapshot"
    (folder / "add.py").write_text("# my work\n", encoding="utf-8")
    assert tutor.start(exercise).path == folder
    assert (folder / "add.py").read_text(encoding="utf-8") == "# my work\n"


def test_a_failed_check_becomes_a_checklist_naming_what_to_fix(tutor: Tutor) -> None:
    exercise = tutor.exercise("add")
    result = tutor.check(exercise)
    assert result.status == "fail"
    checklist = tutor.checklist(exercise, result)
    assert checklist.status == "fail" and checklist.ran
    assert checklist.first_failure is not None
    assert "add" in checklist.first_failure.name
    assert tutor.status(exercise) is Status.STARTED
    solve_add(tutor)
    passed = tutor.checklist(exercise, tutor.check(exercise))
    assert passed.status == "pass" and passed.first_failure is None


def test_a_grader_maker_is_called_once_on_the_first_check_and_closing_makes_none(
    tmp_path: Path,
) -> None:
    from tutor.grading import Grader

    made: list[Grader] = []

    def make() -> Grader:
        made.append(Grader())
        return made[-1]

    root = build(tmp_path / "course")
    with Tutor(root, tmp_path / "home", make_grader=make) as tutor:
        assert tutor.made_grader is None and not made, "not made with the Tutor"
        solve_add(tutor)
        assert tutor.check(tutor.exercise("add")).status == "pass"
        tutor.check(tutor.exercise("add"))
        assert made == [tutor.made_grader], "made once, on the first check"
    with Tutor(root, tmp_path / "home", make_grader=make) as unused:
        assert unused.statuses()
    assert len(made) == 1, "a Tutor closed before any check made no grader"
