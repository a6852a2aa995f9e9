"""lint(): the whole course or only some paths, and the printed report."""

from __future__ import annotations

from pathlib import Path

from course_helpers import make_course, make_tests_exercise, sample_lesson, write

from tutor.course import Problem, Severity, format_problems, lint


def two_lesson_course(tmp_path: Path) -> Path:
    for name in ("first-page", "second"):
        make_tests_exercise(tmp_path, f"html/{name}")
    broken = sample_lesson("second").replace('kind = "tests"', 'kind = "tests"\ntimout = 3')
    return make_course(
        tmp_path,
        {"html/01-first-page.toml": 'title = "x\n', "html/02-second.toml": broken},
    )


def test_lint_whole_course(tmp_path: Path) -> None:
    problems = lint(two_lesson_course(tmp_path))
    assert sorted(p.path.name for p in problems) == ["01-first-page.toml", "02-second.toml"]


def test_lint_only_given_paths(tmp_path: Path) -> None:
    root = two_lesson_course(tmp_path)
    (problem,) = lint(root, [root / "lessons" / "html" / "02-second.toml"])
    assert problem.message == "unknown key 'timout' in exercise 'second': did you mean 'timeout'?"
    assert len(lint(root, [root / "lessons"])) == 2
    assert lint(root, [root / "exercises"]) == []


def test_lint_warns_about_steps_naming_missing_tests(tmp_path: Path) -> None:
    make_tests_exercise(tmp_path, "html/first-page")
    steps = '[[exercises.steps]]\ntitle = "Heading"\ntests = ["test_has_h1", "test_has_h2"]\n'
    root = make_course(tmp_path, {"html/01-first-page.toml": sample_lesson(extra=steps)})
    (problem,) = lint(root)
    assert problem.severity is Severity.WARNING
    assert problem.line == 8
    assert problem.message == (
        "exercise 'first-page', step 'Heading': no test file of this exercise "
        "defines a test named 'test_has_h2'"
    )


def test_format_problems_sorts_by_path_and_line(tmp_path: Path) -> None:
    problems = [
        Problem(tmp_path / "b.toml", 3, "third"),
        Problem(tmp_path / "a.toml", 10, "second", Severity.WARNING),
        Problem(tmp_path / "a.toml", 2, "first", column=5),
        Problem(tmp_path / "a.toml", None, "no line"),
    ]
    assert format_problems(problems, base=tmp_path) == "\n".join(
        [
            "a.toml: no line",
            "a.toml:2:5: first",
            "a.toml:10: warning: second",
            "b.toml:3: third",
            "3 errors, 1 warning",
        ]
    )


def test_format_problems_keeps_paths_outside_base(tmp_path: Path) -> None:
    outside = Path("/elsewhere/lesson.toml")
    text = format_problems([Problem(outside, 1, "m")], base=tmp_path)
    assert text.splitlines()[0] == "/elsewhere/lesson.toml:1: m"


def course_with_reference(tmp_path: Path, page_text: str) -> Path:
    make_tests_exercise(tmp_path, "html/first-page")
    lesson = sample_lesson().replace('"Browsers read HTML."', f'"""\n{page_text}\n"""')
    root = make_course(tmp_path, {"html/01-first-page.toml": lesson})
    write(root / "reference" / "css" / "06-flexbox.md", "# Flexbox\n\nRows and columns.\n")
    write(root / "reference" / "css" / "07-grid.md", "# Grid\n\nTwo-way layout.\n")
    return root


def test_lint_warns_about_a_reference_file_that_does_not_exist(tmp_path: Path) -> None:
    root = course_with_reference(tmp_path, "Read more.\nThe page (reference/css.md) has more.")
    (problem,) = lint(root)
    assert problem.severity is Severity.WARNING
    assert (problem.path.name, problem.line) == ("01-first-page.toml", 8)
    assert problem.message == (
        "reference/css.md does not exist, so a learner who looks for it finds nothing: "
        "link to one of the css pages with [words](ref:css/NAME): css/flexbox, css/grid"
    )


