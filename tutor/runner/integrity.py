"""What pytest, pluggy and the tutor are before learner code runs, and what changed since.

Assigning to a module's or a class's attribute is not an audited event in
CPython, so the guard (guard.py) takes a snapshot when collection starts (no
learner code has run yet) and compares at the end of each test and of the
session: every module of pytest, _pytest, pluggy, unittest and the tutor, the
classes defined in them, builtins, the plugin manager and its hook
implementations for running and reporting tests, and then each collected test
(its function, its code, its marks) and the instructor's test modules.

Comparison is by identity (`is`), never `==`: a learner object's __eq__ must not
decide whether it replaced something. These functions run as the guard's
private copies (guard.private_namespace).
"""

from __future__ import annotations

import builtins
import sys
from operator import is_
from types import FunctionType, MethodType, ModuleType
from typing import Any

PLUGIN_LIST = "the list of pytest plugins"
WATCHED_PACKAGES = frozenset({"pytest", "_pytest", "pluggy", "unittest", "tutor", "iniconfig"})
# Globals pytest itself sets while tests run.
CHANGES_BY_PYTEST = frozenset(
    {
        ("_pytest.assertion.util", "_reprcompare"),
        ("_pytest.assertion.util", "_assertion_pass"),
        ("_pytest.assertion.util", "_config"),
        ("builtins", "_"),
        ("*", "_pytest_diamond_inheritance_warning_shown"),  # set on Node classes on first use
    }
)
# What runs, judges and reports a test: compared after every test.
HOT = (
    "_pytest.runner",
    "_pytest.reports",
    "_pytest.python",
    "_pytest.skipping",
    "_pytest.outcomes",
    "_pytest.main",
    "_pytest.nodes",
    "_pytest.fixtures",
    "_pytest.unittest",
    "_pytest.assertion",
    "pluggy",
    "tutor.runner",
    "builtins",
    "unittest.case",
    "the ",
    "a ",
    "pytest's",
)
# Hooks on the way from running a test to its report: their implementations are watched one by one.
REPORTING_HOOKS = (
    "pytest_runtest",
    "pytest_pyfunc_call",
    "pytest_collection",
    "pytest_itemcollected",
    "pytest_make_collect_report",
    "pytest_collectreport",
    "pytest_sessionfinish",
    "pytest_exception_interact",
    "pytest_assertrepr_compare",
    "pytest_report_teststatus",
    "pytest_deselected",
)


# (label, source, keys, values, slot names): source is a namespace (a module's or a
# class's __dict__), or an object with __slots__ (pluggy's hook callers), whose
# attributes named in the last item are read each time. The old values are kept
# so that no object (and no id) is reused while the snapshot lives.
Entry = tuple[str, Any, tuple[Any, ...], tuple[Any, ...], tuple[str, ...] | None]

# Module name -> (label, namespace) of the module and the classes it defines.
# Filled in the long-lived process before it forks (guard.py imports this
# module), so that a check's child only looks at modules imported since.
_known: dict[str, list[tuple[str, Any]]] = {}


def _entry(label: str, source: Any) -> Entry:
    if type(source) is _Listed:
        return (label, source, (), tuple(source.items), ("items",))
    if type(source) is dict or type(source) is _MAPPINGPROXY:
        return (label, source, tuple(source), tuple(source.values()), None)
    try:
        namespace = vars(source)
    except TypeError:  # __slots__
        names = tuple(n for k in type(source).__mro__ for n in k.__dict__.get("__slots__", ()))
        return (label, source, names, tuple(getattr(source, n, None) for n in names), names)
    return (label, namespace, tuple(namespace), tuple(namespace.values()), None)


_MAPPINGPROXY = type(type.__dict__)


def _mapping(entry: Entry) -> Any:
    source, names = entry[1], entry[4]
    if names is None:
        return source
    return {name: getattr(source, name, None) for name in names}


