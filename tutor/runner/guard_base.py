"""The guard's state, whose code a frame is, and what it writes to the event pipe.

Part of the guard (guard.py): these functions run as private copies in the
guard's private namespace, with guard.py's and guard_reports.py's, where every
name below resolves (guard.private_namespace). Nothing here is called directly.
"""

from __future__ import annotations

import os
import sys
from _json import encode_basestring_ascii
from types import FrameType
from typing import Any

from tutor.runner.events import NAME_KEY, TAMPERING

# Bound once, at import: learner code may replace os.write or sys._getframe later.
_write = os.write
_getframe = sys._getframe
_encode_str = encode_basestring_ascii

LEARNER, TRUSTED, NEUTRAL = 0, 1, 2
MAX_TAMPERING_EVENTS = 5
MAX_DEPTH = 400  # frames walked at most (deep recursion is the learner's own)

# Functions of the standard library that hand a frame to their caller.
LEAKY = frozenset(
    {
        "currentframe",
        "stack",
        "trace",
        "getouterframes",
        "getinnerframes",
        "walk_stack",
        "walk_tb",
        "frame",
        "_getframe",
    }
)


# The check's state, made by guard._install; the guard's private copies share it.
_S: dict[str, Any] = {}


# --- whose code is this? ---------------------------------------------------------


def _kind_of_file(filename: str) -> int:
    kinds = _S["kinds"]
    kind = kinds.get(filename)
    if kind is None:
        if type(filename) is not str or not filename:
            kind = NEUTRAL
        elif filename.startswith("<"):
            kind = TRUSTED if filename.startswith("<frozen ") else NEUTRAL
        else:
            path = os.path.abspath(filename)
            if path.startswith(_S["workspace"]):
                kind = LEARNER
            elif path.startswith(_S["trusted"]):
                kind = TRUSTED
            else:
                kind = LEARNER  # a file the learner wrote elsewhere (/tmp) and imported
        kinds[filename] = kind
    return kind


def _learner_on_stack(depth: int = 3) -> tuple[str, int] | None:
    """The innermost learner frame on this thread's stack, if any."""
    return _first_learner_frame(_getframe(depth), stop_at_trusted=False)


def _from_debugger(depth: int = 3) -> bool:
    """Whether the standard library's debugger (bdb, under pdb) sets or clears the tracer:
    bdb called sys.settrace, or Python clears bdb's tracer once after it raised BdbQuit."""
    frame = _getframe(depth)
    if frame is not None and _is_bdb(frame.f_code.co_filename):
        _S["debugger_tracing"] = True
        return True
    if _S.get("debugger_tracing"):
        _S["debugger_tracing"] = False
        return True
    return False


def _is_bdb(filename: str) -> bool:
    return _kind_of_file(filename) == TRUSTED and filename.endswith(("/bdb.py", "\\bdb.py"))


def _direct_caller(depth: int = 4) -> tuple[str, int] | None:
    """The learner frame that did this itself: the first frame that is not generated
    code, nor a standard function that hands a frame back to its caller."""
    return _first_learner_frame(_getframe(depth), stop_at_trusted=True)


def _first_learner_frame(frame: FrameType | None, stop_at_trusted: bool) -> tuple[str, int] | None:
    """Walking out from frame to the check's base: the first learner frame, or None at
    the base or (stop_at_trusted) at a trusted frame that does not hand frames out."""
    base = _S["base"]
    for _ in range(MAX_DEPTH):
        if frame is None or frame is base:
            return None
        code = frame.f_code
        kind = _kind_of_file(code.co_filename)
        if kind == LEARNER:
            return code.co_filename, frame.f_lineno
        if stop_at_trusted and kind == TRUSTED and code.co_name not in LEAKY:
            return None
        frame = frame.f_back
    return None


def _kind_of_module(module: Any) -> int:
    found = sys.modules.get(module) if type(module) is str else None
    filename = getattr(found, "__file__", None) if found is not None else None
    return _kind_of_file(filename) if type(filename) is str else NEUTRAL


def _tampered(what: str, where: tuple[str, int], block: bool = True) -> None:
    _S["tampering"] += 1
    if _S["tampering"] <= MAX_TAMPERING_EVENTS:
        _send(TAMPERING, {"what": what, "file": where[0], "line": where[1]})
    if block:
        raise RuntimeError(f"The tutor stopped this: your code {what}.")


# --- writing ---------------------------------------------------------------------


def _send(kind: str, data: dict[str, Any]) -> None:
    # events.encode's wire format, written with _encode: json's Python parts can be replaced.
    line = _S["token"] + _encode({NAME_KEY: kind, **data}, 0) + "\n"
    payload = line.encode("utf-8", "replace")
    fd = _S["fd"]
    while payload:  # a pipe write can be partial when a signal interrupts it
        written = _write(fd, payload)
        payload = payload[written:]


def _encode(value: Any, depth: int) -> str:
    """JSON from C string escaping and this function only: json's Python parts can be
    replaced by learner code."""
    kind = type(value)
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return int.__repr__(value)
    if kind is float:
        return float.__repr__(value) if value == value and value not in (1e309, -1e309) else "0"
    if kind is str:
        return _encode_str(value)
    if depth > 20:
        return "null"
    if kind is dict:
        parts = [
            _encode_str(key if type(key) is str else str(key)) + ":" + _encode(item, depth + 1)
            for key, item in value.items()
        ]
        return "{" + ",".join(parts) + "}"
    if kind in (list, tuple):
        return "[" + ",".join(_encode(item, depth + 1) for item in value) + "]"
    return _encode_str(f"<{kind.__name__}>")
