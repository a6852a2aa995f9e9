"""What `tutor check` says of common beginner mistakes, through the real CLI and runner."""

from __future__ import annotations

from cli_helpers import RunCli


def test_an_indentation_error_in_the_learners_file_gets_the_spaces_advice(
    tutor: RunCli, workspace_of
) -> None:
    tutor("start", "hello-tutor")
    greet = workspace_of("hello-tutor") / "greet.py"
    greet.write_text('def greet(name):\n    word = "Hello, "\n      return word + name\n')
    ran = tutor("check", "hello-tutor")
    assert ran.code == 1
    first = ran.out.split("The first thing to fix:", 1)[1]
    assert "The spaces at the start of line 3 of greet.py are not right" in first
    assert "missing bracket" not in first
    assert "look at:  greet.py:3" in first
