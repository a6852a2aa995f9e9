"""No cycles between tutor's packages: each part can be read, tested and moved alone.

The graph is built from the source with ast (nothing is imported): each folder
tutor/NAME/ is one node, each top-level module tutor/NAME.py another. An import
inside a function counts (it still ties the two parts together); an import under
`if TYPE_CHECKING:` does not (it never runs). The rules it holds are in
docs/architecture.md ("Import rules").
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import tutor

PACKAGE = Path(tutor.__file__).parent


def _node(parts: list[str]) -> str | None:
    """The node of `tutor.<parts...>`, or None for `tutor` itself and unknown names."""
    if not parts:
        return None
    head = parts[0]
    if (PACKAGE / head).is_dir() or (PACKAGE / f"{head}.py").is_file():
        return head
    return None


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    hidden: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            hidden.update(id(inner) for inner in ast.walk(node))
    return hidden


def _imported(node: ast.AST) -> Iterator[list[str]]:
    if isinstance(node, ast.Import):
        for alias in node.names:
            yield alias.name.split(".")
    elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
        module = node.module.split(".")
        if module == ["tutor"]:  # from tutor import kinds, locations
            for alias in node.names:
                yield ["tutor", alias.name]
        else:
            yield module


def import_graph() -> dict[str, dict[str, list[str]]]:
    """node -> the nodes it imports -> where ("file:line")."""
    graph: dict[str, dict[str, list[str]]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        source = relative.parts[0].removesuffix(".py")
        if source == "__init__":
            continue
        graph.setdefault(source, {})
        tree = ast.parse(path.read_text(encoding="utf-8"))
        hidden = _type_checking_nodes(tree)
        for node in ast.walk(tree):
            if id(node) in hidden:
                continue
            for name in _imported(node):
                target = _node(name[1:]) if name[0] == "tutor" else None
                if target is not None and target != source:
                    where = f"{relative.as_posix()}:{getattr(node, 'lineno', 0)}"
                    graph[source].setdefault(target, []).append(where)
    return graph


def cycles(graph: dict[str, dict[str, list[str]]]) -> list[set[str]]:
    """The strongly connected groups of more than one node (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, {}):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(group)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _explain(graph: dict[str, dict[str, list[str]]], group: set[str]) -> str:
    return "; ".join(
        f"{source} -> {target} ({', '.join(graph[source][target][:2])})"
        for source in sorted(group)
        for target in sorted(graph.get(source, {}))
        if target in group
    )


def test_no_cycle_between_packages() -> None:
    graph = import_graph()
    found = cycles(graph)
    assert found == [], "\n".join(_explain(graph, group) for group in found)


def test_the_cycles_taken_apart_stay_apart() -> None:
    graph = import_graph()
    assert "runner" not in graph["checks"], graph["checks"]["runner"]
    assert "checks" not in graph["runner"], graph["runner"]["checks"]
    assert "instructor" not in graph["locations"], graph["locations"]["instructor"]
    assert "course" not in graph["workspace"], graph["workspace"]["course"]  # types only


def test_the_learners_core_does_not_need_the_instructors_tools() -> None:
    """tutor/instructor/ (authoring, packing, exports, the class report) sits above the core:
    only the front ends and the facade (the shared export after a check) import it."""
    graph = import_graph()
    assert "instructor" in graph  # the package is a node: its cycles would be found
    importers = {source for source, targets in graph.items() if "instructor" in targets}
    assert importers <= {"app_state", "cli", "commands", "tui"}, {
        source: graph[source]["instructor"] for source in importers
    }
    assert "app_state" not in graph["instructor"], graph["instructor"].get("app_state")


LEAVES = ["errors", "spelling", "source_loader", "sql_statements", "safe_text", "lazy", "locations"]


def test_the_leaves_import_no_other_part() -> None:
    graph = import_graph()
    assert {leaf: sorted(graph[leaf]) for leaf in LEAVES if graph[leaf]} == {}
    assert set(graph["progress"]) <= {"locations", "errors", "lazy"}


def test_the_graph_sees_imports_of_every_form() -> None:
    """The guard itself: a cycle made of the import forms used in tutor/ is found."""
    graph = import_graph()
    assert "runner" in graph["grading"]  # from tutor.runner import ...
    assert "kinds" in graph["app_state"]  # from tutor import kinds, locations
    assert "course" in graph["grading"]  # from tutor.course.model import ...
    assert "checks" in graph["kinds"] or "runner" in graph["kinds"]
    made_up = {"a": {"b": ["x"]}, "b": {"c": ["y"]}, "c": {"a": ["z"]}, "d": {"a": ["w"]}}
    assert cycles(made_up) == [{"a", "b", "c"}]
    assert cycles({"a": {"b": ["x"]}, "b": {}}) == []


def test_no_test_module_imports_another() -> None:
    """Shared steps live in helper modules (tests/tui/tui_driving.py), not in test modules:
    a test module imported by another has its tests and fixtures collected twice."""
    tests = Path(__file__).resolve().parents[1]
    importing = []
    for path in sorted(tests.rglob("test_*.py")):
        if {"data", "hostile", "__snapshots__"} & set(path.relative_to(tests).parts):
            continue  # sample courses: an exercise's hidden tests may import its visible ones
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            importing += [
                f"{path.relative_to(tests)} imports {name}"
                for name in names
                if name.split(".")[-1].startswith("test_")
            ]
    assert importing == []
