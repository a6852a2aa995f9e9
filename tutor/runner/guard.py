"""The check's guard: a PEP 578 audit hook in the child, armed before any learner code runs.

Learner code runs in the same process as pytest, so it could change how the
checks judge it. The guard makes that hard and, above all, visible:

- It is the only holder of the event pipe's token and of the write to it.
  Reporter events reach it through sys.audit("tutor.event", ...); it writes
  one only when the call comes from the reporter's own code with no frame of
  the learner's on the stack, and it decides each test's outcome itself from
  pytest's reports (a skip raised from the learner's code is a failure).
- It sees, before they happen, the actions that reach into the checker: taking
  stack frames (sys._getframe, tb_frame, gi_frame ...), searching memory with
  gc, swapping a function's __code__, tracing, ctypes, new audit hooks,
  compiling code under a file name that is not the learner's, opening
  /proc/self/mem. Done from learner code, each is reported at once as
  tampering (with the learner's file and line) and made to fail.
- It compares pytest's, pluggy's and the tutor's modules, classes and plugin
  list with a snapshot taken before learner code ran (integrity.py), at each
  test's end and at the session's end: assigning to a class or module
  attribute is not an audited event.

Its functions run as private copies (private_namespace) whose globals and
builtins are their own, so that nothing the learner's code can reach by name
(this module, builtins, json, os) changes how the guard works. The audit hook
itself cannot be removed or listed from Python.
"""

from __future__ import annotations

import builtins
import os
import sys
import sysconfig
from _json import encode_basestring_ascii
from _thread import get_ident
from collections.abc import Callable
from types import FrameType, FunctionType, ModuleType
from typing import Any

# Plain strings, copied into the guard's private namespace with its other globals.
from tutor.runner.events import (
    COLLECT_SKIP,
    COLLECTED,
    GUARD_COLLECTING,
    GUARD_FAULT,
    GUARD_LOGREPORT,
    GUARD_MAKEREPORT,
    INTEGRITY,
    NAME_KEY,
    READY,
    RESULT,
    SESSION_END,
    START,
    TAMPERING,
)

Emit = Callable[..., None]

# Bound at import, before learner code: the guard never looks these up again.
_write = os.write
_getframe = sys._getframe
_audit = sys.audit
_add_hook = sys.addaudithook
_realpath = os.path.realpath
_get_ident = get_ident
_encode_str = encode_basestring_ascii

LEARNER, TRUSTED, NEUTRAL = 0, 1, 2
MAX_TAMPERING_EVENTS = 5
MAX_DEPTH = 400  # frames walked at most (deep recursion is the learner's own)

