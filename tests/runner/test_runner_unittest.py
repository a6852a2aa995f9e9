"""unittest TestCase checks run, and their failures read like a plain `assert`'s.

The instructor's tests are the fixture course's own (tests/verify/data/unittest_course,
exercism style); each learner program here makes one kind of mistake, and the
check runs through the real runner.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tutor.runner import CheckRequest, Result, run_check
from tutor.runner.result import Where

if TYPE_CHECKING:  # imported by name, pytest would try to collect it as a test class
    from tutor.runner.result import TestResult

COURSE = Path(__file__).resolve().parents[1] / "verify" / "data" / "unittest_course"
EXERCISES = COURSE / "exercises" / "unittest"


def check(tmp_path: Path, exercise: str, learner_code: str, tests: str | None = None) -> Result:
    """The learner's `exercise`.py against the course's `exercise`_test.py (or `tests`)."""
    workspace = tmp_path / "workspace"
    workspace.mkdir(parents=True)
    (workspace / f"{exercise}.py").write_text(learner_code, encoding="utf-8")
    test_file = EXERCISES / exercise / f"{exercise}_test.py"
    if tests is not None:
        course = tmp_path / "course"
        course.mkdir(parents=True)
        test_file = course / f"{exercise}_test.py"
        test_file.write_text(tests, encoding="utf-8")
    return run_check(CheckRequest(exercise, workspace, [test_file], timeout=10.0))


def named(result: Result, name: str) -> TestResult:
    found = [t for t in result.tests if t.name == name]
    assert found, [t.name for t in result.tests]
    return found[0]


def test_a_passing_testcase_passes(tmp_path: Path) -> None:
    """Every TestCase test used to error: "no option named 'trace'"."""
    solution = (EXERCISES / "square" / "solution" / "square.py").read_text(encoding="utf-8")
    result = check(tmp_path, "square", solution)
    assert result.status == "pass", [t.message for t in result.tests]
    assert result.total == 5


SQUARE_MISTAKES = (
    "def square(number):\n"
    "    if number < 0:\n"
    "        raise ValueError\n"
    "    if number in (3, 4):\n"
    "        return number * number - 1\n"
    "    return number * number\n"
)


def test_assert_equal_names_the_call_and_both_values(tmp_path: Path) -> None:
    result = check(tmp_path, "square", SQUARE_MISTAKES)
    failure = named(result, "square of 4")
    assert failure.message == "square(4) should give 16, but your code gave 15."
    assert (failure.expected, failure.actual) == ("16", "15")
    assert failure.where == Where("square.py", 1)


def test_the_first_failure_is_the_first_the_file_defines(tmp_path: Path) -> None:
    """unittest runs methods sorted by name: "square of 0" would come before "square of 4"."""
    result = check(tmp_path, "square", SQUARE_MISTAKES)
    assert [t.name for t in result.tests] == [
        "square of 1",
        "square of 4",
        "square of 0",
        "a table of squares",
        "negative number raises an error",
    ]
    first = result.first_failure
    assert first is not None and first.name == "square of 4"
    assert result.where == Where("square.py", 1)


def test_subtest_says_which_case_failed(tmp_path: Path) -> None:
    failure = named(check(tmp_path, "square", SQUARE_MISTAKES), "a table of squares")
    assert failure.message == "square(3) should give 9, but your code gave 8."
    assert (failure.expected, failure.actual) == ("9", "8")


def test_an_error_without_the_message_the_check_reads_is_named(tmp_path: Path) -> None:
    """`err.exception.args[0]` raising IndexError is the check's, not the learner's, IndexError."""
    failure = named(check(tmp_path, "square", SQUARE_MISTAKES), "negative number raises an error")
    assert failure.message is not None
    assert "Your ValueError needs a message, like " in failure.message
    assert 'raise ValueError("square of a negative number")' in failure.message
    assert "position" not in failure.message
    assert failure.where == Where("square.py", 3)


def test_assert_raises_with_no_error_raised(tmp_path: Path) -> None:
    code = "def square(number):\n    return number * number\n"
    failure = named(check(tmp_path, "square", code), "negative number raises an error")
    assert failure.message == (
        "square(-1) should raise ValueError, but your code raised no error. "
        'Add a `raise ValueError("...")` for this case.'
    )
    assert (failure.expected, failure.actual) == ("ValueError", "no error")


def test_assert_true_and_false(tmp_path: Path) -> None:
    result = check(tmp_path, "leap", "def leap_year(year):\n    return year % 4 == 0\n")
    failure = named(result, "year divisible by 100 not by 400 is common")
    assert failure.message == "leap_year(2100) should give False, but your code gave True."
    assert (failure.expected, failure.actual) == ("False", "True")
    assert failure.where == Where("leap.py", 1)


def test_assert_true_on_none_says_why_none(tmp_path: Path) -> None:
    result = check(tmp_path, "leap", "def leap_year(year):\n    pass\n")
    failure = named(result, "year divisible by 4 not by 100 is leap")
    assert failure.message is not None
    assert failure.message.startswith("leap_year(1996) should give True, but your code gave None.")
    assert "without `return` gives back None" in failure.message


def test_assert_count_equal_says_what_is_missing_and_extra(tmp_path: Path) -> None:
    code = (
        "def find_anagrams(word, candidates):\n"
        "    return [c for c in candidates if len(c) == len(word)]\n"
    )
    failure = named(check(tmp_path, "anagram", code), "detects two anagrams")
    assert failure.message == (
        "find_anagrams('master', ['stream', 'pigeon', 'maters']) "
        "should give ['maters', 'stream'] (in any order), but your code gave "
        "['stream', 'pigeon', 'maters']. Not expected: 'pigeon'."
    )
    assert failure.expected == "['maters', 'stream'] (in any order)"
    assert failure.actual == "['stream', 'pigeon', 'maters']"
    assert failure.where == Where("anagram.py", 1)


def test_assert_in_and_not_in_name_the_learners_side(tmp_path: Path) -> None:
    result = check(tmp_path, "anagram", "def find_anagrams(word, candidates):\n    return []\n")
    failure = named(result, "finds a capitalised anagram")
    assert failure.message == (
        'find_anagrams("orchestra", ["cashregister", "Carthorse"]) should contain '
        "'Carthorse', but your code gave []."
    )
    assert (failure.expected, failure.actual) == ("something containing 'Carthorse'", "[]")
    assert failure.where == Where("anagram.py", 1)
    same = "def find_anagrams(word, candidates):\n    return list(candidates)\n"
    failure = named(check(tmp_path / "2", "anagram", same), "a word is not its own anagram")
    assert failure.message == (
        'find_anagrams("banana", ["BANANA"]) should not contain '
        "'BANANA', but your code gave ['BANANA']."
    )


def test_assert_almost_equal_and_is_none(tmp_path: Path) -> None:
    code = (
        "def area(radius):\n    return 3.14 * radius * radius\n\n"
        "def parse_radius(text):\n    try:\n        return float(text)\n"
        "    except ValueError:\n        return -1\n"
    )
    result = check(tmp_path, "circle", code)
    unit = named(result, "area of a unit circle")
    assert unit.message == (
        "area(1) should give 3.14159 (to 4 decimal places), but your code gave 3.14."
    )
    assert (unit.expected, unit.actual) == ("3.14159 (to 4 decimal places)", "3.14")
    bigger = named(result, "area of a bigger circle")
    assert bigger.message is not None and "(give or take 0.001)" in bigger.message
    none = named(result, "text that is not a number gives none")
    assert none.message == 'parse_radius("two") should give None, but gave -1.'
    assert (none.expected, none.actual) == ("None", "-1")
    assert none.where == Where("circle.py", 4)


def test_assert_raises_as_a_call_and_with_a_message(tmp_path: Path) -> None:
    code = (
        "def grains_on(square):\n    if square > 64:\n"
        "        raise ValueError('bad square')\n    return 2 ** square\n"
    )
    result = check(tmp_path, "grains", code)
    call = named(result, "square 0 raises an error")
    assert call.message is not None
    assert call.message.startswith("grains_on(0) should raise ValueError, but your code raised")
    assert (call.expected, call.actual, call.where) == (
        "ValueError",
        "no error",
        Where("grains.py", 1),
    )
    regex = named(result, "square 65 raises an error with a message")
    assert regex.message == (
        "grains_on(65) raised ValueError as it should, but its message should be "
        "'square must be between 1 and 64', and your code's message was 'bad square'."
    )
    assert regex.expected == "ValueError('square must be between 1 and 64')"
    assert regex.actual == "ValueError('bad square')"


def test_the_wrong_kind_of_error_raised_on_purpose(tmp_path: Path) -> None:
    code = (
        "def grains_on(square):\n    if not 1 <= square <= 64:\n"
        "        raise TypeError('bad square')\n    return 2 ** (square - 1)\n"
    )
    result = check(tmp_path, "grains", code)
    for name in ("square 0 raises an error", "square 65 raises an error with a message"):
        failure = named(result, name)
        assert failure.message == (
            'Your code raised TypeError on purpose at line 3 of grains.py: "bad square". '
            "The check expected ValueError here, not TypeError: raise ValueError instead."
        )
        assert failure.where == Where("grains.py", 3)


OTHER_ASSERTIONS = """\
import unittest

