"""An emptied learner file is said plainly, with the way back to the starter."""

from __future__ import annotations

import pytest
from cli_helpers import RunCli


@pytest.mark.parametrize(
    ("exercise", "name", "emptied"),
    [
        ("hello-tutor", "greet.py", ""),
        ("welcome-page", "index.html", "  \n\n\t\n"),
        ("js-variables", "receipt.js", "\n"),
    ],
)
def test_an_empty_file_is_named_with_the_way_back(
    tutor: RunCli, workspace_of, exercise: str, name: str, emptied: str
) -> None:
    tutor("start", exercise)
    (workspace_of(exercise) / name).write_text(emptied, encoding="utf-8")
    ran = tutor("check", exercise)
    assert ran.code == 1
    first = ran.out.split("The first thing to fix:", 1)[1]
    assert f"{name} is empty" in first
    assert f"tutor reset {exercise}" in first and f"tutor history {exercise}" in first
    assert f"look at:  {name}:1" in first
    # Nothing else the check said about the missing code is the first thing shown.
    assert "Expected something other than" not in first
    assert "should have a function called" not in first


def test_a_file_that_starts_blank_is_not_called_empty(tutor: RunCli, workspace_of) -> None:
    """ "From a blank file" exercises: the checks say what to write, not how to go back."""
    tutor("start", "html-recipe-page")
    ran = tutor("check", "html-recipe-page")
    assert ran.code == 1
    assert "is empty: there is no code" not in ran.out


def test_the_file_with_code_again_gets_the_checks_own_words(tutor: RunCli, workspace_of) -> None:
    tutor("start", "hello-tutor")
    (workspace_of("hello-tutor") / "greet.py").write_text("def greet(name):\n    return 1\n")
    ran = tutor("check", "hello-tutor")
    assert ran.code == 1
    assert "is empty" not in ran.out
