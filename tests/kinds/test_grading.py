"""Each kind grades as it says, with real checks on real files (Grader.grade)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from kinds_course import TEST_3_IS_NOT_EVEN

from tutor import kinds
from tutor.app_state import Tutor
from tutor.kinds.tdd import CODE_CHECKED, TESTS_TRIED


def test_the_registry_names_each_built_in_kind(tutor: Tutor) -> None:
    assert [kind.name for kind in kinds.all_kinds()][:4] == ["tests", "tdd", "git", "quiz"]
    for exercise_id, name in [("add", "tests"), ("even-tests", "tdd"), ("quiz", "quiz")]:
        assert kinds.of(tutor.exercise(exercise_id)).name == name
    git = tutor.exercise("branch")
    assert kinds.of(git).learner_owns_repository and kinds.of(git).setup_script(git) is None
    assert not kinds.of(tutor.exercise("quiz")).has_files


def test_a_tests_exercise_is_graded_by_the_course_tests(tutor: Tutor) -> None:
    exercise = tutor.exercise("add")
    workspace = tutor.start(exercise).path
    starter = tutor.grader.grade(exercise, workspace)
    assert (starter.status, starter.passed, starter.total) == ("fail", 0, 2)
    assert [t.task_id for t in starter.tests] == [1, 2]  # the steps
    (workspace / "add.py").write_text("def add(a, b):\n    return a + b\n", encoding="utf-8")
    assert tutor.grader.grade(exercise, workspace).status == "pass"


def test_editing_the_visible_test_copy_cannot_fake_a_pass(tutor: Tutor) -> None:
    exercise = tutor.exercise("add")
    workspace = tutor.start(exercise).path
    (workspace / "test_add.py").write_text("def test_nothing():\n    pass\n", encoding="utf-8")
    assert tutor.grader.grade(exercise, workspace).status == "fail"


def test_a_tdd_exercise_tests_the_learners_tests(tutor: Tutor) -> None:
    exercise = tutor.exercise("even-tests")
    workspace = tutor.start(exercise).path
    weak = tutor.grader.grade(exercise, workspace)
    assert weak.status == "fail"
    by_group = {(t.task_id, t.name): t.status for t in weak.tests}
    assert by_group[(TESTS_TRIED, "your tests pass on a correct solution")] == "pass"
    mutant = "your tests check that an odd number such as 3 is not even"
    assert by_group[(TESTS_TRIED, mutant)] == "fail"
    assert {t.task_id for t in weak.tests} == {TESTS_TRIED, CODE_CHECKED}
    with (workspace / "test_even.py").open("a", encoding="utf-8") as file:
        file.write(TEST_3_IS_NOT_EVEN)
    assert tutor.grader.grade(exercise, workspace).status == "pass"


def test_a_tdd_exercise_without_the_learners_test_file_says_where_it_went(
    tutor: Tutor,
) -> None:
    exercise = tutor.exercise("even-tests")
    workspace = tutor.start(exercise).path
    (workspace / "test_even.py").unlink()
    result = tutor.grader.grade(exercise, workspace)
    assert result.status == "error"
    assert result.message is not None and "test_even.py is missing" in result.message


def test_a_tdd_test_that_fails_on_the_correct_code_is_explained(tutor: Tutor) -> None:
    exercise = tutor.exercise("even-tests")
    workspace = tutor.start(exercise).path
    wrong = "from even import is_even\n\n\ndef test_4_is_odd():\n    assert not is_even(4)\n"
    (workspace / "test_even.py").write_text(wrong, encoding="utf-8")
    result = tutor.grader.grade(exercise, workspace)
    first = result.first_failure
    assert first is not None and first.name == "your tests pass on a correct solution"
    assert "Your test '4 is odd' fails on a correct solution" in (first.message or "")
    assert first.where is not None and first.where.file == "test_even.py"


def test_a_git_exercise_is_graded_on_the_learners_repository(tutor: Tutor) -> None:
    exercise = tutor.exercise("branch")
    workspace = tutor.start(exercise).path
    assert tutor.grader.grade(exercise, workspace).status == "fail"
    subprocess.run(["git", "branch", "feature"], cwd=workspace, check=True, capture_output=True)
    assert tutor.grader.grade(exercise, workspace).status == "pass"


def test_a_quiz_is_graded_from_the_answers_alone(tutor: Tutor, tmp_path: Path) -> None:
    exercise = tutor.exercise("quiz")
    nowhere = tmp_path / "no-such-folder"
    unanswered = tutor.grader.grade(exercise, nowhere)
    assert [t.message for t in unanswered.tests] == ["Not answered yet."] * 2
    wrong = tutor.grader.grade(exercise, nowhere, {0: "<h1>", 1: " FOUR "})
    assert [t.status for t in wrong.tests] == ["fail", "pass"]  # spaces and case do not matter
    assert wrong.tests[0].message == "'<h1>' is not right. p stands for paragraph."
    right = tutor.grader.grade_quiz(exercise, {0: "<p>", 1: "4"})
    assert right.status == "pass"
    assert not nowhere.exists()
