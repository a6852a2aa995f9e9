"""integrity.py: the snapshot of pytest, pluggy and the tutor, and what changed since.

A probe module under a watched package name and a real pluggy PluginManager stand
in for pytest's own, so that no test here changes the pytest that runs it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from types import ModuleType

import pluggy
import pytest

from tutor.runner import integrity

HOT_PROBE = "tutor.runner._integrity_probe"  # "tutor.runner": compared after every test
COLD_PROBE = "tutor._integrity_probe"  # compared only at the end of the session

hookspec = pluggy.HookspecMarker("probe")
hookimpl = pluggy.HookimplMarker("probe")


class Specs:
    @hookspec
    def pytest_runtest_logreport(self, report: object) -> None: ...


class Reporter:
    @hookimpl
    def pytest_runtest_logreport(self, report: object) -> None: ...


class Other:
    @hookimpl
    def pytest_runtest_logreport(self, report: object) -> None: ...


def probe_module(name: str) -> ModuleType:
    module = ModuleType(name)
    exec(
        "FLAG = None\nLIMIT = None\n"
        "def judge(report):\n    return report\n"
        "class Report:\n    passed = True\n    failed = False\n",
        vars(module),
    )
    vars(module)["Report"].__module__ = name
    return module


@pytest.fixture
def probes() -> Iterator[tuple[ModuleType, ModuleType]]:
    hot, cold = probe_module(HOT_PROBE), probe_module(COLD_PROBE)
    sys.modules[HOT_PROBE], sys.modules[COLD_PROBE] = hot, cold
    try:
        yield hot, cold
    finally:
        for name in (HOT_PROBE, COLD_PROBE):
            sys.modules.pop(name, None)
            integrity._known.pop(name, None)


@pytest.fixture
def manager() -> pluggy.PluginManager:
    manager = pluggy.PluginManager("probe")
    manager.add_hookspecs(Specs)
    manager.register(Reporter(), name="reporter")
    return manager


def test_nothing_changed_says_nothing(probes: object, manager: pluggy.PluginManager) -> None:
    watch = integrity.take(manager)
    assert integrity.compare(watch, hot_only=True) == []
    assert integrity.compare(watch) == []


def test_a_replaced_function_is_named_and_putting_it_back_is_not_a_change(
    probes: tuple[ModuleType, ModuleType], manager: pluggy.PluginManager
) -> None:
    hot, _cold = probes
    watch = integrity.take(manager)
    namespace = vars(hot)
    genuine = namespace["judge"]
    namespace["judge"] = lambda report: "passed"
    assert integrity.compare(watch, hot_only=True) == [f"replaced {HOT_PROBE}.judge"]
    namespace["judge"] = genuine
    assert integrity.compare(watch, hot_only=True) == []


def test_a_name_swapped_for_another_bound_to_the_same_object_is_seen(
    probes: tuple[ModuleType, ModuleType], manager: pluggy.PluginManager
) -> None:
    # LIMIT is the last name before the function and class: deleting it and adding a
    # new name bound to the same None leaves the values, in order, as they were.
    hot, _cold = probes
    namespace = vars(hot)
    watch = integrity.take(manager)
    for name in ("LIMIT", "judge", "Report"):
        value = namespace.pop(name)
        namespace[name if name != "LIMIT" else "OTHER"] = value
    assert namespace["OTHER"] is None
    changes = integrity.compare(watch, hot_only=True)
    assert f"replaced {HOT_PROBE}.LIMIT" in changes
    assert f"replaced {HOT_PROBE}.OTHER" in changes


def test_changes_are_said_in_the_namespace_s_own_order(
    probes: tuple[ModuleType, ModuleType], manager: pluggy.PluginManager
) -> None:
    hot, _cold = probes
    watch = integrity.take(manager)
    hot.Report.passed = property(lambda self: True)
    hot.Report.failed = property(lambda self: False)
    vars(hot)["FLAG"] = True
    assert integrity.compare(watch, hot_only=True) == [
        f"replaced {HOT_PROBE}.FLAG",
        f"replaced {HOT_PROBE}.Report.passed",
        f"replaced {HOT_PROBE}.Report.failed",
    ]


def test_a_module_outside_the_hot_set_is_compared_at_the_end_only(
    probes: tuple[ModuleType, ModuleType], manager: pluggy.PluginManager
) -> None:
    _hot, cold = probes
    watch = integrity.take(manager)
    vars(cold)["judge"] = lambda report: "passed"
    assert integrity.compare(watch, hot_only=True) == []
    assert integrity.compare(watch) == [f"replaced {COLD_PROBE}.judge"]


def test_a_plugin_added_to_a_reporting_hook_is_seen(
    probes: object, manager: pluggy.PluginManager
) -> None:
    watch = integrity.take(manager)
    manager.register(Other(), name="other")
    changes = integrity.compare(watch, hot_only=True)
    assert (
        "registered or removed a pytest plugin "
        "(the plugins of the pytest_runtest_logreport hook)" in changes
    )


def test_a_hook_implementation_given_another_function_is_seen(
    probes: object, manager: pluggy.PluginManager
) -> None:
    watch = integrity.take(manager)
    (implementation,) = manager.hook.pytest_runtest_logreport.get_hookimpls()
    implementation.function = lambda report: None  # type: ignore[misc]
    assert integrity.compare(watch, hot_only=True) == [
        "changed a plugin of the pytest_runtest_logreport hook (function)"
    ]


def test_an_unset_slot_is_compared_one_by_one(
    probes: object, manager: pluggy.PluginManager
) -> None:
    # The fast comparison reads every slot at once and fails on an unset one; the
    # walk that follows reads each with a default, as the snapshot did.
    (implementation,) = manager.hook.pytest_runtest_logreport.get_hookimpls()
    del implementation.opts
    watch = integrity.take(manager)
    assert integrity.compare(watch, hot_only=True) == []
    implementation.opts = {}  # type: ignore[misc,typeddict-item]
    assert integrity.compare(watch, hot_only=True) == [
        "changed a plugin of the pytest_runtest_logreport hook (opts)"
    ]
