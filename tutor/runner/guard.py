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

Its functions, and those of its parts (guard_base.py: its state, whose code a
frame is, its writes; guard_reports.py: the reporter's events), run as private
copies (private_namespace) whose globals and builtins are their own, so that
nothing the learner's code can reach by name (these modules, builtins, json,
os) changes how the guard works. The audit hook itself cannot be removed or
listed from Python.
"""

from __future__ import annotations

import builtins
import os
import sys
import sysconfig
from _thread import get_ident
from collections.abc import Callable
from types import FrameType, FunctionType, ModuleType
from typing import Any

# The guard's parts: copied into its private namespace with this module (_prepared).
from tutor.runner import guard_base, guard_reports
from tutor.runner.events import GUARD_FAULT
from tutor.runner.guard_base import (
    _S,
    LEARNER,
    TRUSTED,
    _direct_caller,
    _from_debugger,
    _getframe,
    _kind_of_file,
    _kind_of_module,
    _learner_on_stack,
    _send,
    _tampered,
)
from tutor.runner.guard_reports import _event_handlers, _on_event, integrity_entry

Emit = Callable[..., None]


_audit = sys.audit
_add_hook = sys.addaudithook
_realpath = os.path.realpath
_get_ident = get_ident


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
FUNCTION_PARTS = frozenset({"__code__", "__defaults__", "__kwdefaults__", "__globals__"})
TYPE_PARTS = frozenset({"__bases__", "__name__", "__qualname__", "__module__", "__class__"})


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
        namespace = private_namespace(sys.modules[__name__], guard_base, guard_reports, integrity)
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


_prepared()
