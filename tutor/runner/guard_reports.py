"""What the reporter sends through the guard: each event checked, then written.

Part of the guard (guard.py): an event counts only when it comes from the
reporter's own code with no learner frame on the stack; each test's outcome is
decided here from pytest's own reports; the integrity snapshot (integrity.py)
is taken when collection starts and compared after each test and at the end.
These functions run as private copies in the guard's private namespace
(guard.private_namespace). Nothing here is called directly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tutor.runner.events import (
    COLLECT_SKIP,
    COLLECTED,
    GUARD_COLLECTING,
    GUARD_LOGREPORT,
    GUARD_MAKEREPORT,
    INTEGRITY,
    READY,
    RESULT,
    SESSION_END,
    START,
)
from tutor.runner.guard_base import (
    _S,
    LEARNER,
    _getframe,
    _kind_of_file,
    _learner_on_stack,
    _send,
    _tampered,
)

# What a forged event claimed to be, in the learner's words.
FORGED = {
    RESULT: "test result",
    GUARD_LOGREPORT: "test result",
    GUARD_MAKEREPORT: "test result",
    START: "test start",
    COLLECTED: "list of tests",
    SESSION_END: "end of the checks",
    READY: "start of the checks",
}


# --- events from the reporter ----------------------------------------------------


def _on_event(kind: Any, data: Any) -> None:
    caller = _getframe(3)  # _on_event <- _handle <- _hook <- emit
    outer = caller.f_back if caller is not None else None
    genuine = (
        type(kind) is str
        and type(data) is dict
        and caller.f_code is _S["emit_code"]
        and outer is not None
        and outer.f_code in _S["emitters"]
    )
    if genuine:
        where = _learner_on_stack(4)
        genuine = where is None
    else:
        where = _learner_on_stack(4)
    if not genuine:
        _check_integrity(None)  # what the learner changed to get here says more, so first
        label = FORGED.get(kind, "report") if type(kind) is str else "report"
        _tampered(f"sent the tutor a made-up {label}", where or ("", 0))
        return
    handler = _S["handlers"].get(kind)
    if handler is not None and handler(data) is False:
        return
    if not kind.startswith("_"):
        _send(kind, data)


def _on_collecting(data: dict[str, Any]) -> bool:
    """Collection starts: no learner code has run yet, so this is what pytest should be."""
    _S["watch"] = integrity_take(data.get("pluginmanager"))
    return False


def _on_collected(data: dict[str, Any]) -> bool:
    items = data.pop("_items", None) or []
    _S["items"] = integrity_items(items)
    changes = integrity_add_test_modules(_S["watch"], items, _kind_of_file, _S["helpers"])
    changes += integrity_compare_kept(_S["pre_import"])
    for change in changes:
        _tampered(change, ("", 0), block=False)
    return True


def _on_makereport(data: dict[str, Any]) -> bool:
    """A skip or xfail raised while learner code ran is not a skip: note where."""
    error = data.get("error")
    if error is not None:  # kept for the phase, in case pytest reports it as skipped
        where = _skip_origin(error)
        if where is not None:
            label = _skip_label(error)
            _S["learner_skip"][data.get("when")] = {
                "kind": label,
                "file": where[0],
                "line": where[1],
            }
    return False


def _skip_label(error: BaseException) -> str:
    name = type(error).__name__
    return {
        "Skipped": "pytest.skip",
        "XFailed": "pytest.xfail",
        "SkipTest": "unittest.SkipTest",
    }.get(name, name)


def _skip_origin(error: BaseException) -> tuple[str, int] | None:
    """The learner frame an exception (or what it was raised while handling) went through."""
    # The slots' own descriptors, past any property a subclass defines (typeshed types
    # them as the values they hold, hence Any).
    traceback_slot: Any = BaseException.__traceback__
    cause_slot: Any = BaseException.__cause__
    context_slot: Any = BaseException.__context__
    seen = 0
    while error is not None and seen < 10:
        seen += 1
        tb = traceback_slot.__get__(error)
        found = None
        while tb is not None:
            frame = tb.tb_frame
            if _kind_of_file(frame.f_code.co_filename) == LEARNER:
                found = (frame.f_code.co_filename, tb.tb_lineno)
            tb = tb.tb_next
        if found is not None:
            return found
        cause = cause_slot.__get__(error)
        error = cause if cause is not None else context_slot.__get__(error)
    return None


def _on_logreport(data: dict[str, Any]) -> bool:
    report = data.get("report")
    values = vars(report) if report is not None else {}
    when, outcome = values.get("when"), values.get("outcome")
    if type(when) is str and type(outcome) is str:
        _S["phases"][when] = outcome
    return False


def _on_start(data: dict[str, Any]) -> bool:
    _S["phases"], _S["learner_skip"] = {}, {}
    return True


def _on_result(data: dict[str, Any]) -> bool:
    """The outcome is the guard's, from pytest's own reports, whatever the reporter says."""
    phases, skips = _S["phases"], _S["learner_skip"]
    outcome, failed = "pass", None
    for when in ("setup", "call", "teardown"):
        said = phases.get(when)
        if said is None:
            continue
        if said == "skipped":
            if when in skips:
                outcome, failed = "fail", when
                data["skipped_by"] = skips[when]
            else:
                outcome = "skip"
            break
        if said != "passed":
            outcome, failed = ("fail" if when == "call" else "error"), when
            break
    if "call" not in phases and outcome == "pass":
        outcome, failed = "error", "setup"  # a test that never ran passed nothing
    if data.get("outcome") != outcome:
        data["outcome"], data["phase"] = outcome, failed
    item = data.pop("_item", None)
    _check_integrity(item)
    _S["results"] += 1
    return True


def _on_collect_skip(data: dict[str, Any]) -> bool:
    path = data.get("where_file")
    data["by_learner"] = type(path) is str and _kind_of_file(path) == LEARNER
    return True


def _on_session_end(data: dict[str, Any]) -> bool:
    _check_integrity(None)
    _send(
        INTEGRITY,
        {
            "ok": _S["tampering"] == 0 and _S["faults"] == 0 and _S["watch"] is not None,
            "results": _S["results"],
        },
    )
    data["results"] = _S["results"]
    return True


def _check_integrity(item: Any) -> None:
    watch = _S["watch"]
    if watch is None:
        return
    changes = integrity_compare(watch, item is not None)
    if item is not None:
        changes += integrity_compare_item(_S["items"], item)
    for change in changes:
        _tampered(change, ("", 0), block=False)


def _event_handlers() -> dict[str, Callable[[dict[str, Any]], bool]]:
    """Made in the private namespace, so that each is the private copy."""
    return {
        GUARD_COLLECTING: _on_collecting,
        COLLECTED: _on_collected,
        GUARD_MAKEREPORT: _on_makereport,
        GUARD_LOGREPORT: _on_logreport,
        START: _on_start,
        RESULT: _on_result,
        COLLECT_SKIP: _on_collect_skip,
        SESSION_END: _on_session_end,
    }


# The integrity functions, under the names the guard calls them by (the private
# namespace holds the integrity module's functions too).
def integrity_take(pluginmanager: Any) -> Any:
    return take(pluginmanager)  # type: ignore[name-defined]  # noqa: F821


def integrity_compare(watch: Any, hot_only: bool) -> list[str]:
    return compare(watch, hot_only)  # type: ignore[name-defined]  # noqa: F821


def integrity_items(items: list[Any]) -> dict[int, Any]:
    return snapshot_items(items)  # type: ignore[name-defined]  # noqa: F821


def integrity_compare_item(items: dict[int, Any], item: Any) -> list[str]:
    return compare_item(items, item)  # type: ignore[name-defined]  # noqa: F821


def integrity_add_test_modules(
    watch: Any, items: list[Any], kind_of_file: Any, helpers: dict[str, Any]
) -> list[str]:
    return add_test_modules(watch, items, kind_of_file, LEARNER, helpers)  # type: ignore[name-defined]  # noqa: F821,E501


def integrity_entry(label: str, namespace: dict[str, Any]) -> Any:
    return _entry(label, namespace)  # type: ignore[name-defined]  # noqa: F821


def integrity_compare_kept(entries: list[Any]) -> list[str]:
    return compare_kept(entries)  # type: ignore[name-defined]  # noqa: F821
