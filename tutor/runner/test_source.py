"""Reading the instructor's test file and the learner's modules, to word a failure.

A traceback says *where* a check failed; the test's source says *what it
meant*: which argument of `self.assertEqual(square(4), 16)` calls the
learner's code, which error a `with self.assertRaises(ValueError)` block
expects, what `subTest(n=n)` names. Read in the parent, only for failures.
"""

from __future__ import annotations

import ast
import copy
import functools
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeGuard

from tutor.runner.result import Where

RAISES_METHODS = ("assertRaises", "assertRaisesRegex")
MAX_SHOWN = 80  # longer test expressions are left out of a sentence


@dataclass(frozen=True)
class Source:
    path: Path
    text: str
    tree: ast.Module

    def segment(self, node: ast.AST) -> str:
        return ast.get_source_segment(self.text, node) or ast.unparse(node)


def read_source(path: str | Path) -> Source | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return _parsed(str(path), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=32)
def _parsed(path: str, _mtime_ns: int, _size: int) -> Source | None:
    try:
        text = Path(path).read_text(encoding="utf-8")
        return Source(Path(path), text, ast.parse(text))
    except (OSError, SyntaxError, ValueError, UnicodeDecodeError):
        return None


def _covers(node: ast.AST, line: int) -> bool:
    start: int | None = getattr(node, "lineno", None)
    if start is None:
        return False
    end: int = getattr(node, "end_lineno", None) or start
    return start <= line <= end


def _method_name(call: ast.AST) -> str | None:
    if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def _is_raises_call(call: ast.AST) -> TypeGuard[ast.Call]:
    """self.assertRaises(...), self.assertRaisesRegex(...) or pytest.raises(...)."""
    if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Attribute):
        return False
    func = call.func
    if func.attr in RAISES_METHODS:
        return True
    return func.attr == "raises" and isinstance(func.value, ast.Name) and func.value.id == "pytest"


def _innermost(nodes: list[ast.AST]) -> ast.AST | None:
    return max(nodes, key=lambda node: getattr(node, "lineno", 0), default=None)


def call_at(source: Source, line: int, method: str) -> ast.Call | None:
    """The innermost `x.method(...)` call that spans the line."""
    found = [n for n in ast.walk(source.tree) if _method_name(n) == method and _covers(n, line)]
    best = _innermost(found)
    return best if isinstance(best, ast.Call) else None


def raises_block_at(source: Source, line: int) -> ast.With | None:
    """The innermost `with self.assertRaises(...)` (or pytest.raises) spanning the line."""
    found: list[ast.AST] = [
        node
        for node in ast.walk(source.tree)
        if isinstance(node, ast.With)
        and _covers(node, line)
        and any(_is_raises_call(item.context_expr) for item in node.items)
    ]
    best = _innermost(found)
    return best if isinstance(best, ast.With) else None


def expected_error_at(source: Source, line: int) -> list[str] | None:
    """The error kinds the test expects at this line, or None when it expects none.

    The line is inside a `with` raises block, or is the call form
    `self.assertRaises(ValueError, square, -1)`.
    """
    block = raises_block_at(source, line)
    if block is not None:
        call = next(item.context_expr for item in block.items if _is_raises_call(item.context_expr))
        return _error_names(call)
    for node in ast.walk(source.tree):
        if _is_raises_call(node) and _covers(node, line):
            assert isinstance(node, ast.Call)
            if len(node.args) >= 2:
                return _error_names(node)
    return None


def raises_bound_to(source: Source, name: str, line: int) -> ast.With | None:
    """`with self.assertRaises(ValueError) as err:` before the line that reads `err`."""
    found: list[ast.AST] = [
        node
        for node in ast.walk(source.tree)
        if isinstance(node, ast.With)
        and node.lineno <= line
        and any(
            isinstance(item.optional_vars, ast.Name)
            and item.optional_vars.id == name
            and _is_raises_call(item.context_expr)
            for item in node.items
        )
    ]
    best = _innermost(found)
    return best if isinstance(best, ast.With) else None


def block_error_names(block: ast.With) -> list[str]:
    call = next(item.context_expr for item in block.items if _is_raises_call(item.context_expr))
    return _error_names(call)


