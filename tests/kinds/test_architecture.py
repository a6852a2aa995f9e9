"""Outside tutor/kinds/, nothing asks which kind an exercise is: it asks the kind.

A new kind of exercise (browser JavaScript, projects) is then one new module
in tutor/kinds/, not a change to a dozen files. These tests read the source.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import tutor

PACKAGE = Path(tutor.__file__).parent
# Comparing an exercise's kind with a name: `ExerciseKind.QUIZ`, `.kind == "git"`.
ASKS_THE_KIND = re.compile(r"ExerciseKind\.|\b(?:exercise|ex)\.kind\s*(?:is|==|!=|in)\s")

# Left over in files that other work owned while the kinds package was made;
# each is a one-line change to asking the kind (see docs/architecture.md).
STILL_ASKING: dict[str, int] = {}


def places_that_ask() -> dict[str, int]:
    found: dict[str, int] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative.startswith("kinds/"):
            continue
        code = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        count = sum(1 for line in code if ASKS_THE_KIND.search(line.split("#")[0]))
        if count:
            found[relative] = count
    return found


def test_nothing_outside_the_kinds_package_asks_which_kind_an_exercise_is() -> None:
    assert places_that_ask() == STILL_ASKING


def test_the_pattern_finds_a_question_about_the_kind() -> None:
    """The guard itself: each way of asking is seen, a comment or another `.kind` is not."""
    assert ASKS_THE_KIND.search("if exercise.kind is ExerciseKind.QUIZ:")
    assert ASKS_THE_KIND.search('with_git = exercise.kind == "git"')
    assert ASKS_THE_KIND.search("if exercise.kind in (a, b):")
    assert not ASKS_THE_KIND.search("kind = kinds.of(exercise)")
    assert not ASKS_THE_KIND.search('if event.kind == "start":')  # an HTML parser's event


def test_the_course_model_holds_no_field_of_one_kind() -> None:
    """Questions, mutants, setup scripts live in the kind's details, not on Exercise."""
    from dataclasses import fields

    from tutor.course.model import Exercise

    names = {field.name for field in fields(Exercise)}
    assert names.isdisjoint({"questions", "mutants", "setup", "solution_commands"})
    assert "details" in names


def runtime_imports(path: Path) -> set[str]:
    """The modules a file imports when it runs (anywhere in it), not for type hints alone."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and ast.unparse(node.test) in TYPE_CHECKING_TESTS:
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


TYPE_CHECKING_TESTS = {"TYPE_CHECKING", "typing.TYPE_CHECKING"}


def test_the_kinds_need_the_course_only_for_type_hints() -> None:
    """The course's loader asks the kinds, so the kinds must not import the course to run."""
    for path in sorted((PACKAGE / "kinds").glob("*.py")):
        course = {name for name in runtime_imports(path) if name.startswith("tutor.course")}
        assert course == set(), path.name


def test_runtime_imports_leave_out_type_hints_only(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from a import b\n"
        "def f():\n    import c\n",
        encoding="utf-8",
    )
    assert runtime_imports(sample) == {"typing", "c"}
