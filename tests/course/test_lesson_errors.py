"""Each mistake an author can make in a lesson file gives one clear `file:line: message`."""

from __future__ import annotations

from pathlib import Path

from course_helpers import make_course, make_tests_exercise, only_problem, sample_lesson, write

from tutor.course import Severity, load_course


def lesson_course(tmp_path: Path, text: str, exercise: str = "html/first-page") -> Path:
    make_tests_exercise(tmp_path, exercise)
    return make_course(tmp_path, {"html/01-first-page.toml": text})


def lesson_path(root: Path) -> Path:
    return root / "lessons" / "html" / "01-first-page.toml"


def test_a_valid_lesson_has_no_problems(tmp_path: Path) -> None:
    course = load_course(lesson_course(tmp_path, sample_lesson()))
    assert course.problems == []
    (exercise,) = course.exercises
    assert exercise.id == "first-page"
    assert exercise.line == 8
    assert exercise.folder == tmp_path / "exercises" / "html" / "first-page"
    assert course.lessons[0].id == "html/first-page"


def test_syntax_error_gives_line_and_column(tmp_path: Path) -> None:
    text = 'title = "A"\nsummary = "B"\nminutes = twenty\n'
    course = load_course(lesson_course(tmp_path, text))
    problem = only_problem(course)
    assert problem.path == lesson_path(tmp_path)
    assert (problem.line, problem.column) == (3, 11)
    assert "not valid TOML" in problem.message
    assert 'strings need quotes, like "hello"' in problem.message
    assert str(problem).startswith(f"{lesson_path(tmp_path)}:3:11: ")
    assert course.lessons == []


def test_unknown_key_suggests_the_right_one_on_its_line(tmp_path: Path) -> None:
    text = sample_lesson().replace('hints = ["gentle", "closer"]', 'hint = ["gentle", "closer"]')
    course = load_course(lesson_course(tmp_path, text))
    problem = only_problem(course)
    assert problem.line == 14
    assert problem.message == ("unknown key 'hint' in exercise 'first-page': did you mean 'hints'?")


def test_key_after_a_sub_section_header_is_explained(tmp_path: Path) -> None:
    text = sample_lesson(extra='[[exercises.steps]]\ntitle = "One"\ntests = ["test_has_h1"]\n')
    text += "timeout = 10\n"
    problem = only_problem(load_course(lesson_course(tmp_path, text)))
    assert problem.line == 18
    assert "'timeout' belongs one level up" in problem.message
    assert "move 'timeout' above the first [[exercises.steps]]" in problem.message


def test_missing_required_key(tmp_path: Path) -> None:
    text = sample_lesson().replace('kind = "tests"\n', "")
    course = load_course(lesson_course(tmp_path, text))
    problem = only_problem(course)
    assert problem.line == 8  # the [[exercises]] header
    assert problem.message.startswith("exercise 'first-page' needs 'kind': How the exercise is")
    assert course.exercises == []  # the exercise is left out, the lesson stays
    assert len(course.lessons) == 1


def test_wrong_type_says_what_was_expected_and_found(tmp_path: Path) -> None:
    text = sample_lesson().replace('hints = ["gentle", "closer"]', 'hints = "gentle"')
    problem = only_problem(load_course(lesson_course(tmp_path, text)))
    assert problem.line == 14
    assert problem.message == (
        "'hints' in exercise 'first-page' should be a list of strings, like [\"a\", \"b\"], "
        'but it is a string ("gentle")'
    )


def test_wrong_item_type_in_a_list(tmp_path: Path) -> None:
    text = sample_lesson(lesson_extra='requires = ["html/a", 3]\n')
    problem = only_problem(load_course(lesson_course(tmp_path, text)))
    assert problem.line == 3
    assert problem.message.endswith("but item 2 is the number 3")


