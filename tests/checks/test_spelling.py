"""One closest-name matcher (tutor/spelling.py): every "Did you mean ...?" goes through it."""

from __future__ import annotations

import re
from pathlib import Path

import tutor
from tutor.spelling import closest_name, closest_names

PACKAGE = Path(tutor.__file__).parent


def test_the_same_name_but_for_capitals_comes_first() -> None:
    assert closest_names("Greet", ["great", "greet", "grete"]) == ["greet"]
    assert closest_names("colr", ["color", "colour", "cold"], n=2) == ["color", "colour"]


def test_nothing_far_off_is_suggested() -> None:
    assert closest_names("banana", ["select", "where"]) == []
    assert closest_name("apple", ["orange"]) is None


def test_closest_name_never_suggests_the_name_itself() -> None:
    assert closest_name("greet", ["greet", "gret"]) == "gret"
    assert closest_names("greet", ["greet", "gret"]) == ["greet"]


def test_no_module_calls_difflib_for_a_name_but_spelling() -> None:
    direct = [
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        if re.search(r"get_close_matches|SequenceMatcher", path.read_text(encoding="utf-8"))
    ]
    assert direct == ["spelling.py"]


def test_suggestions_through_the_cli_and_the_linter_still_read_the_same() -> None:
    from tutor.course.schema import _check_scalar

    message = _check_scalar("tets", {"enum": ["tests", "tdd", "git", "quiz"]})
    assert message is not None and message.endswith(': did you mean "tests"?')
