"""An instructor's mistakes in a new course: each said in plain words, with its path:line.

Issue 16: a TOML error read as the parser's words and was followed by a
misleading `requires` error; `tutor verify` said "5 of 5 verified" with a
lesson left out, and did not know a left-out exercise.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from instructor_helpers import RunCli


@pytest.fixture
def school(tutor: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A course of two lessons (the second requires the first) and a quiz; cwd is the course."""
    assert tutor("new", "course", "school", "--title", "School").code == 0
    root = tmp_path / "school"
    monkeypatch.chdir(root)
    assert tutor("new", "exercise", "basics/first-lesson", "quiz").code == 0
    assert tutor("new", "lesson", "basics/second").code == 0
    second = root / "lessons" / "basics" / "02-second.toml"
    text = second.read_text(encoding="utf-8")
    second.write_text(
        text.replace("minutes = 15\n", 'minutes = 15\nrequires = ["basics/first-lesson"]\n'),
        encoding="utf-8",
    )
    assert tutor("lint").code == 0
    return root


def line_of(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text().splitlines(), 1) if text in line)


def test_an_unclosed_string_is_explained_and_its_lesson_gets_no_requires_error(
    tutor: RunCli, school: Path
) -> None:
    first = school / "lessons" / "basics" / "01-first-lesson.toml"
    first.write_text(
        first.read_text().replace('summary = "', 'summary = "oops\n', 1), encoding="utf-8"
    )
    line = line_of(first, 'summary = "oops')
    lint = tutor("lint")
    assert lint.code == 1
    assert (
        f"lessons/basics/01-first-lesson.toml:{line}:16: this is not valid TOML: the text that "
        'starts with " on this line has no closing " before the line ends' in lint.out
    )
    assert "Illegal character" not in lint.out
    assert "requires" not in lint.out  # the second lesson's requires names a lesson that exists
    assert "1 error, 0 warnings" in lint.out


def test_a_missing_equals_sign_is_explained(tutor: RunCli, school: Path) -> None:
    second = school / "lessons" / "basics" / "02-second.toml"
    second.write_text(second.read_text().replace("minutes = 15", "minutes 15"), encoding="utf-8")
    lint = tutor("lint")
    line = line_of(second, "minutes 15")
    assert (
        f"02-second.toml:{line}:9: this is not valid TOML: 'minutes 15' needs an = between the "
        'key and its value, like minutes = "..."' in lint.out
    )


def test_a_key_after_a_table_is_explained(tutor: RunCli, school: Path) -> None:
    second = school / "lessons" / "basics" / "02-second.toml"
    text = second.read_text().replace("minutes = 15\n", "")
    second.write_text(text.replace("[[exercises]]\n", "minutes = 15\n\n[[exercises]]\n", 1))
    lint = tutor("lint")
    line = line_of(second, "minutes = 15")
    assert f"02-second.toml:{line}: unknown key 'minutes' in page 1" in lint.out
    assert "move 'minutes' above the first [[pages]]" in lint.out


def test_verify_shows_what_errors_left_out_and_why(tutor: RunCli, school: Path) -> None:
    first = school / "lessons" / "basics" / "01-first-lesson.toml"
    first.write_text(first.read_text().replace('answer = "<h1>"', 'answer = ""'))
    quiz_line = line_of(first, 'answer = ""')
    second = school / "lessons" / "basics" / "02-second.toml"
    second.write_text(second.read_text().replace("minutes = 15", "minutes 15"))

    verify = tutor("verify")
    assert verify.code == 1
    assert "1 of 1 exercises verified." in verify.out
    assert "1 lesson and 1 exercise are left out of the course by errors:" in verify.out
    assert (
        f"lessons/basics/01-first-lesson.toml:{quiz_line}: the exercise 'first-lesson-quiz' is "
        "left out: question 1: an answer is empty" in verify.out
    )
    assert "lessons/basics/02-second.toml:" in verify.out
    assert "the lesson 'basics/second' is left out: this is not valid TOML" in verify.out

    rows = json.loads(tutor("verify", "--json").out)
    left_out = {row["exercise"]: row for row in rows if "left_out" in row}
    assert left_out["first-lesson-quiz"]["ok"] is False
    assert left_out["first-lesson-quiz"]["what"] == "exercise"
    assert left_out["first-lesson-quiz"]["left_out"].startswith("question 1: an answer is empty")
    assert left_out["first-lesson-quiz"]["where"].endswith(f"01-first-lesson.toml:{quiz_line}")
    assert any(row["what"] == "lesson" for row in left_out.values())

    one = tutor("verify", "first-lesson-quiz")
    assert one.code == 2
    assert "'first-lesson-quiz' is left out of the course because of an error" in one.err
    assert f"01-first-lesson.toml:{quiz_line}: question 1: an answer is empty" in one.err

    unknown = tutor("verify", "second")  # its lesson could not be read: maybe in there
    assert unknown.code == 2
    assert "1 lesson(s) are left out because of errors" in unknown.err
    assert "lessons/basics/02-second.toml:" in unknown.err


def test_a_nearly_right_path_suggests_the_real_file(tutor: RunCli, school: Path) -> None:
    first = school / "lessons" / "basics" / "01-first-lesson.toml"
    first.write_text(
        first.read_text().replace('tests = ["test_greet.py"]', 'tests = ["test_gret.py"]')
    )
    lint = tutor("lint")
    assert lint.code == 1
    assert (
        f"01-first-lesson.toml:{line_of(first, 'test_gret.py')}: 'tests': the file "
        "exercises/basics/first-lesson/test_gret.py does not exist; did you mean test_greet.py?"
        in lint.out
    )


def test_lint_finds_a_test_file_python_cannot_read(tutor: RunCli, school: Path) -> None:
    test_file = school / "exercises" / "basics" / "first-lesson" / "test_greet.py"
    test_file.write_text(test_file.read_text() + "\ndef test_more(:\n    pass\n")
    line = line_of(test_file, "def test_more(:")
    lint = tutor("lint")
    assert lint.code == 1
    assert (
        f"exercises/basics/first-lesson/test_greet.py:{line}:" in lint.out
        and "Python cannot read this test file (" in lint.out
        and "every check of exercise 'first-lesson' would fail" in lint.out
    )
