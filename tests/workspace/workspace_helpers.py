"""Shared names for workspace tests (a uniquely named module: every test folder has a conftest)."""

from __future__ import annotations

from collections.abc import Callable

from tutor.course.model import Exercise

STARTER_PY = "def hello(name):\n    return None\n"
SOLUTION_PY = 'def hello(name):\n    return f"Hello, {name}!"\n'
TEST_PY = (
    'from hello import hello\n\n\ndef test_hello():\n    assert hello("Ann") == "Hello, Ann!"\n'
)

MakeExercise = Callable[..., Exercise]
