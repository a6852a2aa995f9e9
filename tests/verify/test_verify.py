"""tutor verify: starters fail, solutions pass, mutants are caught; broken exercises are named."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from tutor.cli import main
from tutor.course import load_course
from tutor.grading import Grader
from tutor.instructor.verify import VerifyReport, verify_course, verify_exercise
from tutor.kinds.quiz import QuizDetails

WELCOME = ["hello-tutor", "welcome-page", "welcome-quiz", "voting-tests"]


def verify_one(root: Path, exercise_id: str, grader: Grader) -> VerifyReport:
    course = load_course(root)
    assert not course.errors, course.errors
    exercise = course.exercise(exercise_id)
    assert exercise is not None
    return verify_exercise(exercise, grader)


def test_the_welcome_track_verifies(course_copy: Path, grader: Grader) -> None:
    reports = verify_course(load_course(course_copy), grader)
    assert [r.exercise for r in reports] == WELCOME
    for report in reports:
        assert report.ok, (report.exercise, report.problems)
        assert report.starter.startswith("fails"), report
        assert report.solution.startswith("passes"), report
        assert report.seconds > 0


def test_verifying_several_at_once_gives_the_same_reports(
    course_copy: Path, grader: Grader
) -> None:
    folder = course_copy / "exercises" / "welcome" / "hello-tutor"
    (folder / "starter" / "greet.py").write_text(
        (folder / "solution" / "greet.py").read_text(encoding="utf-8"), encoding="utf-8"
    )
    course = load_course(course_copy)
    one_by_one = verify_course(course, grader)
    at_once = verify_course(course, grader, jobs=3)
    assert [(r.exercise, r.starter, r.solution, r.problems) for r in at_once] == [
        (r.exercise, r.starter, r.solution, r.problems) for r in one_by_one
    ]
    assert not at_once[0].ok


def test_verify_course_can_pick_exercises(course_copy: Path, grader: Grader) -> None:
    reports = verify_course(load_course(course_copy), grader, only=["welcome-page"])
    assert [r.exercise for r in reports] == ["welcome-page"]


def test_a_starter_that_already_passes_is_a_problem(course_copy: Path, grader: Grader) -> None:
    folder = course_copy / "exercises" / "welcome" / "hello-tutor"
    (folder / "starter" / "greet.py").write_text(
        (folder / "solution" / "greet.py").read_text(encoding="utf-8"), encoding="utf-8"
    )
    report = verify_one(course_copy, "hello-tutor", grader)
    assert not report.ok
    assert report.starter == "passes 3/3"
    assert any("starter already passes every check" in p for p in report.problems)


def test_a_solution_that_fails_names_the_failing_test(course_copy: Path, grader: Grader) -> None:
    folder = course_copy / "exercises" / "welcome" / "hello-tutor"
    (folder / "solution" / "greet.py").write_text(
        'def greet(name):\n    return "Hello " + name + "!"\n', encoding="utf-8"
    )
    report = verify_one(course_copy, "hello-tutor", grader)
    assert not report.ok
    assert report.solution == "fails 0/3"
    assert any(
        p.startswith("the solution fails 'greet says hello to ada'") and "Hello Ada!" in p
        for p in report.problems
    ), report.problems


def test_a_solution_that_fails_a_hidden_test_is_caught(course_copy: Path, grader: Grader) -> None:
    folder = course_copy / "exercises" / "welcome" / "hello-tutor"
    (folder / "solution" / "greet.py").write_text(
        'def greet(name):\n    return "Hello, " + name.split()[0] + "!"\n', encoding="utf-8"
    )
    report = verify_one(course_copy, "hello-tutor", grader)
    assert report.solution == "fails 2/3"
    assert any("greet works for a long name" in p for p in report.problems)


def test_a_mutant_the_reference_tests_miss_is_named(course_copy: Path, grader: Grader) -> None:
    tests = course_copy / "exercises" / "welcome" / "voting-tests" / "solution" / "test_voting.py"
    text = tests.read_text(encoding="utf-8")
    cut = text.index("def test_someone_who_is_exactly_18_can_vote")
    tests.write_text(text[:cut] + text[text.index("def test_a_17_year_old") :], encoding="utf-8")
    report = verify_one(course_copy, "voting-tests", grader)
    assert not report.ok
    assert report.problems == [
        "mutant 'off-by-one' survives the reference tests: no test notices that "
        "can_vote starts at the right age, not one year off"
    ]


def test_a_tdd_solution_without_reference_tests_is_a_problem(
    course_copy: Path, grader: Grader
) -> None:
    folder = course_copy / "exercises" / "welcome" / "voting-tests"
    (folder / "solution" / "test_voting.py").unlink()
    report = verify_one(course_copy, "voting-tests", grader)
    assert report.problems == [
        "solution/ has no test_voting.py: put the reference tests there, "
        "under the name of the learner's test file"
    ]


# --- git exercises: the solution is a list of git commands -------------------------

GIT_LESSON = """
title = "Branches"