def watched_namespaces() -> list[tuple[str, Any]]:
    """Every module of the watched packages loaded now, and the classes each defines."""
    for name, module in list(sys.modules.items()):
        if name in _known:
            continue
        found: list[tuple[str, Any]] = []
        if type(module) is ModuleType and name.split(".")[0] in WATCHED_PACKAGES:
            namespace = vars(module)
            found.append((name, namespace))
            for value in list(namespace.values()):
                if isinstance(value, type) and value.__dict__.get("__module__") == name:
                    found.append((f"{name}.{value.__qualname__}", value.__dict__))
        _known[name] = found
    return [pair for pairs in _known.values() for pair in pairs]


def take(pluginmanager: Any) -> dict[str, Any]:
    """The snapshot, before any learner code runs."""
    entries = [_entry(label, namespace) for label, namespace in watched_namespaces()]
    entries.append(_entry("builtins", vars(builtins)))
    if pluginmanager is not None:
        entries.append(_entry("pluggy.PluginManager", pluginmanager))
        entries.append(_entry(PLUGIN_LIST, pluginmanager._name2plugin))
        hooks = pluginmanager.hook
        entries.append(_entry("pytest's hooks", hooks))
        for name, caller in list(vars(hooks).items()):
            if not name.startswith(REPORTING_HOOKS):
                continue
            entries.append(_entry(f"the {name} hook", caller))
            entries.append(_entry(f"the plugins of the {name} hook", _Listed(caller._hookimpls)))
            for impl in caller._hookimpls:
                entries.append(_entry(f"a plugin of the {name} hook", impl))
    hot = [entry for entry in entries if entry[0].startswith(HOT)]
    return {"entries": entries, "hot": hot}


class _Listed:
    """A list, watched as a namespace of its positions."""

    __slots__ = ("items",)

    def __init__(self, items: list[Any]) -> None:
        self.items = items


def _same(entry: Entry) -> bool:
    """Nothing added, removed or replaced (by identity; C loops, no learner code runs)."""
    _label, source, keys, values, names = entry
    if names is not None:
        if type(source) is _Listed:
            now = source.items
            return len(now) == len(values) and all(map(is_, now, values))
        return all(map(is_, (getattr(source, n, None) for n in names), values))
    return (
        len(source) == len(keys)
        and all(map(is_, source, keys))
        and all(map(is_, source.values(), values))
    )


def compare(watch: dict[str, Any], hot_only: bool = False) -> list[str]:
    """What changed since the snapshot, said as what the learner's code did.

    hot_only: only what runs, judges and reports a test (after each test; the
    whole snapshot is compared at the end of the session).
    """
    changes = []
    for entry in watch["hot" if hot_only else "entries"]:
        if _same(entry):
            continue
        label = entry[0]
        if type(entry[1]) is _Listed:
            changes.append(f"registered or removed a pytest plugin ({label})")
            continue
        for key in _changed_keys(label, _mapping(entry), entry[2], entry[3]):
            if (label, key) not in CHANGES_BY_PYTEST and ("*", key) not in CHANGES_BY_PYTEST:
                changes.append(_said(label, key))
    return changes


def _changed_keys(
    label: str, mapping: Any, keys: tuple[Any, ...], values: tuple[Any, ...]
) -> list[Any]:
    before = dict(zip(keys, values, strict=False))
    missing = object()
    changed = [
        key
        for key, value in list(mapping.items())
        if before.get(key, missing) is not value
        and not (key not in before and _is_added_by_import(label, key, value))
    ]
    changed += [key for key in before if key not in mapping]
    return [key if type(key) is str else "?" for key in changed]


