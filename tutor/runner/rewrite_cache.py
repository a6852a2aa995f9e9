"""Assertion-rewritten test modules, made once and reused while the file's bytes are the same.

pytest parses, rewrites and compiles every test module it imports (3-17 ms
for this course's test files). It caches the result in `__pycache__`, keyed
by the file's modification time and size, which misses an edit made in the
same second with the same size; so the check's child never reads those.
Instead, two caches keyed by the file's exact bytes:

- in memory (RewriteCache, kept in the caller's RunnerSession): the warm
  helper (and `tutor watch`) rewrite each version of a test file once, before
  forking; every child inherits the result.
- on disk (CheckRequest.cache_folder): a one-shot `tutor check` finds the
  instructor's test files already rewritten by an earlier check. One entry per
  test file, replaced when the file changes. Each entry holds the source it was
  made from; it is used only when those bytes equal the file's bytes now.
"""

from __future__ import annotations

import ast
import contextlib
import marshal
import os
import sys
import zlib
from pathlib import Path
from types import CodeType

import pytest
from _pytest.assertion import rewrite as pytest_rewrite

# An entry made by another Python or pytest (or an older tutor) is never used.
_STAMP = f"tutor-rewrite-2 {sys.implementation.cache_tag} pytest-{pytest.__version__}"
STRICT_OPS = {ast.Eq: "==", ast.NotEq: "!=", ast.In: "in", ast.NotIn: "not in"}
STRICT_MODULE = "@tutor_strict"  # not a name Python code can write


def rewrite(source: bytes, path: str) -> CodeType:
    """What pytest's import hook makes of a test module (raises on a syntax error),
    with strict comparisons in its asserts (strict.py)."""
    tree = ast.parse(source, filename=path)
    # config=None: our pinned ini leaves the assertion pass hook off, as pytest would.
    pytest_rewrite.rewrite_asserts(tree, source, path, None)
    make_comparisons_strict(tree)
    return compile(tree, path, "exec", dont_inherit=True)


def make_comparisons_strict(tree: ast.Module) -> None:
    """Each `@py_assertN = a == b` pytest made of an assert becomes
    `@py_assertN = @tutor_strict.compare("==", a, b)`.

    pytest keeps the operands in their own variables and hands those to its
    explanation, so "Expected X, but got Y" still shows the learner's value.
    """
    changed = False
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and node.targets[0].id.startswith("@py_assert")
            and isinstance(node.value, ast.Compare)
            and len(node.value.ops) == 1
            and type(node.value.ops[0]) in STRICT_OPS
        ):
            compare = node.value
            module = ast.copy_location(ast.Name(STRICT_MODULE, ast.Load()), compare)
            function = ast.copy_location(ast.Attribute(module, "compare", ast.Load()), compare)
            operator = ast.copy_location(ast.Constant(STRICT_OPS[type(compare.ops[0])]), compare)
            call = ast.Call(function, [operator, compare.left, compare.comparators[0]], [])
            node.value = ast.copy_location(call, compare)
            changed = True
    if not changed:
        return
    # Beside pytest's own imports (after the docstring and __future__ imports).
    where = next(
        (
            index
            for index, statement in enumerate(tree.body)
            if isinstance(statement, ast.Import)
            and any(alias.asname == "@py_builtins" for alias in statement.names)
        ),
        0,
    )
    # As pytest places its own: on the line of the statement it goes before.
    line = getattr(tree.body[where], "lineno", 1) if tree.body else 1
    place = {"lineno": line, "col_offset": 0, "end_lineno": line, "end_col_offset": 0}
    alias = ast.alias("tutor.runner.strict", STRICT_MODULE, **place)
    tree.body.insert(where, ast.Import([alias], **place))


class RewriteCache:
    """Rewritten test modules in memory: path -> (the source, its rewritten code)."""

    def __init__(self) -> None:
        self.made: dict[str, tuple[bytes, CodeType]] = {}

    def prepare(self, test_files: list[Path]) -> None:
        """In the parent: rewrite any test file whose text changed since last time."""
        for path in test_files:
            key = str(path)
            try:
                source = path.read_bytes()
            except OSError:
                self.made.pop(key, None)
                continue
            cached = self.made.get(key)
            if cached is not None and cached[0] == source:
                continue
            try:
                self.made[key] = (source, rewrite(source, key))
            except Exception:  # noqa: BLE001 - a broken test file is pytest's to report
                self.made.pop(key, None)

    def prepare_from_disk(self, test_files: list[Path], cache_folder: Path) -> None:
        """In the parent, as use_in_child does in a child: a sandboxed helper that checks
        once (`tutor check`) keeps the instructor's test modules in the on-disk cache."""
        for path in test_files:
            self._take_from_disk(path, cache_folder)

    def use_in_child(self, test_files: list[Path], cache_folder: Path | None = None) -> None:
        """In the child, before any test module (or learner code) runs: pytest takes
        already rewritten code whenever the file is unchanged.

        cache_folder: the on-disk cache, read and filled for test_files now, so
        that nothing the learner's code does later can write to it.
        """
        if cache_folder is not None:
            for path in test_files:
                self._take_from_disk(path, cache_folder)
        original = getattr(pytest_rewrite, "_rewrite_test", None)
        if original is None:  # another pytest (pytest_private.py): it rewrites on its own
            return
        instructors = {str(path) for path in test_files}
        made = self.made

        def rewrite_test(fn: Path, config: object) -> tuple[os.stat_result, CodeType]:
            cached = made.get(str(fn))
            if cached is not None:
                stat = os.stat(fn)
                if fn.read_bytes() == cached[0]:
                    return stat, cached[1]
            if str(fn) in instructors:  # not made ahead: made now, strict as always
                stat = os.stat(fn)
                return stat, rewrite(fn.read_bytes(), str(fn))
            return original(fn, config)

        pytest_rewrite._rewrite_test = rewrite_test

    def _take_from_disk(self, path: Path, folder: Path) -> None:
        key = str(path)
        try:
            source = path.read_bytes()
        except OSError:
            return  # pytest says the file is missing
        cached = self.made.get(key)
        if cached is not None and cached[0] == source:
            return
        entry = _entry_path(folder, key)
        code = _load(entry, key, source)
        if code is None:
            try:
                code = rewrite(source, key)
            except Exception:  # noqa: BLE001 - a broken test file is pytest's to report
                return
            _store(entry, key, source, code)
        self.made[key] = (source, code)


def _entry_path(folder: Path, key: str) -> Path:
    # crc32 only spreads names; the entry itself says which file it is for.
    return folder / f"{Path(key).stem[:40]}-{zlib.crc32(key.encode()):08x}.rewritten"


def _load(entry: Path, key: str, source: bytes) -> CodeType | None:
    try:
        stamp, path, made_from, code = marshal.loads(entry.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None  # missing, cut short or not ours: rewrite again
    if stamp != _STAMP or path != key or made_from != source or not isinstance(code, CodeType):
        return None
    return code


def _store(entry: Path, key: str, source: bytes, code: CodeType) -> None:
    """Write a whole entry or none: a check killed mid-write leaves no half entry to read."""
    with contextlib.suppress(OSError):  # a full disk or a read-only folder: rewrite next time
        entry.parent.mkdir(parents=True, exist_ok=True)
        partial = entry.with_name(f"{entry.name}.{os.getpid()}.part")
        partial.write_bytes(marshal.dumps((_STAMP, key, source, code)))
        os.replace(partial, entry)