[[exercises]]
id = "make-a-branch"
title = "Make a branch"
kind = "git"
path = "gitty/make-a-branch"
tests = ["test_branch.py"]
task = "Make a branch called feature."
solution = {commands}
"""

GIT_TEST = """
def test_there_is_a_branch_called_feature(git_repo):
    git_repo.assert_branch_exists("feature")
"""


def git_course(root: Path, commands: list[str]) -> Path:
    (root / "lessons" / "gitty").mkdir(parents=True)
    folder = root / "exercises" / "gitty" / "make-a-branch"
    (folder / "starter").mkdir(parents=True)
    (folder / "starter" / "notes.txt").write_text("notes\n", encoding="utf-8")
    (folder / "test_branch.py").write_text(GIT_TEST, encoding="utf-8")
    (root / "lessons" / "course.toml").write_text(
        'title = "Git"\n\n[[tracks]]\nid = "gitty"\ntitle = "Git"\n', encoding="utf-8"
    )
    lesson = GIT_LESSON.format(commands="[" + ", ".join(f'"{c}"' for c in commands) + "]")
    (root / "lessons" / "gitty" / "01-branches.toml").write_text(lesson, encoding="utf-8")
    return root


def test_git_solution_commands_are_replayed(tmp_path: Path, grader: Grader) -> None:
    root = git_course(tmp_path / "c", ["git branch feature"])
    report = verify_one(root, "make-a-branch", grader)
    assert report.ok, report.problems
    assert report.starter == "fails 0/1"
    assert report.solution == "passes 1/1"


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ("rm -rf notes.txt", "solution command 1 does not start with git: rm -rf notes.txt"),
        ("git merge no-such-branch", "solution command 1 failed: git merge no-such-branch: "),
    ],
)
def test_a_bad_git_solution_command_is_a_problem(
    tmp_path: Path, grader: Grader, command: str, expected: str
) -> None:
    root = git_course(tmp_path / "c", [command, "git branch feature"])
    report = verify_one(root, "make-a-branch", grader)
    assert len(report.problems) == 1
    assert report.problems[0].startswith(expected)


# --- quizzes ---------------------------------------------------------------------------

QUIZ_LESSON = """
title = "Quiz"

[[exercises]]
id = "a-quiz"
title = "A quiz"
kind = "quiz"

  [[exercises.questions]]
  text = "Which tag is a paragraph?"
  choices = ["<p>", "<h1>"]
  answer = "{answer}"
