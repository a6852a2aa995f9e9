"""A first, cheap look at the learner's Python files for code that reaches into the checker.

Run in the parent after each check (the learner's code cannot change it): the
syntax tree of each .py file in the learner's folder, looking for what no
exercise needs and every known way of forging a pass uses: the checker's
modules (_pytest, pluggy, tutor), stack frames, gc's object search, ctypes,
function code and closures, pytest's plugin machinery, assignments to
attributes of pytest, unittest or builtins. A TDD learner's own test files use
pytest's public helpers (raises, approx, mark, fixture ...): those are fine.

The runtime guard (guard.py) catches what this misses (code built from
strings); this one gives the file and line of what it finds.
"""

from __future__ import annotations

import ast
import functools
import os
from dataclasses import dataclass
from pathlib import Path

MAX_FILES = 200
MAX_BYTES = 512 * 1024
CACHED_BYTES = 64 * 1024
SKIPPED_FOLDERS = frozenset({"__pycache__", "node_modules", "venv", ".venv", "site-packages"})

CHECKER_MODULES = frozenset({"_pytest", "pluggy", "tutor", "ctypes", "_ctypes"})
# Attributes that hand out the checker's insides.
ATTRIBUTES = {
    "__code__": "changed or read a function's code (__code__)",
    "__closure__": "read a function's closure (__closure__)",
    "cell_contents": "read a function's closure (cell_contents)",
    "__globals__": "read a function's globals (__globals__)",
    "tb_frame": "looked at stack frames (tb_frame)",
    "gi_frame": "looked at stack frames (gi_frame)",
    "cr_frame": "looked at stack frames (cr_frame)",
    "ag_frame": "looked at stack frames (ag_frame)",
    "f_back": "looked at stack frames (f_back)",
    "f_locals": "looked at stack frames (f_locals)",
    "f_globals": "looked at stack frames (f_globals)",
    "_getframe": "looked at stack frames (sys._getframe)",
    "_current_frames": "looked at stack frames (sys._current_frames)",
    "currentframe": "looked at stack frames (inspect.currentframe)",
    "getouterframes": "looked at stack frames (inspect.getouterframes)",
    "get_objects": "searched Python's memory (gc.get_objects)",
    "get_referrers": "searched Python's memory (gc.get_referrers)",
    "get_referents": "searched Python's memory (gc.get_referents)",
    "settrace": "installed a tracer (settrace)",
    "setprofile": "installed a profiler (setprofile)",
    "addaudithook": "added an audit hook",
    "pluginmanager": "used pytest's plugin manager",
    "_hookimpls": "changed pytest's hooks",
    "meta_path": "changed how Python imports modules (sys.meta_path)",
}
# What a learner's own tests may use from pytest.
PYTEST_HELPERS = frozenset(
    {
        "raises",
        "approx",
        "mark",
        "fixture",
        "param",
        "warns",
        "fail",
        "skip",
        "xfail",
        "importorskip",
        "deprecated_call",
        "MonkeyPatch",
        "CaptureFixture",
        "FixtureRequest",
        "TempPathFactory",
        "LogCaptureFixture",
        "ExceptionInfo",
    }
)
PROTECTED_ROOTS = frozenset({"pytest", "unittest", "builtins", "_pytest", "pluggy", "tutor"})


@dataclass(frozen=True)
class Finding:
    file: str  # relative to the learner's folder
    line: int
    what: str  # "imported _pytest", said after "it ..."


def scan(workspace: Path, instructors_names: frozenset[str] = frozenset()) -> list[Finding]:
    """Every finding in the learner's .py files, in file order; [] when nothing looks wrong.

    instructors_names: file names of the instructor's tests, whose copies in the
    learner's folder are for reading (the checks run the course's own).
    """
    findings: list[Finding] = []
    for path in _python_files(workspace):
        if path.name in instructors_names:
            continue
        try:
            if path.stat().st_size > MAX_BYTES:
                continue
            source = path.read_bytes()
            if len(source) <= CACHED_BYTES:
                found = _findings_in_source(source)
            else:
                found = _findings_in_source.__wrapped__(source)
        except OSError:
            continue  # not readable: the check itself says so
        relative = path.relative_to(workspace).as_posix()
        findings += [Finding(relative, line, what) for line, what in found]
    return findings


