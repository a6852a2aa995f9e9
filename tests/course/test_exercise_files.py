"""Files an exercise names must exist and stay inside the course folder."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from course_helpers import make_course, make_tests_exercise, only_problem, sample_lesson, write

from tutor.course import ExerciseKind, load_course

EXERCISE = "exercises/html/first-page"
STARTER = f"{EXERCISE}/starter"


def course_with(tmp_path: Path, extra: str = "", old: str = "", new: str = "") -> Path:
    make_tests_exercise(tmp_path, "html/first-page")
    text = sample_lesson(extra=extra)
    if old:
        assert old in text
        text = text.replace(old, new)
    return make_course(tmp_path, {"html/01-first-page.toml": text})


@pytest.mark.parametrize(
    ("remove", "line", "message"),
    [
        (
            "starter/index.html",
            12,
            f"'edit': the file {EXERCISE}/starter/index.html does not exist",
        ),
        ("starter", 12, f"'edit': the folder {EXERCISE}/starter/ does not exist"),
        ("test_page.py", 13, f"'tests': the file {EXERCISE}/test_page.py does not exist"),
        ("solution", 8, f"'path': the folder {EXERCISE}/solution/ does not exist"),
        ("", 8, f"'path': the folder {EXERCISE}/ does not exist"),
    ],
)
def test_missing_file_or_folder(tmp_path: Path, remove: str, line: int, message: str) -> None:
    root = course_with(tmp_path)
    target = root / EXERCISE / remove
    if target.is_dir():
        shutil.rmtree(target)
    else:
        target.unlink()
    course = load_course(root)
    problem = only_problem(course)
    assert (problem.line, problem.message) == (line, message)
    assert course.exercises == []  # the exercise is left out...
    assert len(course.lessons) == 1  # ...but the lesson stays


def test_a_folder_where_a_file_should_be(tmp_path: Path) -> None:
    root = course_with(tmp_path, old='tests = ["test_page.py"]', new='tests = ["starter"]')
    problem = only_problem(load_course(root))
    assert problem.line == 13
    assert problem.message == f"'tests': {STARTER} is a folder, not a file"


def test_missing_hidden_test(tmp_path: Path) -> None:
    root = course_with(tmp_path, extra='hidden = ["test_more.py"]\n')
    problem = only_problem(load_course(root))
    assert problem.line == 15
    assert problem.message.startswith(f"'hidden': the file {EXERCISE}/test_more.py does not exist")


def test_path_key_names_the_folder(tmp_path: Path) -> None:
    make_tests_exercise(tmp_path, "shared/page")
    root = course_with(tmp_path, extra='path = "shared/page"\n')
    shutil.rmtree(root / EXERCISE)
    course = load_course(root)
    assert course.problems == []
    assert course.exercises[0].folder == root / "exercises" / "shared" / "page"


def test_path_escaping_with_dot_dot(tmp_path: Path) -> None:
    root = course_with(tmp_path, old='tests = ["test_page.py"]', new='tests = ["../../secret.py"]')
    problem = only_problem(load_course(root))
    assert problem.line == 13
    assert problem.message == (
        '\'tests\': "../../secret.py" climbs out of its folder with ".."; '
        "every file must stay inside the course"
    )


def test_exercise_path_escaping_with_dot_dot(tmp_path: Path) -> None:
    root = course_with(tmp_path, extra='path = "../../etc"\n')
    problem = only_problem(load_course(root))
    assert problem.line == 15
    assert '"../../etc" climbs out of its folder' in problem.message


def test_absolute_path(tmp_path: Path) -> None:
    root = course_with(tmp_path, old='edit = ["index.html"]', new='edit = ["/etc/passwd"]')
    problem = only_problem(load_course(root))
    assert problem.line == 12
    assert problem.message.startswith("'edit': \"/etc/passwd\" is an absolute path;")


def test_windows_absolute_path(tmp_path: Path) -> None:
    root = course_with(tmp_path, old='tests = ["test_page.py"]', new='tests = ["C:/x/test.py"]')
    assert "is an absolute path" in only_problem(load_course(root)).message


def test_symlink_that_leads_outside(tmp_path: Path) -> None:
    outside = write(tmp_path / "outside" / "secret.py", "SECRET = 1\n")
    root = course_with(tmp_path / "course")
    test_file = root / EXERCISE / "test_page.py"
    test_file.unlink()
    os.symlink(outside, test_file)
    problem = only_problem(load_course(root))
    assert problem.line == 13
    assert problem.message == (
        f"'tests': {EXERCISE}/test_page.py is a symlink that leads outside the course folder"
    )


def test_symlinked_folder_that_leads_outside(tmp_path: Path) -> None:
    root = course_with(tmp_path / "course")
    real_starter = tmp_path / "elsewhere"
    shutil.move(root / EXERCISE / "starter", real_starter)
    os.symlink(real_starter, root / EXERCISE / "starter")
    problem = only_problem(load_course(root))
    assert "starter/ is a symlink that leads outside the course folder" in problem.message


def test_symlink_inside_the_course_is_fine(tmp_path: Path) -> None:
    root = course_with(tmp_path)
    shared = write(root / "exercises" / "shared" / "test_common.py", "def test_x():\n    pass\n")
    os.symlink(shared, root / EXERCISE / "test_page.py.link")
    (root / EXERCISE / "test_page.py").unlink()
    os.rename(root / EXERCISE / "test_page.py.link", root / EXERCISE / "test_page.py")
    assert load_course(root).problems == []


def tdd_lesson(mutants: str) -> str:
    text = sample_lesson(extra=mutants).replace('kind = "tests"', 'kind = "tdd"')
    return text.replace('edit = ["index.html"]', 'edit = ["test_grades.py"]')


def test_tdd_needs_its_mutant_folders(tmp_path: Path) -> None:
    make_tests_exercise(tmp_path, "html/first-page", edit="test_grades.py")
    mutant = '[[exercises.mutants]]\nname = "off-by-one"\ndescription = "90 is an A"\n'
    root = make_course(tmp_path, {"html/01-first-page.toml": tdd_lesson(mutant)})
    problem = only_problem(load_course(root))
    assert problem.line == 16  # name = "off-by-one"
    assert problem.message == (
        f"'mutants': the folder {EXERCISE}/mutants/off-by-one/ does not exist"
    )
    (root / EXERCISE / "mutants" / "off-by-one").mkdir(parents=True)
    course = load_course(root)
    assert course.problems == []
    (exercise,) = course.exercises
    assert exercise.kind is ExerciseKind.TDD
    assert exercise.details.mutants[0].path == root / EXERCISE / "mutants" / "off-by-one"


def test_tdd_needs_a_mutant(tmp_path: Path) -> None:
    make_tests_exercise(tmp_path, "html/first-page", edit="test_grades.py")
    root = make_course(tmp_path, {"html/01-first-page.toml": tdd_lesson("")})
    problem = only_problem(load_course(root))
    assert problem.line == 11
    assert "a tdd exercise needs at least one [[exercises.mutants]]" in problem.message


def test_tests_kind_needs_a_test_file(tmp_path: Path) -> None:
    root = course_with(tmp_path, old='tests = ["test_page.py"]\n', new="")
    problem = only_problem(load_course(root))
    assert problem.message == (
        "a tests exercise needs at least one test file in 'tests' or 'hidden'"
    )


def test_git_setup_script_must_exist(tmp_path: Path) -> None:
    extra = 'setup = "setup.py"\nsolution = ["git add index.html"]\n'
    root = course_with(tmp_path, old='kind = "tests"', new='kind = "git"', extra=extra)
    problem = only_problem(load_course(root))
    assert problem.line == 15
    assert problem.message == f"'setup': the file {EXERCISE}/setup.py does not exist"
    write(root / EXERCISE / "setup.py", "")
    (exercise,) = load_course(root).exercises
    assert exercise.details.setup == "setup.py"
    assert exercise.details.solution_commands == ("git add index.html",)


def test_quiz_needs_questions_but_no_folder(tmp_path: Path) -> None:
    text = 'title = "Q"\nsummary = "S"\n[[pages]]\ntitle = "P"\ntext = "T"\n'
    text += '[[exercises]]\nid = "q"\ntitle = "Q"\nkind = "quiz"\n'
    course = load_course(make_course(tmp_path, {"html/01-q.toml": text}))
    problem = only_problem(course)
    assert problem.line == 9
    assert problem.message == "a quiz needs at least one [[exercises.questions]]"


def test_lesson_file_symlinked_from_outside(tmp_path: Path) -> None:
    root = course_with(tmp_path / "course")
    outside = write(tmp_path / "outside.toml", sample_lesson("other"))
    link = root / "lessons" / "html" / "02-outside.toml"
    os.symlink(outside, link)
    course = load_course(root)
    problem = only_problem(course)
    assert problem.path == link
    assert problem.message == "this lesson file is a symlink that leads outside the course folder"
    assert [lesson.id for lesson in course.lessons] == ["html/first-page"]


def test_track_folder_symlinked_from_outside(tmp_path: Path) -> None:
    root = course_with(tmp_path / "course")
    shutil.move(root / "lessons" / "html", tmp_path / "html")
    os.symlink(tmp_path / "html", root / "lessons" / "html")
    problem = only_problem(load_course(root))
    assert problem.line == 4
    assert "lessons/html/ is a symlink that leads outside the course" in problem.message
