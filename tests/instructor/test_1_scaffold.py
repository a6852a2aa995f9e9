"""Step 1: an instructor scaffolds a lesson and an exercise of every kind, lints, verifies."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from instructor_helpers import RunCli, learner

from tutor.course import load_course
from tutor.instructor.authoring import EXERCISE_KINDS


def test_a_new_lesson_with_an_exercise_of_every_kind_lints_and_verifies(
    tutor: RunCli, course: Path
) -> None:
    made = tutor("new", "lesson", "web/first-steps", "--course", str(course))
    assert made.code == 0, made.err
    assert "placeholder" in made.out  # the instructor is told the starter/solution are stand-ins
    for kind in EXERCISE_KINDS:
        if kind != "tests":
            added = tutor("new", "exercise", "web/first-steps", kind, "--course", str(course))
            assert added.code == 0, added.err

    lesson_file = course / "lessons" / "web" / "01-first-steps.toml"
    first_line = lesson_file.read_text(encoding="utf-8").splitlines()[0]
    assert first_line.startswith("#:schema ") and first_line.endswith("lesson.schema.json")
    schema = (lesson_file.parent / first_line.split(" ", 1)[1]).resolve()
    assert schema.is_file(), "the #:schema line must lead to the schema, relative to the file"

    loaded = load_course(course)
    assert loaded.problems == []
    assert [e.id for e in loaded.exercises] == [
        "first-steps",
        *(f"first-steps-{kind}" for kind in EXERCISE_KINDS if kind != "tests"),
    ]

    lint = tutor("lint", str(course))
    assert lint.code == 0, lint.out
    assert "0 errors, 0 warnings" in lint.out

    # (`tutor verify DIR` with the course folder itself selects nothing: use --course.)
    verify = tutor("verify", "--json", "--course", str(course))
    reports = json.loads(verify.out)
    assert verify.code == 0, [r for r in reports if not r["ok"]]
    assert {r["kind"] for r in reports} == {"tests", "git", "tdd", "quiz", "project"}
    assert all(r["ok"] for r in reports) and len(reports) == len(EXERCISE_KINDS)


def test_the_track_is_added_to_course_toml_and_lessons_are_numbered(
    tutor: RunCli, course: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(course / "lessons")  # inside the course: no --course needed
    assert tutor("new", "lesson", "sql/select", "--kind", "sql").code == 0
    assert tutor("new", "lesson", "sql/join", "--kind", "sql").code == 0
    assert sorted(p.name for p in (course / "lessons" / "sql").iterdir()) == [
        "01-select.toml",
        "02-join.toml",
    ]
    course_toml = (course / "lessons" / "course.toml").read_text(encoding="utf-8")
    assert course_toml.count('id = "sql"') == 1
    assert (course / "exercises" / "sql" / "join" / "seed.sql").is_file()


def test_mistakes_get_plain_sentences(tutor: RunCli, course: Path) -> None:
    no_slash = tutor("new", "lesson", "tables", "--course", str(course))
    assert no_slash.code == 2 and "TRACK/NAME" in no_slash.err

    tutor("new", "lesson", "web/tables", "--course", str(course))
    twice = tutor("new", "lesson", "web/tables", "--course", str(course))
    assert twice.code == 2 and "already has a lesson called 'tables'" in twice.err

    kind = tutor("new", "exercise", "web/tables", "video", "--course", str(course))
    assert kind.code == 2 and "Choose one of: tests, html, css" in kind.err

    lesson = tutor("new", "exercise", "web/chairs", "html", "--course", str(course))
    assert lesson.code == 2 and "There is no lesson 'web/chairs'" in lesson.err

    taken = tutor("new", "exercise", "web/tables", "html", "--id=tables", f"--course={course}")
    assert taken.code == 2 and "already used" in taken.err

    nowhere = tutor("new", "lesson", "web/x", "--course", str(course / "nothing"))
    assert nowhere.code == 2 and "There is no course" in nowhere.err


@pytest.mark.parametrize(
    ("kind", "lesson_kind", "starter_says"),
    [
        ("dom", "tests", "After a click on the button #greet, #message should say Hello!"),
        ("jstest", "tests", "Expected: 8\nReceived: 0"),
        ("jstdd", "tdd", "Your tests do not check that the tax is added to the price."),
    ],
)
def test_the_javascript_templates_verify_as_made_and_fail_for_the_reason_given(
    tutor: RunCli, course: Path, tmp_path: Path, kind: str, lesson_kind: str, starter_says: str
) -> None:
    made = tutor("new", "lesson", f"web/{kind}-first", "--kind", kind, "--course", str(course))
    assert made.code == 0, made.err
    added = tutor("new", "exercise", f"web/{kind}-first", kind, "--course", str(course))
    assert added.code == 0, added.err

    lint = tutor("lint", "--course", str(course))
    assert lint.code == 0 and "0 errors, 0 warnings" in lint.out, lint.out
    verify = tutor("verify", "--json", "--course", str(course))
    reports = json.loads(verify.out)
    assert verify.code == 0, [r for r in reports if not r["ok"]]
    assert [r["kind"] for r in reports] == [lesson_kind, lesson_kind]

    # A learner who starts the scaffold sees the placeholder's own sentence, not a crash.
    with learner(tmp_path / "learner-home"):
        exercise = f"{kind}-first"
        assert tutor("start", exercise, "--course", str(course)).code == 0
        checked = json.loads(tutor("check", exercise, "--json", "--course", str(course)).out)
    messages = "\n".join(t["message"] or "" for t in checked["tests"] if t["status"] != "pass")
    assert starter_says in messages, messages


def test_new_lesson_outside_a_course_refuses_and_writes_nowhere(
    tutor: RunCli, tmp_path: Path
) -> None:
    from tutor.locations import bundled_course_dir

    bundled_lessons = sorted((bundled_course_dir() / "lessons").rglob("*.toml"))
    refused = tutor("new", "lesson", "web/tables")  # tmp_path: no course here or above
    assert refused.code == 2
    assert "not inside a course" in refused.err and "tutor new course DIR" in refused.err
    assert sorted((bundled_course_dir() / "lessons").rglob("*.toml")) == bundled_lessons
    assert not list(tmp_path.rglob("*.toml"))


def test_new_course_makes_a_course_that_lints_and_verifies(
    tutor: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = tutor("new", "course", "evening-class", "--title", "Evening Class")
    assert made.code == 0, made.err
    root = tmp_path / "evening-class"
    assert load_course(root).title == "Evening Class"
    assert load_course(root).problems == []

    monkeypatch.chdir(root)  # as the command's last line says: run lint and verify there
    lint = tutor("lint")
    assert lint.code == 0 and "0 errors, 0 warnings" in lint.out, lint.out
    verify = tutor("verify")
    assert verify.code == 0 and "1 of 1 exercises verified" in verify.out, verify.out
    assert tutor("new", "lesson", "basics/second").code == 0  # the course is found from here

    again = tutor("new", "course", str(root))
    assert again.code == 2 and "There is a course in" in again.err


@pytest.mark.parametrize(
    ("answer", "said"),
    [
        ('answer = ""', "question 1: an answer is empty, so a learner who types nothing"),
        ('answer = ["<h1>", " "]', "question 1: an answer is empty"),
        ('answer = "<h2>"', 'question 1: the answer "<h2>" is not one of the choices'),
    ],
)
def test_a_quiz_answer_that_is_empty_or_not_a_choice_is_a_lint_error(
    tutor: RunCli, course: Path, answer: str, said: str
) -> None:
    tutor("new", "lesson", "web/tags", "--course", str(course))
    assert tutor("new", "exercise", "web/tags", "quiz", "--course", str(course)).code == 0
    lesson = course / "lessons" / "web" / "01-tags.toml"
    text = lesson.read_text(encoding="utf-8")
    assert 'answer = "<h1>"' in text
    lesson.write_text(text.replace('answer = "<h1>"', answer), encoding="utf-8")
    line = next(n for n, t in enumerate(lesson.read_text().splitlines(), 1) if t.strip() == answer)

    lint = tutor("lint", str(course))
    assert lint.code == 1
    assert f"01-tags.toml:{line}: {said}" in lint.out