@functools.lru_cache(maxsize=MAX_FILES)
def _findings_in_source(source: bytes) -> tuple[tuple[int, str], ...]:
    """Kept by the file's bytes, not its time stamp (which learner code can set): a warm
    helper parses only the files that changed since its last check (~1 ms each). At most
    MAX_FILES files of CACHED_BYTES each are kept (~13 MB)."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return ()  # not Python: the check itself says so
    return tuple(_findings_in(tree))


def _python_files(workspace: Path) -> list[Path]:
    found: list[Path] = []
    for folder, subfolders, files in os.walk(workspace):
        subfolders[:] = sorted(
            name for name in subfolders if not name.startswith(".") and name not in SKIPPED_FOLDERS
        )
        found += [Path(folder) / name for name in sorted(files) if name.endswith(".py")]
        if len(found) >= MAX_FILES:
            return found[:MAX_FILES]
    return found


def _findings_in(tree: ast.AST) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    module_names = _imported_module_names(tree)
    for node in ast.walk(tree):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in CHECKER_MODULES:
                    found.append((line, f"imported {alias.name}"))
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            package = node.module.split(".")[0]
            if package in CHECKER_MODULES:
                found.append((line, f"imported from {node.module}"))
            elif package == "pytest":
                found += [
                    (line, f"used pytest.{alias.name}")
                    for alias in node.names
                    if alias.name not in PYTEST_HELPERS
                ]
        elif isinstance(node, ast.Attribute):
            if node.attr in ATTRIBUTES:
                found.append((line, ATTRIBUTES[node.attr]))
            elif (
                isinstance(node.value, ast.Name)
                and module_names.get(node.value.id) == "pytest"
                and node.attr not in PYTEST_HELPERS
            ):
                found.append((line, f"used pytest.{node.attr}"))
        elif isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Delete)):
            targets = node.targets if isinstance(node, (ast.Assign, ast.Delete)) else [node.target]
            for target in targets:
                root = _protected_root(target, module_names)
                if root:
                    found.append((line, f"changed {root}"))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id in ("setattr", "delattr") and node.args:
                root = _protected_root(node.args[0], module_names, whole=True)
                if root:
                    found.append((line, f"changed {root} with {node.func.id}()"))
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and ("/proc/self/mem" in node.value or node.value.endswith("/mem"))
        ):
            found.append((line, "read the memory of a process (/proc/self/mem)"))
    return sorted(set(found))


def _imported_module_names(tree: ast.AST) -> dict[str, str]:
    """Local name -> module, for `import pytest`, `import unittest as u`, ..."""
    names: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                root = alias.name.split(".")[0]
                names[alias.asname or root] = alias.name if alias.asname else root
        elif isinstance(node, ast.ImportFrom) and node.module in ("unittest", "pytest"):
            for alias in node.names:
                names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return names


def _protected_root(node: ast.AST, module_names: dict[str, str], whole: bool = False) -> str | None:
    """`pytest.x.y = ...`, `unittest.TestCase.assertEqual = ...`: the dotted name, when
    it starts at pytest, unittest, builtins (or a name imported from them)."""
    parts: list[str] = []
    current = node
    while isinstance(current, ast.Attribute):
        parts.append(current.attr)
        current = current.value
    if not isinstance(current, ast.Name) or (not parts and not whole):
        return None
    module = module_names.get(current.id)
    if module is None or module.split(".")[0] not in PROTECTED_ROOTS:
        return None
    return ".".join([module, *reversed(parts)])