def _error_names(call: ast.Call) -> list[str]:
    first = call.args[0] if call.args else None
    for keyword in call.keywords:
        if keyword.arg in ("expected_exception", "exception"):
            first = keyword.value
    if first is None:
        return []
    kinds = first.elts if isinstance(first, ast.Tuple) else [first]
    names = []
    for kind in kinds:
        if isinstance(kind, ast.Name):
            names.append(kind.id)
        elif isinstance(kind, ast.Attribute):
            names.append(kind.attr)
    return names


def subtest_values(source: Source, line: int, names: dict[str, str]) -> list[tuple[str, set[str]]]:
    """`with self.subTest("msg", n=n):` around the line: ('"msg"', {}) and ("n = 4", {"n"}).

    Values come from the test's own simple locals (`names`); an expression the
    tutor cannot work out from them is left out rather than shown as code.
    """
    shown: list[tuple[str, set[str]]] = []
    for node in ast.walk(source.tree):
        if not isinstance(node, ast.With) or not _covers(node, line):
            continue
        for item in node.items:
            call = item.context_expr
            if not isinstance(call, ast.Call) or _method_name(call) != "subTest":
                continue
            message = _value_of(call.args[0], names) if call.args else None
            if message is not None:
                said = message.value if isinstance(message.value, str) else message.text
                shown.append((f'"{said}"', set()))  # a description: always worth saying
            for keyword in call.keywords:
                value = _value_of(keyword.value, names)
                if value is not None and keyword.arg:
                    shown.append((f"{keyword.arg} = {value.text}", _names_in(keyword.value)))
    return shown


def _names_in(node: ast.AST) -> set[str]:
    return {inner.id for inner in ast.walk(node) if isinstance(inner, ast.Name)}


@dataclass(frozen=True)
class _Known:
    value: Any  # what ast.literal_eval gives: any literal, a list or a dict too
    text: str  # as the test's frame showed it
    literal: bool = True  # False: only its text is known (a repr Python cannot read back)


def _value_of(node: ast.expr, names: dict[str, str]) -> _Known | None:
    """A constant, a local (`n`), or an item of one (`case["input"]`), else None."""
    if isinstance(node, ast.Constant):
        return _Known(node.value, repr(node.value))
    if isinstance(node, ast.Name) and node.id in names:
        text = names[node.id]
        try:
            return _Known(ast.literal_eval(text), text)
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
            return _Known(text, text, literal=False)
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
        outer = _value_of(node.value, names)
        if outer is None or not outer.literal:
            return None
        try:
            inner = outer.value[node.slice.value]
        except (KeyError, IndexError, TypeError):
            return None
        return _Known(inner, repr(inner))
    return None


def statements_at(source: Source, line: int) -> list[ast.stmt]:
    """The simple statements (no body of their own) that span the line."""
    return [
        node
        for node in ast.walk(source.tree)
        if isinstance(node, ast.stmt) and _covers(node, line) and not hasattr(node, "body")
    ]


def strings_in_statement(source: Source, line: int) -> list[str]:
    """The string constants of the statement at the line (what an error message should say)."""
    return [
        inner.value
        for node in statements_at(source, line)
        for inner in ast.walk(node)
        if isinstance(inner, ast.Constant) and isinstance(inner.value, str)
    ]


def with_values(node: ast.AST, names: dict[str, str]) -> tuple[str, set[str]] | None:
    """`square(number)` as `square(3)`: the test's own variables replaced by their values.

    None when the expression uses none of them. Returns the names replaced.
    """
    used: set[str] = set()

    class Replace(ast.NodeTransformer):
        def visit_Name(self, name: ast.Name) -> ast.AST:
            return self.known(name, name.id) if isinstance(name.ctx, ast.Load) else name

        def visit_Subscript(self, item: ast.Subscript) -> ast.AST:
            if isinstance(item.value, ast.Name) and isinstance(item.slice, ast.Constant):
                return self.known(item, item.value.id)
            return self.generic_visit(item)

        def known(self, node: ast.expr, name: str) -> ast.AST:
            value = _value_of(node, names) if name != "self" else None
            if value is None or not value.literal:
                return node
            used.add(name)
            return ast.copy_location(ast.Constant(value.value), node)

    replaced = Replace().visit(copy.deepcopy(node))
    return (ast.unparse(replaced), used) if used else None


