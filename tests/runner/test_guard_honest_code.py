"""Ordinary learner code passes under the guard: no tampering seen where there is none.

The guard (tutor/runner/guard.py), the strict comparisons (strict.py) and the
reading of the learner's files (inspection.py) must not mistake what beginners
and the standard library do every day for tampering: class attributes,
dataclasses, closures, printing, sorting with a key, recursion, generators,
exceptions and their tracebacks, logging, namedtuples and enums (which take a
frame inside the standard library), reading files, a TDD learner's own tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.runner import CheckRequest, run_check

HONEST = """
import collections
import dataclasses
import enum
import functools
import json
import logging
import traceback
import typing
from decimal import Decimal
from fractions import Fraction


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.__class__.label = "counted"


@dataclasses.dataclass(frozen=True)
class Point:
    x: int
    y: int


@functools.total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __hash__(self):
        return hash(self.cents)


Pair = collections.namedtuple("Pair", "left right")
Colour = enum.Enum("Colour", "RED GREEN")


class Size(enum.IntEnum):
    SMALL = 1
    LARGE = 2


class Row(typing.NamedTuple):
    name: str
    score: int


def make_adder(n):
    def add(x):
        return x + n
    return add


def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


def evens(limit):
    for number in range(limit):
        if number % 2 == 0:
            yield number


def safe_divide(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        traceback.print_exc()
        logging.getLogger("learner").warning("divided by zero")
        return None


def by_length(words):
    return sorted(words, key=len)


def read_numbers(path):
    with open(path, encoding="utf-8") as handle:
        return [int(line) for line in handle]


def greeting(name):
    print(f"Hello, {name}!")
    return f"Hello, {name}!"


def totals():
    return {"apples": 3, "pears": 2}, [Decimal("1.10"), Fraction(1, 2)]
"""

TESTS = """
import json
from pathlib import Path

import pytest

from honest import *


def test_class_attributes():
    before = Counter.count
    Counter()
    Counter()
    assert Counter.count == before + 2
    assert Counter.label == "counted"


def test_dataclass_and_ordering():
    assert Point(1, 2) == Point(1, 2)
    assert Point(1, 2) != Point(2, 1)
    assert Money(5) == Money(5)
    assert Money(3) < Money(5)
    assert Point(1, 2) in [Point(1, 2)]


def test_numbers_and_enums():
    assert 1 == 1.0
    assert Size.SMALL == 1
    assert Size.LARGE in [1, 2]
    assert Colour.RED != Colour.GREEN
    assert Decimal("1.10") + Decimal("0.40") == Decimal("1.50")
    assert Fraction(1, 2) == 0.5
    assert 0.1 + 0.2 == pytest.approx(0.3)
    assert [0.1 + 0.2, 1.0] == pytest.approx([0.3, 1.0])


def test_tuples():
    assert Pair(1, 2) == (1, 2)
    assert Row("ada", 3) == ("ada", 3)
    assert Row("ada", 3).score == 3


def test_closures_recursion_generators():
    assert make_adder(2)(3) == 5
    assert factorial(10) == 3628800
    assert list(evens(7)) == [0, 2, 4, 6]


def test_exceptions_and_logging():
    assert safe_divide(1, 0) is None
    assert safe_divide(6, 3) == 2
    with pytest.raises(ValueError, match="bad"):
        raise ValueError("bad value")


def test_sorting_and_text(capsys):
    assert by_length(["ccc", "a", "bb"]) == ["a", "bb", "ccc"]
    assert greeting("Ada") == "Hello, Ada!"
    assert "Ada" in greeting("Ada")
    assert "Bo" not in greeting("Ada")


def test_files_and_containers(tmp_path):
    numbers = Path("numbers.txt")
    assert read_numbers(numbers) == [1, 2, 3]
    counts, money = totals()
    assert counts == {"apples": 3, "pears": 2}
    assert "apples" in counts
    assert money == [Decimal("1.10"), Fraction(1, 2)]
    assert json.loads(json.dumps(counts)) == counts


@pytest.mark.parametrize("word, size", [("a", 1), ("abc", 3)])
def test_parametrized(word, size):
    assert len(word) == size
"""


@pytest.mark.parametrize("isolation", ["fork", "spawn"])
def test_ordinary_learner_code_passes(tmp_path: Path, isolation: str) -> None:
    workspace = tmp_path / "workspace"
    workspace.mkdir()
    (workspace / "honest.py").write_text(HONEST, encoding="utf-8")
    (workspace / "numbers.txt").write_text("1\n2\n3\n", encoding="utf-8")
    # A TDD learner's own test file, in their folder, using pytest's helpers.
    tests = workspace / "test_honest.py"
    tests.write_text(TESTS, encoding="utf-8")
    course = tmp_path / "course"
    course.mkdir()
    instructors = course / "test_instructor.py"
    instructors.write_text(TESTS.replace("capsys", "tmp_path"), encoding="utf-8")
    request = CheckRequest("honest", workspace, [instructors, tests], timeout=30)
    result = run_check(request, isolation=isolation)  # type: ignore[arg-type]
    assert result.status == "pass", [
        (t.name, t.message) for t in result.tests if t.status != "pass"
    ] or result.message
    assert result.tampering is None
    assert result.total == 2 * 10
