"""One base for the tutor's own errors (tutor/errors.py), and the CLI catches it by class."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

from cli_helpers import RunCli

import tutor
from tutor.errors import TutorError

PACKAGE = Path(tutor.__file__).parent
# A check's failure is the instructor's test failing: pytest must see an AssertionError.
NOT_TUTOR_ERRORS = {"tutor.checks.failure.CheckFailure"}


def _exception_classes() -> list[tuple[str, str]]:
    """(module, class) for every class in tutor/ whose bases name an Exception or Error."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                isinstance(base, ast.Name) and base.id.endswith(("Error", "Exception", "Failed"))
                for base in node.bases
            ):
                found.append((module, node.name))
    return found


def test_every_error_of_the_tutor_derives_from_one_base() -> None:
    classes = _exception_classes()
    assert len(classes) >= 8, classes  # workspace, progress, git, export, pack, serve, ...
    outside = []
    for module, name in classes:
        error_class = getattr(importlib.import_module(module), name)
        if f"{module}.{name}" not in NOT_TUTOR_ERRORS and not issubclass(error_class, TutorError):
            outside.append(f"{module}.{name}")
    assert outside == [], f"derive these from tutor.errors.TutorError: {outside}"


def test_the_error_base_imports_nothing() -> None:
    tree = ast.parse((PACKAGE / "errors.py").read_text(encoding="utf-8"))
    imports = [node for node in ast.walk(tree) if isinstance(node, ast.Import | ast.ImportFrom)]
    assert imports == [], "tutor/errors.py must import nothing, so catching it cannot fail"


def test_the_cli_matches_errors_by_class_not_by_name() -> None:
    for source in (PACKAGE / "cli.py", PACKAGE / "commands" / "common.py"):
        assert "__name__ in" not in source.read_text(encoding="utf-8"), source


def test_a_damaged_progress_file_is_a_sentence_not_a_crash(
    tutor: RunCli, learner_home: Path
) -> None:
    learner_home.mkdir(parents=True)
    (learner_home / "progress.sqlite3").write_bytes(b"this is not a database\n" * 100)
    ran = tutor("progress")
    assert ran.code == 2
    assert "progress file" in ran.err
    assert "Ask your instructor" in ran.err
    assert "Something went wrong inside the tutor" not in ran.err
    assert "Traceback" not in ran.err + ran.out
