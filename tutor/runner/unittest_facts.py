"""Facts about a failed unittest assertion, read in the check's child from the traceback.

unittest's own message hides which value is the learner's, cuts long values
("[41 chars]") and adds difflib's `?` lines. The values themselves are still
in the traceback: the frame of unittest's assert method (unittest/case.py)
holds its arguments (`first`, `second`, `member`, `container`, `expr`, ...)
as locals. Only reprs travel to the parent, which words the message
(unittest_failures.py). Kept free of pytest imports.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from types import FrameType, TracebackType
from typing import Any

MAX_NAMES = 20  # locals of the test's own frame, for subTest values and loop variables
MAX_NAME_REPR = 200
# Built-in types whose repr runs no learner code worth fearing and reads well in a sentence.
_PLAIN = (int, float, complex, str, bytes, bool, type(None), tuple, list, dict, set, frozenset)


def _is_unittest(frame: FrameType) -> bool:
    return bool(frame.f_globals.get("__unittest"))


def _entries(tb: TracebackType | None) -> list[TracebackType]:
    entries = []
    while tb is not None:
        entries.append(tb)
        tb = tb.tb_next
    return entries


def _type_names(expected: object) -> list[str]:
    kinds = expected if isinstance(expected, tuple) else (expected,)
    return [getattr(kind, "__name__", str(kind)) for kind in kinds]


def unittest_facts(exc: BaseException, show: Callable[[Callable[[], str]], str]) -> dict[str, Any]:
    """Which unittest assert failed, its arguments, and the test line that called it.

    Empty when the failure did not come from unittest's assert methods. `show`
    turns a value into bounded, exception-safe text (reporter._safe_text).
    """
    try:
        return _facts(exc, show)
    except Exception:  # noqa: BLE001 - a better message is a bonus; the failure is still told
        return {}


def _facts(exc: BaseException, show: Callable[[Callable[[], str]], str]) -> dict[str, Any]:
    entries = _entries(exc.__traceback__)
    calls = [
        (caller, callee)
        for caller, callee in zip(entries, entries[1:], strict=False)
        if _is_unittest(callee.tb_frame) and not _is_unittest(caller.tb_frame)
    ]
    if not calls:
        return {}
    caller, callee = calls[-1]
    frame = callee.tb_frame
    code = frame.f_code
    local = frame.f_locals
    params = code.co_varnames[: code.co_argcount + code.co_kwonlyargcount]
    facts: dict[str, Any] = {
        "method": code.co_name,
        "file": caller.tb_frame.f_code.co_filename,
        "line": caller.tb_lineno,
        "params": [name for name in params if name != "self"],
        "args": {},
        "types": {},
        "names": _plain_locals(caller.tb_frame, show),
        # False when the error came from code the assert method ran (assertRaises(E, f)).
        "by_unittest": _is_unittest(entries[-1].tb_frame),
    }
    # assertCountEqual turns its arguments into Counters; the originals stay in *_seq.
    originals = {"first": "first_seq", "second": "second_seq"}
    for param in params:
        if param in ("self", "msg"):
            continue
        if code.co_name == "assertCountEqual" and param in originals:
            param_value = local.get(originals[param])
        else:
            param_value = local.get(param)
        facts["args"][param] = show(partial(repr, param_value))
        facts["types"][param] = type(param_value).__name__
    if "expected_exception" in local:
        facts["expected_types"] = _type_names(local["expected_exception"])
    raises = _raises_context(entries[entries.index(callee) :], show)
    if raises is not None:
        facts["raises"] = raises
    return facts


def _raises_context(
    entries: list[TracebackType], show: Callable[[Callable[[], str]], str]
) -> dict[str, Any] | None:
    """assertRaises(...) as a context manager or a call ends in _AssertRaisesContext.__exit__."""
    for entry in entries:
        frame = entry.tb_frame
        context = frame.f_locals.get("self")
        if frame.f_code.co_name != "__exit__" or context is None:
            continue
        if not hasattr(context, "expected"):
            continue
        raised = frame.f_locals.get("exc_value")
        regex = getattr(context, "expected_regex", None)
        return {
            "expected": _type_names(context.expected),
            "regex": getattr(regex, "pattern", None) if regex is not None else None,
            "raised": type(raised).__name__ if raised is not None else None,
            "raised_text": show(partial(str, raised)) if raised is not None else None,
        }
    return None


def _plain_locals(frame: FrameType, show: Callable[[Callable[[], str]], str]) -> dict[str, str]:
    """The test's own simple variables (`n`, `want`): subTest(n=n) names them."""
    found: dict[str, str] = {}
    for name, value in list(frame.f_locals.items()):
        if len(found) >= MAX_NAMES:
            break
        if name == "self" or type(value) not in _PLAIN:
            continue
        text = show(partial(repr, value))
        if len(text) <= MAX_NAME_REPR:
            found[name] = text
    return found