def test_wrong_type_at_lesson_level_leaves_the_lesson_out(tmp_path: Path) -> None:
    text = sample_lesson().replace('title = "Your first web page"', "title = 12")
    course = load_course(lesson_course(tmp_path, text))
    problem = only_problem(course)
    assert problem.line == 1
    assert "'title' should be a string in quotes" in problem.message
    assert course.lessons == []


def test_bad_kind_suggests_a_kind(tmp_path: Path) -> None:
    text = sample_lesson().replace('kind = "tests"', 'kind = "test"')
    problem = only_problem(load_course(lesson_course(tmp_path, text)))
    assert problem.line == 11
    assert problem.message == (
        '\'kind\' in exercise \'first-page\' should be one of "tests", "tdd", "git", "quiz", '
        '"project", but it is "test": did you mean "tests"?'
    )


def test_duplicate_exercise_id_across_lessons(tmp_path: Path) -> None:
    make_tests_exercise(tmp_path, "html/first-page")
    second = sample_lesson().replace("[[exercises]]", '[[exercises]]\npath = "html/first-page"')
    make_course(
        tmp_path,
        {"html/01-first-page.toml": sample_lesson(), "html/02-second.toml": second},
    )
    course = load_course(tmp_path)
    problem = only_problem(course)
    assert problem.path == tmp_path / "lessons" / "html" / "02-second.toml"
    assert problem.line == 10
    assert "the exercise id 'first-page' is already used in" in problem.message
    assert str(lesson_path(tmp_path)) in problem.message
    assert [exercise.lesson_id for exercise in course.exercises] == ["html/first-page"]


def test_duplicate_lesson_id(tmp_path: Path) -> None:
    make_tests_exercise(tmp_path, "html/other")
    second = sample_lesson("other", lesson_extra='id = "html/first-page"\n')
    lessons = {"html/01-first-page.toml": sample_lesson(), "html/02-second.toml": second}
    make_tests_exercise(tmp_path, "html/first-page")
    course = load_course(make_course(tmp_path, lessons))
    problem = only_problem(course)
    assert problem.path.name == "02-second.toml"
    assert problem.line == 3
    assert "the lesson id 'html/first-page' is already used by" in problem.message
    assert [lesson.id for lesson in course.lessons] == ["html/first-page"]


def test_requires_names_an_unknown_lesson(tmp_path: Path) -> None:
    text = sample_lesson(lesson_extra='requires = ["html/first-pag"]\n')
    course = load_course(lesson_course(tmp_path, text))
    problem = only_problem(course)
    assert problem.line == 3
    assert problem.message == (
        "'requires' names 'html/first-pag', but no lesson has that id: "
        "did you mean 'html/first-page'?"
    )
    assert course.lessons[0].requires == ()


def test_requires_cycle_is_named(tmp_path: Path) -> None:
    for name in ("a", "b", "c"):
        make_tests_exercise(tmp_path, f"html/{name}")
    lessons = {
        "html/01-a.toml": sample_lesson("a", lesson_extra='requires = ["html/c"]\n'),
        "html/02-b.toml": sample_lesson("b", lesson_extra='requires = ["html/a"]\n'),
        "html/03-c.toml": sample_lesson("c", lesson_extra='requires = ["html/b"]\n'),
    }
    course = load_course(make_course(tmp_path, lessons))
    cycles = [p for p in course.errors if "circle" in p.message]
    assert len(cycles) == 1, course.problems
    (cycle,) = cycles
    # Found walking from the first lesson, so reported where the walk closes the circle.
    assert cycle.path.name == "02-b.toml"
    assert cycle.line == 3
    assert "html/a -> html/c -> html/b -> html/a" in cycle.message
    assert [lesson.requires for lesson in course.lessons] == [("html/c",), (), ("html/b",)]


def test_a_lesson_requiring_itself(tmp_path: Path) -> None:
    text = sample_lesson(lesson_extra='requires = ["html/first-page"]\n')
    problem = only_problem(load_course(lesson_course(tmp_path, text)))
    assert "html/first-page -> html/first-page" in problem.message