from square import square


class OtherTest(unittest.TestCase):
    def test_expected_first(self):
        self.assertEqual(16, square(4))

    def test_instructor_message(self):
        self.assertEqual(square(4), 16, "four squared is sixteen")

    def test_long_text(self):
        self.assertEqual(str(square(4)) * 30, "16" * 30)

    def test_lists(self):
        self.assertListEqual([square(1), square(4)], [1, 16])

    def test_not_equal(self):
        self.assertNotEqual(square(4), 15)

    def test_greater(self):
        self.assertGreater(square(4), 15)

    def test_smaller_first(self):
        self.assertLess(15, square(4))

    def test_instance(self):
        self.assertIsInstance(square(4), str)

    def test_truth_of_an_expression(self):
        result = square(4)
        self.assertTrue(result % 2 == 0)

    def test_pattern(self):
        self.assertRegex(str(square(4)), r"^16$")

    def test_raises_regex_as_a_call(self):
        self.assertRaisesRegex(ValueError, "negative", square, -1)

    def test_cases_from_a_table(self):
        for case in [{"description": "three", "input": 3, "expected": 9}]:
            with self.subTest(case["description"]):
                self.assertEqual(square(case["input"]), case["expected"])

    def test_fail(self):
        self.fail("the instructor's own words")