def with_names(text: str, names: dict[str, str], used: ast.AST) -> str:
    """ "square(n)" with the test's own variables it uses, as "square(n) with n = 4"."""
    shown = [
        f"{node.id} = {names[node.id]}"
        for node in ast.walk(used)
        if isinstance(node, ast.Name) and node.id in names and node.id != "self"
    ]
    unique = list(dict.fromkeys(shown))
    return f"{text} with {', '.join(unique)}" if unique else text


class LearnerCode:
    """The names a test file takes from the learner's own modules, and where they are defined."""

    def __init__(self, test: Source, workspace: Path) -> None:
        self.workspace = workspace
        self.names: dict[str, str] = {}  # name used in the test -> learner module
        self.modules: dict[str, str] = {}  # `import square as sq`: sq -> square
        for node in ast.walk(test.tree):
            if isinstance(node, ast.ImportFrom) and node.module and not node.level:
                if self._module_file(node.module) is None:
                    continue
                for alias in node.names:
                    if alias.name == "*":
                        for name in self._top_level_names(node.module):
                            self.names.setdefault(name, node.module)
                    else:
                        self.names[alias.asname or alias.name] = node.module
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if self._module_file(alias.name) is not None:
                        self.modules[alias.asname or alias.name] = alias.name

    def _module_file(self, module: str) -> Path | None:
        base = self.workspace.joinpath(*module.split("."))
        for candidate in (base.with_suffix(".py"), base / "__init__.py"):
            if candidate.is_file():
                return candidate
        return None

    def _module_source(self, module: str) -> Source | None:
        path = self._module_file(module)
        return read_source(path) if path else None

    def _top_level_names(self, module: str) -> list[str]:
        source = self._module_source(module)
        if source is None:
            return []
        return [
            node.name
            for node in source.tree.body
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
        ]

    def called_in(self, node: ast.AST) -> tuple[ast.Call, str, str] | None:
        """The first call of a learner function or class in the expression: (call, name, module)."""
        for inner in ast.walk(node):
            if not isinstance(inner, ast.Call):
                continue
            func = inner.func
            if isinstance(func, ast.Name) and func.id in self.names:
                return inner, func.id, self.names[func.id]
            if (
                isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Name)
                and func.value.id in self.modules
            ):
                return inner, func.attr, self.modules[func.value.id]
        return None

    def definition(self, name: str, module: str) -> Where | None:
        """Where `def name` (or `class name`) is in the learner's module."""
        source = self._module_source(module)
        if source is None:
            return None
        for node in source.tree.body:
            defined = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
            if isinstance(node, defined) and node.name == name:
                return Where(self._relative(source.path), node.lineno)
        return None

    def raise_without_message(self, kind: str) -> Where | None:
        """The first `raise Kind` or `raise Kind()` with no message in the learner's modules."""
        return self._first_raise(lambda exc: _bare_error(exc, kind))

    def raise_with_message(self, kind: str) -> Where | None:
        """The first `raise Kind("...")` in the learner's modules."""
        return self._first_raise(lambda exc: _named_error(exc, kind))

    def _first_raise(self, wanted: Callable[[ast.expr | None], bool]) -> Where | None:
        for module in dict.fromkeys([*self.names.values(), *self.modules.values()]):
            source = self._module_source(module)
            if source is None:
                continue
            for node in ast.walk(source.tree):
                if isinstance(node, ast.Raise) and wanted(node.exc):
                    return Where(self._relative(source.path), node.lineno)
        return None

    def _relative(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.workspace.resolve()).as_posix()
        except ValueError:
            return str(path)


def _named_error(exc: ast.expr | None, kind: str) -> bool:
    return isinstance(exc, ast.Call) and isinstance(exc.func, ast.Name) and exc.func.id == kind


def _bare_error(exc: ast.expr | None, kind: str) -> bool:
    if isinstance(exc, ast.Name):
        return exc.id == kind
    if isinstance(exc, ast.Call) and isinstance(exc.func, ast.Name):
        return exc.func.id == kind and not exc.args and not exc.keywords
    return False


def shown(text: str) -> str | None:
    """Test source worth quoting in a sentence: one line, not too long."""
    text = " ".join(text.split())
    return text if len(text) <= MAX_SHOWN else None