def test_lint_suggests_the_closest_page_for_a_dead_ref_link(tmp_path: Path) -> None:
    root = course_with_reference(tmp_path, "See [flex](ref:css/flexbx) and [grid](ref:css/grid).")
    (problem,) = lint(root)
    assert problem.line == 7
    assert problem.message == (
        "the link ref:css/flexbx names no reference page: did you mean [words](ref:css/flexbox)?"
    )


def test_lint_accepts_pointers_that_exist(tmp_path: Path) -> None:
    text = "See [grid](ref:css/grid), reference/css/07-grid.md and exercises/html/first-page."
    assert lint(course_with_reference(tmp_path, text)) == []


def test_lint_warns_about_a_course_file_that_does_not_exist(tmp_path: Path) -> None:
    root = course_with_reference(tmp_path, "Open exercises/html/frist-page/starter.")
    (problem,) = lint(root)
    assert problem.message == (
        "exercises/html/frist-page/starter does not exist in this course: "
        "did you mean exercises/html/first-page?"
    )


def test_lint_finds_dead_links_between_reference_pages(tmp_path: Path) -> None:
    root = course_with_reference(tmp_path, "Nothing here.")
    units = "# Units\n\nSizes.\n\nSee [g](ref:css/gird).\n"
    write(root / "reference" / "css" / "08-units.md", units)
    (problem,) = lint(root)
    assert (problem.path.name, problem.line) == ("08-units.md", 5)
    assert "did you mean [words](ref:css/grid)?" in problem.message


def test_a_step_may_give_its_checks_a_hint(tmp_path: Path) -> None:
    from tutor.course import load_course

    make_tests_exercise(tmp_path, "html/first-page")
    steps = '[[exercises.steps]]\ntitle = "Heading"\ntests = ["test_has_h1"]\nhint = "Use <h1>."\n'
    root = make_course(tmp_path, {"html/01-first-page.toml": sample_lesson(extra=steps)})
    assert lint(root) == []
    (step,) = load_course(root).exercises[0].steps
    assert step.hint == "Use <h1>."


def test_an_empty_step_hint_is_a_mistake(tmp_path: Path) -> None:
    make_tests_exercise(tmp_path, "html/first-page")
    steps = '[[exercises.steps]]\ntitle = "Heading"\ntests = ["test_has_h1"]\nhint = ""\n'
    root = make_course(tmp_path, {"html/01-first-page.toml": sample_lesson(extra=steps)})
    (problem,) = lint(root)
    assert "hint" in problem.message


def quiz_lesson(places: list[int]) -> str:
    """A lesson with one quiz whose question n has its right answer at choice places[n]."""
    questions = ""
    for number, place in enumerate(places):
        choices = [f"wrong {number} {i}" for i in range(3)]
        choices[place] = f"right {number}"
        listed = ", ".join(f'"{choice}"' for choice in choices)
        questions += (
            f'\n[[exercises.questions]]\ntext = "Question {number}?"\n'
            f'choices = [{listed}]\nanswer = "right {number}"\n'
        )
    return (
        'title = "Review"\nsummary = "A quiz."\n\n[[pages]]\ntitle = "Looking back"\n'
        'text = "What you learnt."\n\n[[exercises]]\nid = "review-quiz"\n'
        'title = "Quiz"\nkind = "quiz"\ntask = "Answer."\n' + questions
    )


def test_lint_warns_when_every_quiz_answer_is_the_same_choice(tmp_path: Path) -> None:
    root = make_course(tmp_path, {"html/01-review.toml": quiz_lesson([0, 0, 0])})
    (problem,) = lint(root)
    assert problem.severity is Severity.WARNING
    assert problem.message.startswith("quiz 'review-quiz': every right answer is choice 1")


def test_lint_accepts_quiz_answers_in_different_places(tmp_path: Path) -> None:
    root = make_course(tmp_path, {"html/01-review.toml": quiz_lesson([1, 0, 2])})
    assert lint(root) == []
