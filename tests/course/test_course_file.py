"""lessons/course.toml, track folders, and the sample course as a whole."""

from __future__ import annotations

from pathlib import Path

from course_helpers import make_course, only_problem, valid_course, write

from tutor import kinds
from tutor.course import ExerciseKind, Severity, load_course

SAMPLE = Path(__file__).parent / "data" / "sample"


def test_the_sample_course_loads_cleanly() -> None:
    course = load_course(SAMPLE)
    assert course.problems == []
    assert course.title == "Sample Course"
    assert course.show_solutions is True
    assert [track.id for track in course.tracks] == ["welcome", "python", "git"]
    assert [lesson.id for lesson in course.lessons] == [
        "welcome/using-the-tutor",
        "welcome/hello-function",
        "python/grades",
        "git/first-commit",
    ]
    quiz = course.exercise("tutor-quiz")
    assert quiz is not None and quiz.kind is ExerciseKind.QUIZ
    questions = kinds.of(quiz).questions(quiz)
    assert questions[0].answer == ("Enter",)
    assert questions[1].choices == ()
    assert questions[1].answer == ("4", "four")
    hello = course.exercise("hello-function")
    assert hello is not None
    assert hello.folder.is_absolute()
    assert (hello.starter_dir / "hello.py").is_file()
    assert [step.tests for step in hello.steps] == [
        ("test_hello_returns_a_string",),
        ("test_hello_greets_by_name",),
    ]
    grades = course.exercise("grades")
    assert grades is not None
    assert [m.name for m in grades.details.mutants] == ["off-by-one", "no-f"]
    commit = course.exercise("first-commit")
    assert commit is not None and commit.details.solution_commands[0] == "git add notes.txt"


def test_no_course_file(tmp_path: Path) -> None:
    course = load_course(tmp_path)
    problem = only_problem(course)
    assert problem.path == tmp_path / "lessons" / "course.toml"
    assert "there is no lessons/course.toml" in problem.message
    assert course.tracks == []


def test_track_folder_that_does_not_exist(tmp_path: Path) -> None:
    root = valid_course(tmp_path)
    course_toml = root / "lessons" / "course.toml"
    course_toml.write_text(
        course_toml.read_text() + '\n[[tracks]]\nid = "css"\ntitle = "CSS"\n', encoding="utf-8"
    )
    problem = only_problem(load_course(root))
    assert problem.path == course_toml
    assert problem.line == 8  # id = "css"
    assert problem.message == "the track folder lessons/css/ does not exist"


def test_course_file_unknown_key_and_wrong_type(tmp_path: Path) -> None:
    write(
        tmp_path / "lessons" / "course.toml",
        'title = "C"\nshow_solution = false\n[[tracks]]\nid = "html"\ntitle = 3\n',
    )
    (tmp_path / "lessons" / "html").mkdir()
    course = load_course(tmp_path)
    messages = sorted((p.line, p.message) for p in course.errors)
    assert messages == [
        (2, "unknown key 'show_solution': did you mean 'show_solutions'?"),
        (
            5,
            "'title' in track 'html' should be a string in quotes, like \"hello\", "
            "but it is the number 3",
        ),
    ]
    assert course.tracks == []


def test_lesson_folder_not_listed_as_a_track(tmp_path: Path) -> None:
    root = valid_course(tmp_path)
    write(root / "lessons" / "css" / "01-colours.toml", 'title = "Colours"\n')
    write(root / "lessons" / "loose.toml", 'title = "Loose"\n')
    course = load_course(root)
    assert course.errors == []
    warnings = {p.path.name: p.message for p in course.problems}
    assert all(p.severity is Severity.WARNING for p in course.problems)
    assert warnings["css"].startswith("this folder holds lesson files, but course.toml has no")
    assert warnings["loose.toml"].startswith("lesson files belong in a track folder")


def test_listed_track_without_lessons_is_a_warning(tmp_path: Path) -> None:
    root = make_course(tmp_path, {}, tracks=("html",))
    (problem,) = load_course(root).problems
    assert problem.severity is Severity.WARNING
    assert problem.line == 4
    assert problem.message == "the track 'html' has no lesson files in lessons/html/ yet"


def test_default_lesson_id_drops_the_number(tmp_path: Path) -> None:
    write(tmp_path / "lessons" / "html" / "07-forms.toml", 'title = "Forms"\nsummary = "S"\n')
    make_course(tmp_path, {})
    (lesson,) = load_course(tmp_path).lessons
    assert lesson.id == "html/forms"
    assert lesson.track_id == "html"
