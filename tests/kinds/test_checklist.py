"""One function turns a check's Result into the learner's checklist (real checks here)."""

from __future__ import annotations

from kinds_course import TEST_3_IS_NOT_EVEN

from tutor.app_state import Tutor
from tutor.kinds.checklist import build_checklist, first_to_fix, was_checked
from tutor.runner.result import Result

TDD_TITLES = [
    "Your tests, tried on a correct version and on buggy versions",
    "Your tests and the course's tests, on your code",
]


def test_steps_are_the_headings_of_a_tests_exercise(tutor: Tutor) -> None:
    exercise = tutor.exercise("add")
    result = tutor.check(exercise)
    checklist = tutor.checklist(exercise, result)
    assert checklist.headline == "0 of 2 checks pass"
    assert [g.title for g in checklist.groups] == [
        "Step 1: add gives back a number",
        "Step 2: add adds",
    ]
    assert [[t.name for t in g.tests] for g in checklist.groups] == [
        ["add gives a number"],
        ["add adds"],
    ]
    assert checklist.first_failure is checklist.groups[0].tests[0]
    assert checklist.first_failure.message == "add should give back a number"
    assert checklist.feedback == () and checklist.note is None and checklist.ran


def test_a_step_is_done_when_each_of_its_checks_passes(tutor: Tutor) -> None:
    exercise = tutor.exercise("add")
    workspace = tutor.start(exercise).path
    (workspace / "add.py").write_text("def add(a, b):\n    return 0\n", encoding="utf-8")
    checklist = tutor.checklist(exercise, tutor.check(exercise))
    assert [g.done for g in checklist.groups] == [True, False]
    assert checklist.first_failure is not None and checklist.first_failure.name == "add adds"


def test_a_tdd_check_has_its_two_groups_and_red_green_under_a_pass(tutor: Tutor) -> None:
    exercise = tutor.exercise("even-tests")
    red = tutor.checklist(exercise, tutor.check(exercise))
    assert [g.title for g in red.groups] == TDD_TITLES
    assert [t.name for t in red.groups[0].tests] == [
        "your tests pass on a correct solution",
        "your tests check that an odd number such as 3 is not even",
    ]
    assert [g.done for g in red.groups] == [False, True]
    assert red.first_failure is red.groups[0].tests[1]
    assert red.note is None  # only a pass has a note
    workspace = tutor.workspace(exercise).path
    with (workspace / "test_even.py").open("a", encoding="utf-8") as file:
        file.write(TEST_3_IS_NOT_EVEN)
    green = tutor.checklist(exercise, tutor.check(exercise))
    assert green.status == "pass" and green.first_failure is None
    assert green.note is not None
    assert "you wrote a failing test and then made it pass once" in green.note


def test_a_quiz_lists_every_wrong_answer_to_fix(tutor: Tutor) -> None:
    exercise = tutor.exercise("quiz")
    result = tutor.check(exercise, answers={0: "<h1>"})
    checklist = tutor.checklist(exercise, result)
    assert [g.title for g in checklist.groups] == [None]  # one line per question
    assert checklist.feedback == (
        "Question 1: '<h1>' is not right. p stands for paragraph.",
        "Question 2: Not answered yet.",
    )


def test_a_check_that_could_not_run_says_why(tutor: Tutor) -> None:
    exercise = tutor.exercise("add")
    stopped = Result(status="error", exercise="add", message="Stopped.")
    checklist = build_checklist(exercise, stopped)
    assert not checklist.ran
    assert checklist.message == "Stopped."
    assert checklist.groups[0].tests == ()


def test_checks_under_no_step_come_last_without_a_heading(tutor: Tutor) -> None:
    exercise = tutor.exercise("add")
    result = tutor.check(exercise)
    for test in result.tests:
        test.task_id = None if test.name == "add adds" else test.task_id
    checklist = build_checklist(exercise, result)
    assert [g.title for g in checklist.groups] == [
        "Step 1: add gives back a number",
        "Step 2: add adds",
        None,
    ]
    assert [t.name for t in checklist.groups[2].tests] == ["add adds"]
    assert checklist.groups[1].tests == () and not checklist.groups[1].done


# add(1, 2) never ends; add(2, 3) would have been fine.
LOOPS_ON_ONE = "def add(a, b):\n    while a == 1:\n        pass\n    return a + b\n"
# add(1, 2) gives text (a plain failure); add(2, 3) never ends.
FAILS_THEN_LOOPS = (
    "def add(a, b):\n    if a == 1:\n        return 'three'\n    while True:\n        pass\n"
)


def test_a_check_a_loop_kept_from_running_is_not_checked_rather_than_an_error(
    tutor: Tutor,
) -> None:
    exercise = tutor.exercise("add")
    workspace = tutor.start(exercise).path
    (workspace / "add.py").write_text(LOOPS_ON_ONE, encoding="utf-8")
    result = tutor.check(exercise)
    assert result.timed_out
    checklist = tutor.checklist(exercise, result)
    stuck, after = [test for group in checklist.groups for test in group.tests]
    assert checklist.first_failure is stuck
    assert was_checked(stuck)
    assert after.status == "error" and not was_checked(after)  # shown as not checked
    assert not checklist.stopped  # the time ran out: the learner did not stop it


def test_the_loop_is_the_first_thing_to_fix_even_after_a_plain_failure(tutor: Tutor) -> None:
    exercise = tutor.exercise("add")
    workspace = tutor.start(exercise).path
    (workspace / "add.py").write_text(FAILS_THEN_LOOPS, encoding="utf-8")
    result = tutor.check(exercise)
    assert result.timed_out
    failed, stuck = result.tests
    assert failed.status == "fail" and stuck.status == "error"
    assert first_to_fix(result) is stuck  # a loop stops every check after it