"""


def quiz_course(root: Path, answer: str) -> Path:
    (root / "lessons" / "q").mkdir(parents=True)
    (root / "exercises").mkdir()
    (root / "lessons" / "course.toml").write_text(
        'title = "Q"\n\n[[tracks]]\nid = "q"\ntitle = "Q"\n', encoding="utf-8"
    )
    (root / "lessons" / "q" / "01-quiz.toml").write_text(
        QUIZ_LESSON.format(answer=answer), encoding="utf-8"
    )
    return root


def test_a_quiz_whose_answers_are_choices_verifies(tmp_path: Path, grader: Grader) -> None:
    report = verify_one(quiz_course(tmp_path / "q", "<p>"), "a-quiz", grader)
    assert report.ok, report.problems
    assert (report.starter, report.solution) == ("fails 0/1", "passes 1/1")


def test_a_quiz_answer_that_is_not_a_choice_is_a_problem(tmp_path: Path, grader: Grader) -> None:
    # The loader already refuses such a lesson; verify checks again for courses
    # built another way (an Exercise made in code).
    exercise = load_course(quiz_course(tmp_path / "q", "<p>")).exercise("a-quiz")
    assert exercise is not None
    question = replace(exercise.details.questions[0], answer=("<para>",))
    report = verify_exercise(replace(exercise, details=QuizDetails((question,))), grader)
    assert "question 1: the answer '<para>' is not one of its choices" in report.problems


# --- the command ------------------------------------------------------------------------


def test_tutor_verify_prints_a_table_and_passes(
    course_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--course", str(course_copy), "verify"])
    out = capsys.readouterr().out
    assert code == 0, out
    header = out.splitlines()[0].split()
    assert header == ["exercise", "kind", "starter", "solution", "time", "ok"]
    assert "4 of 4 exercises verified." in out


def test_tutor_verify_fails_with_the_reason(
    course_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = course_copy / "exercises" / "welcome" / "welcome-page"
    (folder / "starter" / "index.html").write_text(
        (folder / "solution" / "index.html").read_text(encoding="utf-8"), encoding="utf-8"
    )
    code = main(["--course", str(course_copy), "verify", "welcome-page", "hello-tutor"])
    out = capsys.readouterr().out
    assert code == 1
    assert "FAIL welcome-page: the starter already passes every check" in out
    assert "1 of 2 exercises verified." in out


def test_tutor_verify_json_lists_the_reports(
    course_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (course_copy / "exercises" / "welcome" / "hello-tutor" / "solution" / "greet.py").write_text(
        "def greet(name):\n    return None\n", encoding="utf-8"
    )
    code = main(["--course", str(course_copy), "verify", "hello-tutor", "--json"])
    reports = json.loads(capsys.readouterr().out)
    assert code == 1
    assert [r["exercise"] for r in reports] == ["hello-tutor"]
    assert reports[0]["ok"] is False
    assert reports[0]["solution"] == "fails 0/3"
    assert reports[0]["problems"][0].startswith("the solution fails")


def test_tutor_verify_takes_paths_inside_the_course(
    course_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lesson = course_copy / "lessons" / "welcome" / "01-using-the-tutor.toml"
    assert main(["verify", str(lesson)]) == 0
    assert "1 of 1 exercises verified." in capsys.readouterr().out
    folder = course_copy / "exercises" / "welcome" / "voting-tests"
    assert main(["verify", str(folder)]) == 0
    assert "voting-tests" in capsys.readouterr().out


def test_tutor_verify_of_an_unknown_exercise_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["verify", "no-such-exercise"]) == 2
    assert "There is no exercise called 'no-such-exercise'" in capsys.readouterr().err


@pytest.mark.slow
def test_the_whole_bundled_course_verifies(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["verify"])
    out = capsys.readouterr().out
    assert code == 0, out


def test_tdd_reference_code_is_the_solution_laid_over_the_starter(
    course_copy: Path, grader: Grader
) -> None:
    """A helper module that only the starter holds is still there when mutants run."""
    folder = course_copy / "exercises" / "welcome" / "voting-tests"
    (folder / "starter" / "ages.py").write_text("VOTING_AGE = 18\n", encoding="utf-8")
    for variant in [folder / "solution", *sorted((folder / "mutants").iterdir())]:
        code = variant / "voting.py"
        if code.is_file():
            text = code.read_text(encoding="utf-8")
            code.write_text("from ages import VOTING_AGE\n" + text, encoding="utf-8")
    report = verify_one(course_copy, "voting-tests", grader)
    assert report.ok, report.problems


def test_tutor_verify_of_a_course_folder_verifies_all_of_it(
    course_copy: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TUTOR_COURSE", raising=False)
    assert main(["verify", "--jobs", "1", str(course_copy)]) == 0
    assert "4 of 4 exercises verified" in capsys.readouterr().out


def test_tutor_lint_and_verify_in_a_course_folder_mean_that_course(
    course_copy: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TUTOR_COURSE", raising=False)
    monkeypatch.chdir(course_copy / "exercises")
    assert main(["verify", "--jobs", "1", "hello-tutor"]) == 0
    broken = course_copy / "lessons" / "welcome" / "01-using-the-tutor.toml"
    broken.write_text(broken.read_text(encoding="utf-8") + "\nnonsense_key = 1\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["lint"]) == 1  # the copy in this folder, not the bundled course
    assert "unknown key 'nonsense_key'" in capsys.readouterr().out