def _is_added_by_import(label: str, key: Any, value: Any) -> bool:
    """A package gets an attribute for each submodule imported after the snapshot, and
    a lazy package (tutor.lazy) one for each name it imports on first use."""
    if type(key) is not str:
        return False
    if type(value) is ModuleType:
        return vars(value).get("__name__") == f"{label}.{key}" and (
            sys.modules.get(f"{label}.{key}") is value
        )
    package = sys.modules.get(label)
    where = vars(package).get("_WHERE") if type(package) is ModuleType else None
    if type(where) is dict and type(where.get(key)) is str:
        # A lazy package's name, re-exported from where its submodule imported it.
        submodule = sys.modules.get(f"{label}.{where[key]}")
        return type(submodule) is ModuleType and vars(submodule).get(key) is value
    home = getattr(value, "__module__", None)
    return (
        type(home) is str
        and home.startswith(label + ".")
        and home.split(".")[0] in WATCHED_PACKAGES
        and vars(sys.modules[home]).get(key) is value
        if home in sys.modules
        else False
    )


def _said(label: str, key: str) -> str:
    if label == PLUGIN_LIST:
        return f"registered or removed a pytest plugin ({key})"
    if label.startswith(("the ", "a ", "pluggy.", "pytest's ")):
        return f"changed {label} ({key})"
    return f"replaced {label}.{key}"


def compare_kept(entries: list[Entry]) -> list[str]:
    """Names that were there at the snapshot and are now gone or bound to something else
    (names added since are the module's own later definitions)."""
    changes = []
    missing = object()
    for label, source, keys, values, _names in entries:
        for key, old in zip(keys, values, strict=False):
            if source.get(key, missing) is not old:
                changes.append(f"replaced {key if type(key) is str else '?'} in {label}")
    return changes


def snapshot_items(items: list[Any]) -> dict[int, Any]:
    """Each collected test: its class, function, code, marks (of it and its parents)."""
    return {id(item): (item, _item_state(item)) for item in items}


def _item_state(item: Any) -> tuple[Any, ...]:
    values = vars(item)
    function = values.get("_obj")
    if type(function) is MethodType:
        function = function.__func__
    elif function is None:
        # unittest: pytest binds the method to a fresh TestCase at setup and drops it at
        # teardown; what must not change is the function in the TestCase class.
        owner = vars(item.parent).get("_obj")
        if isinstance(owner, type):
            function = vars(owner).get(values.get("originalname", ""))
    code = function.__code__ if type(function) is FunctionType else None
    marks = []
    node = item
    while node is not None:
        marks.append(tuple(map(id, vars(node).get("own_markers") or ())))
        node = node.parent  # a slot of pytest's nodes, not in vars()
    return (type(item), id(function), id(code), tuple(marks), "runtest" in values)


def compare_item(items: dict[int, Any], item: Any) -> list[str]:
    kept = items.get(id(item))
    if kept is None or kept[0] is not item:
        return ["ran a test the tutor did not collect"]
    if _item_state(item) != kept[1]:
        return [f"changed the test {getattr(item, 'name', '?')} (its function, code or marks)"]
    return []


def add_test_modules(
    watch: dict[str, Any] | None,
    items: list[Any],
    kind_of_file: Any,
    learner: int,
    helpers: dict[str, Any],
) -> list[str]:
    """The instructor's test modules, as collection left them; their globals must hold
    the genuine modules the rewritten asserts call (helpers: @pytest_ar, @tutor_strict)."""
    if watch is None:
        return []
    changes = []
    seen = set()
    for item in items:
        module = getattr(item, "module", None)
        if type(module) is not ModuleType or id(module) in seen:
            continue
        seen.add(id(module))
        filename = vars(module).get("__file__")
        if type(filename) is str and kind_of_file(filename) != learner:
            namespace = vars(module)
            label = f"the test module {filename.rsplit('/', 1)[-1]}"
            for name, genuine in helpers.items():
                if name in namespace and namespace[name] is not genuine:
                    changes.append(f"replaced {name} in {label}")
            if namespace.get("__builtins__") not in (builtins, vars(builtins)):
                changes.append(f"replaced __builtins__ in {label}")
            watch["entries"].append(_entry(label, namespace))
    return changes