# Attribute reads CPython audits that hand out a frame.
FRAME_ATTRIBUTES = frozenset({"tb_frame", "gi_frame", "cr_frame", "ag_frame"})
FRAME_EVENTS = frozenset({"sys._getframe", "sys._current_frames", "sys._current_exceptions"})
# Done by learner code (a frame of theirs anywhere on the stack): tampering.
FORBIDDEN_EVENTS = {
    "gc.get_objects": "searched Python's memory for the checker's objects (gc.get_objects)",
    "gc.get_referrers": "searched Python's memory for the checker's objects (gc.get_referrers)",
    "gc.get_referents": "searched Python's memory for the checker's objects (gc.get_referents)",
    "sys.settrace": "installed a tracer (sys.settrace)",
    "sys.setprofile": "installed a profiler (sys.setprofile)",
    "sys.addaudithook": "added an audit hook (sys.addaudithook)",
    "code.__new__": "built a code object by hand (types.CodeType or code.replace)",
    "sys.monitoring.register_callback": "installed a monitor (sys.monitoring)",
    "sys._getframemodulename": "looked at the checker's stack frames (sys._getframemodulename)",
}
WATCHED = frozenset(
    {
        "tutor.event",
        "import",
        "object.__setattr__",
        "object.__delattr__",
        "object.__getattr__",
        "open",
        "compile",
        *FRAME_EVENTS,
        *FORBIDDEN_EVENTS,
    }
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
FUNCTION_PARTS = frozenset({"__code__", "__defaults__", "__kwdefaults__", "__globals__"})
TYPE_PARTS = frozenset({"__bases__", "__name__", "__qualname__", "__module__", "__class__"})
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


def trusted_roots(request_test_files: list[str], workspace: str) -> tuple[str, ...]:
    """Folders whose code is the checker's: Python's own, installed packages, the
    tutor, and the instructor's test folders (the learner's own test files aside)."""
    roots = set(_python_roots())
    for test_file in request_test_files:
        if not _is_within(_realpath(test_file), workspace):
            roots.add(os.path.dirname(_realpath(test_file)))
    expanded = set()
    for root in roots:
        expanded |= {os.path.abspath(root), _realpath(root)}
    return tuple(sorted(root.rstrip(os.sep) + os.sep for root in expanded if root))


_ROOTS: list[str] = []


def _python_roots() -> list[str]:
    """Python's own folders, installed packages and the tutor (sysconfig is slow: once)."""
    if not _ROOTS:
        paths = sysconfig.get_paths()
        keys = ("stdlib", "platstdlib", "purelib", "platlib")
        _ROOTS.extend(paths[key] for key in keys if key in paths)
        _ROOTS.append(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        _ROOTS.extend(p for p in sys.path if p.endswith("site-packages"))
    return _ROOTS


def _is_within(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def private_namespace(*modules: ModuleType) -> dict[str, Any]:
    """Copies of the modules' functions whose globals (and builtins) are a private dict.

    Learner code may replace anything it can name: a module's functions or
    globals, builtins.len, json.dumps. The copies look nothing up there.
    """
    namespace: dict[str, Any] = {}
    for module in modules:
        namespace.update(vars(module))
    namespace["__builtins__"] = dict(vars(builtins))
    for name, value in list(namespace.items()):
        if isinstance(value, FunctionType) and value.__module__ in {m.__name__ for m in modules}:
            namespace[name] = FunctionType(
                value.__code__, namespace, value.__name__, value.__defaults__, value.__closure__
            )
    return namespace


def arm(events_fd: int, token: str, workspace: str, test_files: list[str]) -> Emit:
    """Install the audit hook (for good: hooks cannot be removed) and return emit().

    Call in the check's child, after the fork and before any learner code.
    """
    namespace = _prepared()
    return namespace["_install"](events_fd, token, workspace, test_files)


_PREPARED: list[dict[str, Any]] = []


def _prepared() -> dict[str, Any]:
    """The private namespace and what the guard looks up once, made in the long-lived
    process before it forks (this module's import), so that no check pays for it."""
    if not _PREPARED:
        from tutor.runner import integrity

        _python_roots()
        integrity.watched_namespaces()
        namespace = private_namespace(sys.modules[__name__], integrity)
        namespace["_PRIVATE"] = namespace
        _PREPARED.append(namespace)
    return _PREPARED[0]


def _install(events_fd: int, token: str, workspace: str, test_files: list[str]) -> Emit:
    """Runs as a private copy: every name below resolves in the private namespace."""
    global _S
    workspace = _realpath(workspace)
    _S = {
        "fd": events_fd,
        "token": token,
        "workspace": workspace.rstrip(os.sep) + os.sep,
        "trusted": trusted_roots(test_files, workspace),
        "kinds": {},  # file name -> LEARNER / TRUSTED / NEUTRAL
        "busy": {},  # thread -> 1 inside the hook, 2 inside its own look at the caller
        "pre_import": [],  # the instructor's test modules' globals as a learner import began
        "instructor_files": set(),
        "tampering": 0,
        "faults": 0,
        "results": 0,
        "phases": {},
        "learner_skip": {},
        "watch": None,  # integrity.Watch, from the start of collection
        "items": {},
        "fds": (f"/proc/self/fd/{events_fd}", f"/dev/fd/{events_fd}"),
        "emitters": set(),
        "test_modules": {},
    }
    from tutor.runner.child import run_child
    from tutor.runner.reporter import Reporter

    emitters = {run_child.__code__}
    for value in vars(Reporter).values():
        code = getattr(value, "__code__", None)
        if code is not None:
            emitters.add(code)
    _S["emitters"] = emitters
    import _pytest.assertion.rewrite

    from tutor.runner import strict

    _S["helpers"] = {"@pytest_ar": _pytest.assertion.rewrite, "@tutor_strict": strict}
    emit_namespace = {"__builtins__": {}, "_audit": _audit}
    emit = FunctionType(_emit.__code__, emit_namespace, "emit")
    _S["emit_code"] = emit.__code__
    # The guard's own code: frame reads from it, inside the hook, are not the learner's.
    own = {value.__code__ for value in _PRIVATE.values() if type(value) is FunctionType}
    _S["own_code"] = own
    for test_file in test_files:
        if not _is_within(_realpath(test_file), workspace):
            _S["instructor_files"] |= {test_file, os.path.abspath(test_file), _realpath(test_file)}
    _S["handlers"] = _event_handlers()
    # run_child's frame (arm <- run_child): the frames under it are whoever started the check.
    _S["base"] = _getframe(2)
    _add_hook(_hook)
    return emit


def _emit(kind: str, **data: Any) -> None:
    """The reporter's emit(): hands the event to the audit hook, which checks and writes it."""
    _audit("tutor.event", kind, data)


_S: dict[str, Any] = {}
_PRIVATE: dict[str, Any] = {}  # the private namespace itself (arm)


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if event not in WATCHED:
        return
    if event == "object.__getattr__" and args[1] not in FRAME_ATTRIBUTES:
        return  # reading __code__ or f_code hands out nothing new
    me = _get_ident()
    busy = _S["busy"]
    depth = busy.get(me, 0)
    if depth:
        # Inside the hook: its own frame reads come back here. Anything else is code
        # that ran in the middle of it (a signal handler, a __del__): handled as usual.
        if depth > 1:
            return
        busy[me] = 2
        try:
            trigger = _getframe(1)
            ours = trigger is not None and trigger.f_code in _S["own_code"]
        finally:
            busy[me] = 1
        if ours:
            return
    busy[me] = 1
    try:
        _handle(event, args)
    except RuntimeError:
        raise  # the guard stopping an action (_tampered)
    except Exception as error:  # noqa: BLE001 - a fault of the guard's must not pass a check
        _S["faults"] += 1
        if _S["faults"] == 1:
            _send(GUARD_FAULT, {"text": f"{type(error).__name__}: {error}", "during": event})
    finally:
        if depth:
            busy[me] = depth
        else:
            del busy[me]


def _handle(event: str, args: tuple[Any, ...]) -> None:
    if event == "tutor.event":
        _on_event(args[0], args[1])
    elif event == "object.__getattr__":
        if args[1] in FRAME_ATTRIBUTES:
            _on_frame_taken(f"read .{args[1]}")
    elif event == "open":
        _on_open(args[0])
    elif event == "import":
        _on_import()
    elif event == "compile":
        _on_compile(args[1])
    elif event in FRAME_EVENTS:
        _on_frame_taken(event)
    elif event in FORBIDDEN_EVENTS:
        where = _learner_on_stack()
        if where is not None and event == "sys.settrace" and _from_debugger():
            # pdb.set_trace(): a beginner debugging, not tampering. Nobody can type during a
            # check: the debugger reads end-of-file and quits, and the check says so.
            return
        if where is not None:
            _tampered(FORBIDDEN_EVENTS[event], where, block=event != "sys.addaudithook")
    elif event.startswith("ctypes."):
        where = _learner_on_stack()
        if where is not None:
            _tampered(f"used ctypes to reach into memory ({event})", where)
    else:  # object.__setattr__ / object.__delattr__
        _on_setattr(args[0], args[1])


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
    frame: FrameType | None = _getframe(depth)
    base = _S["base"]
    for _ in range(MAX_DEPTH):
        if frame is None or frame is base:
            return None
        code = frame.f_code
        if _kind_of_file(code.co_filename) == LEARNER:
            return code.co_filename, frame.f_lineno
        frame = frame.f_back
    return None


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
    frame: FrameType | None = _getframe(depth)
    base = _S["base"]
    for _ in range(MAX_DEPTH):
        if frame is None or frame is base:
            return None
        code = frame.f_code
        kind = _kind_of_file(code.co_filename)
        if kind == LEARNER:
            return code.co_filename, frame.f_lineno
        if kind == TRUSTED and code.co_name not in LEAKY:
            return None
        frame = frame.f_back
    return None


# --- what learner code did -------------------------------------------------------


def _on_frame_taken(what: str) -> None:
    where = _direct_caller()
    if where is not None:
        _tampered(f"looked at the checker's stack frames ({what})", where)


def _on_open(path: Any) -> None:
    if type(path) is bytes:
        path = path.decode("utf-8", "replace")
    if type(path) is not str or not path.startswith(("/proc", "/dev/fd")):
        return
    if path.endswith("/mem") or path.startswith(_S["fds"]):
        where = _learner_on_stack(4) or ("", 0)
        _tampered(f"opened {path}", where)


def _on_import() -> None:
    """An instructor's test module is about to import a module for the first time (the
    learner's, often): its globals now are what the instructor wrote, before any learner
    code could change them."""
    frame: FrameType | None = _getframe(4)  # _on_import <- _handle <- _hook <- the import
    for _ in range(8):
        if frame is None or not frame.f_code.co_filename.startswith("<frozen"):
            break
        frame = frame.f_back
    if frame is None or frame.f_code.co_name != "<module>":
        return
    filename = frame.f_code.co_filename
    if filename in _S["instructor_files"]:
        label = f"the test module {filename.rsplit(os.sep, 1)[-1]}"
        _S["pre_import"].append(integrity_entry(label, frame.f_globals))


def _on_compile(filename: Any) -> None:
    if type(filename) is bytes:
        filename = filename.decode("utf-8", "replace")
    if type(filename) is not str or _kind_of_file(filename) != TRUSTED or filename.startswith("<"):
        return
    where = _direct_caller()
    if where is not None:
        _tampered(f"compiled code that pretends to come from {filename}", where)


def _on_setattr(target: Any, name: Any) -> None:
    kind_of_target = type(target)
    if name in FUNCTION_PARTS and kind_of_target is FunctionType:
        code = target.__code__
        kind = _kind_of_file(code.co_filename)
        if kind == LEARNER:
            return  # the learner's own function: theirs to change
        # The standard library sets the defaults of functions it generates for the
        # learner (namedtuple): only the learner's own code doing it counts.
        everywhere = name == "__code__" and kind == TRUSTED
        where = _learner_on_stack(4) if everywhere else _direct_caller()
        if where is not None:
            label = f"{getattr(target, '__module__', '?')}.{code.co_name}"
            _tampered(f"replaced the {name} of {label}", where)
    elif name == "__class__":
        if _kind_of_module(kind_of_target.__dict__.get("__module__")) != LEARNER:
            # Who did it, not who is on the stack: werkzeug's Response.force_type sets the
            # class of its own responses under a learner's Flask test client call.
            where = _direct_caller()
            if where is not None:
                _tampered(f"changed the class of a {kind_of_target.__name__} object", where)
    elif (
        name in TYPE_PARTS
        and issubclass(kind_of_target, type)
        and _kind_of_module(target.__dict__.get("__module__")) != LEARNER
    ):
        where = _direct_caller()
        if where is not None:
            _tampered(f"changed {target.__name__}.{name}", where)


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


_prepared()