"""


def test_other_assertions_read_plainly(tmp_path: Path) -> None:
    result = check(tmp_path, "square", "def square(n):\n    return n * n - 1\n", OTHER_ASSERTIONS)
    said = {t.name: t.message for t in result.tests}
    assert said == {
        "expected first": "square(4) should give 16, but your code gave 15.",
        "instructor message": "four squared is sixteen\n"
        "square(4) should give 16, but your code gave 15.",
        "long text": f"str(square(4)) * 30 should give {'16' * 30!r}, "
        f"but your code gave {'15' * 30!r}.",
        "lists": "[square(1), square(4)] should give [1, 16], but your code gave [0, 15].",
        "not equal": "square(4) should not give 15, but your code gave exactly that.",
        "greater": "square(4) should give a value greater than 15, but your code gave 15.",
        "smaller first": "square(4) should give a value greater than 15, but your code gave 15.",
        "instance": "square(4) should give a str, but gave 15, which is an int.",
        "truth of an expression": "This check needs `result % 2 == 0` to be true, but it is False.",
        "pattern": "str(square(4)) should match the pattern '^16$', but your code gave '15'.",
        "raises regex as a call": "square(-1) should raise ValueError, but your code raised "
        'no error. Add a `raise ValueError("negative")` for this case.',
        "cases from a table": 'In the case "three": square(3) should give 9, but your code gave 8.',
        "fail": "the instructor's own words",
    }
    for failure in result.tests:
        assert "chars]" not in (failure.message or "")
        assert "\n?" not in (failure.message or "")


@pytest.mark.parametrize("exercise", ["square", "leap", "anagram", "circle", "grains"])
def test_every_starter_failure_says_expected_and_got(tmp_path: Path, exercise: str) -> None:
    starter = EXERCISES / exercise / "starter"
    workspace = tmp_path / "workspace"
    shutil.copytree(starter, workspace)
    test_file = EXERCISES / exercise / f"{exercise}_test.py"
    result = run_check(CheckRequest(exercise, workspace, [test_file], timeout=10.0))
    assert result.status == "fail"
    for failure in result.tests:
        if failure.status == "pass":
            continue
        message = failure.message or ""
        assert "no option named" not in message
        assert "chars]" not in message and "\n?" not in message
        assert failure.where is not None and failure.where.file == f"{exercise}.py", failure