def test_quiz_answer_not_among_choices(tmp_path: Path) -> None:
    text = """\
        title = "Quiz"
        summary = "A quiz."
        [[pages]]
        title = "P"
        text = "T"
        [[exercises]]
        id = "tags"
        title = "Tags"
        kind = "quiz"
          [[exercises.questions]]
          text = "Which tag makes the biggest heading?"
          choices = ["<h1>", "<h6>", "<head>"]
          answer = "<H1>"
        """
    write(tmp_path / "lessons" / "html" / "01-first-page.toml", text)
    make_course(tmp_path, {})
    course = load_course(tmp_path)
    problem = only_problem(course)
    assert problem.line == 13
    assert 'the answer "<H1>" is not one of the choices ("<h1>", "<h6>", "<head>")' in (
        problem.message
    )
    assert course.exercises == []


def test_one_broken_lesson_does_not_stop_the_others(tmp_path: Path) -> None:
    make_tests_exercise(tmp_path, "html/first-page")
    make_tests_exercise(tmp_path, "html/third")
    lessons = {
        "html/01-first-page.toml": sample_lesson(),
        "html/02-broken.toml": 'title = "unclosed\n',
        "html/03-third.toml": sample_lesson("third"),
    }
    course = load_course(make_course(tmp_path, lessons))
    problem = only_problem(course)
    assert problem.path.name == "02-broken.toml"
    assert problem.line == 1
    assert [lesson.id for lesson in course.lessons] == ["html/first-page", "html/third"]


def test_warnings_for_few_hints_no_pages_no_summary(tmp_path: Path) -> None:
    text = 'title = "Bare"\n[[exercises]]\nid = "first-page"\ntitle = "T"\nkind = "tests"\n'
    text += 'tests = ["test_page.py"]\nedit = ["index.html"]\nhints = ["one"]\n'
    course = load_course(lesson_course(tmp_path, text))
    assert course.errors == []
    warnings = sorted((p.line, p.message) for p in course.problems)
    assert all(p.severity is Severity.WARNING for p in course.problems)
    assert warnings == [
        (1, "add a one-sentence 'summary' of what the learner will be able to do"),
        (1, "this lesson has no [[pages]]: add at least one page that teaches the idea"),
        (8, "give at least 2 hints: a gentle one first, then one nearly the answer"),
    ]
    assert len(course.exercises) == 1  # warnings leave everything in


def test_not_utf8(tmp_path: Path) -> None:
    root = lesson_course(tmp_path, sample_lesson())
    lesson_path(root).write_bytes(b'title = "caf\xe9"\n')
    problem = only_problem(load_course(root))
    assert problem.line == 1
    assert "not UTF-8" in problem.message


def test_requiring_a_broken_lesson_is_not_a_second_error(tmp_path: Path) -> None:
    make_tests_exercise(tmp_path, "html/second")
    lessons = {
        "html/01-first-page.toml": 'title = 5\nsummary = "S"\n',
        "html/02-second.toml": sample_lesson(
            "second", lesson_extra='requires = ["html/first-page"]\n'
        ),
    }
    course = load_course(make_course(tmp_path, lessons))
    problem = only_problem(course)
    assert problem.path.name == "01-first-page.toml"
    assert course.lessons[0].requires == ()  # left open rather than locked forever


def test_requiring_a_later_lesson_is_a_warning(tmp_path: Path) -> None:
    make_tests_exercise(tmp_path, "html/first-page")
    make_tests_exercise(tmp_path, "html/second")
    lessons = {
        "html/01-first-page.toml": sample_lesson(lesson_extra='requires = ["html/second"]\n'),
        "html/02-second.toml": sample_lesson("second"),
    }
    (problem,) = load_course(make_course(tmp_path, lessons)).problems
    assert problem.severity is Severity.WARNING
    assert problem.line == 3
    assert problem.message == (
        "'requires' names 'html/second', which comes later in the course; "
        "learners will meet this lesson locked"
    )
