"""The body of one check's child process: lock it down, then run pytest.

Used after os.fork() (run_child) and as `python -I -m tutor.runner.child` where
fork is missing (spawn): the spawn parent writes one JSON line to stdin with the
request, the token and the scratch folder, and reads events from stdout.
The child never returns: it always ends with os._exit, so learner atexit
handlers and threads cannot delay or change the end of a check.
"""

from __future__ import annotations

import contextlib
import faulthandler
import gc
import importlib.util
import os
import signal
import sys
from importlib.machinery import (
    EXTENSION_SUFFIXES,
    SOURCE_SUFFIXES,
    ExtensionFileLoader,
    FileFinder,
)
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, NoReturn

import pytest
from _pytest.assertion import rewrite as pytest_rewrite

try:
    import resource  # imported here, not in the child: each import there costs every check
except ImportError:  # Windows
    resource = None  # type: ignore[assignment]

# strict: imported before the fork, as the instructor's rewritten asserts call it.
from tutor.runner import guard, rewrite_cache, strict  # noqa: F401
from tutor.runner.events import CRASH, PYTEST_FAILED, READY
from tutor.runner.pinned import (
    CHECKS_PLUGIN,
    SourceOnlyLoader,
    checks_plugin_available,
    child_environment,
    hard_exit,
    pytest_arguments,
)
from tutor.runner.protect import folders_to_protect, is_within, protect
from tutor.runner.reporter import CappedOutput, Reporter, describe_exception
from tutor.runner.request import CheckRequest, read_setup_line

if TYPE_CHECKING:
    from _pytest.config import Config

    from tutor.runner.prepared import StartedSession

MB = 1024 * 1024
PR_SET_PDEATHSIG = 1


def import_checks_plugin() -> ModuleType | None:
    """Import the checks plugin (and the libraries it brings) before any fork.

    None when it is missing or broken: the child then names it to pytest with
    `-p`, and pytest reports why it cannot be imported.
    """
    if not checks_plugin_available():
        return None
    try:
        return importlib.import_module(CHECKS_PLUGIN)
    except Exception:  # noqa: BLE001 - reported by pytest in the check itself
        return None


def preload_checks_libraries() -> None:
    """Also import what the plugin's fixtures import on first use (bs4, tinycss2, quickjs, git).

    For the warm helper, which pays once so that no child pays per check. A
    one-shot `tutor check` does not call this: a Python exercise never needs them.
    """
    import_checks_plugin()
    with contextlib.suppress(Exception):
        checks = importlib.import_module("tutor.checks")
        for name in getattr(checks, "LIBRARY_MODULES", ()):
            module = importlib.import_module(f"tutor.checks.{name}")
            # A library that costs to load (the DOM: ~45 ms) is loaded here, once.
            getattr(module, "preload", lambda: None)()


def _move_to_high_fd(fd: int, below: int | None = None) -> int:
    """Park the event pipe far above the descriptors learner code would try
    (below: just under that descriptor, for a second one)."""
    if resource is None:
        return fd
    try:
        soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
        high = (min(soft, 1024) if soft != resource.RLIM_INFINITY else 1024) - 1
    except (OSError, ValueError):
        return fd
    if below is not None:
        high = min(high, below - 1)
    if fd == high or high <= 3:
        return fd
    os.dup2(fd, high)
    os.close(fd)
    return high


def _close_inherited_fds(*keep: int) -> None:
    start = 3
    for fd in sorted(keep):
        os.closerange(start, fd)
        start = max(start, fd + 1)
    os.closerange(start, 1 << 20)


def _std_fds_to_devnull() -> None:
    """Learner writes to fds 0-2 must not reach the parent's terminal or protocol pipe."""
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    if devnull > 2:
        os.close(devnull)
    # The forking process's sys.stdout may wrap a descriptor closed above (pytest's capture).
    sys.stdin = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115 - lives as long as the child
    sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
    sys.stderr = open(2, "w", encoding="utf-8", closefd=False)  # noqa: SIM115


def _lower_limit(which: int, value: int) -> None:
    assert resource is not None
    try:
        _soft, hard = resource.getrlimit(which)
        soft = value if hard == resource.RLIM_INFINITY else min(value, hard)
        resource.setrlimit(which, (soft, hard))
    except (OSError, ValueError):
        pass  # a limit we cannot set is a missing bonus, not a reason to fail the check


def _count_processes_of_user(uid: int) -> int:
    count = 0
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                count += entry.stat().st_uid == uid
            except OSError:
                continue
    return count


def _address_space_in_use() -> int:
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 256 * MB  # no /proc (macOS): a fair guess at pytest plus the checks plugin


def _set_limits(request: CheckRequest) -> None:
    if resource is None:  # Windows: no rlimits; the timeout still holds
        return
    # memory_mb is for the learner's code, on top of what the tutor and pytest already use.
    _lower_limit(resource.RLIMIT_AS, _address_space_in_use() + request.memory_mb * MB)
    # A full disk hurts everyone on the machine; a write past this fails with EFBIG.
    _lower_limit(resource.RLIMIT_FSIZE, max(64 * MB, 4 * request.output_limit_bytes))
    _lower_limit(resource.RLIMIT_CORE, 0)
    if hasattr(resource, "RLIMIT_NPROC") and os.getuid() != 0 and os.path.isdir("/proc"):
        # Counts every process of the user; root ignores it (killpg is the real guard).
        _lower_limit(resource.RLIMIT_NPROC, _count_processes_of_user(os.getuid()) + 100)
    if hasattr(signal, "SIGXFSZ"):
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


def _isolate_imports(request: CheckRequest, rewritten: rewrite_cache.RewriteCache) -> None:
    sys.dont_write_bytecode = True
    prefixes = request.import_roots()
    source_finder = FileFinder.path_hook(
        (SourceOnlyLoader, SOURCE_SUFFIXES), (ExtensionFileLoader, EXTENSION_SUFFIXES)
    )

    # Plain string prefixes: resolving every sys.path entry cost ~5 ms per check.
    def under_roots(entry: str) -> bool:
        path = os.path.abspath(entry or ".")
        return any(path == prefix or path.startswith(prefix + os.sep) for prefix in prefixes)

    def learner_path_hook(entry: str) -> Any:
        if not under_roots(entry):
            raise ImportError("not a learner folder")
        return source_finder(entry)

    sys.path_hooks.insert(0, learner_path_hook)
    for entry in list(sys.path_importer_cache):
        if under_roots(entry):
            del sys.path_importer_cache[entry]
    # pytest's assertion rewriter keeps its own .pyc files for test modules.
    if hasattr(pytest_rewrite, "_read_pyc"):
        pytest_rewrite._read_pyc = lambda *args, **kwargs: None
    else:  # another pytest (pytest_private.py): look for .pyc files where none can be
        sys.pycache_prefix = os.path.join(os.devnull, "no-pyc")
    # Only the instructor's test files go to the disk cache: a TDD learner's own change often.
    learner = os.path.realpath(request.workspace)
    instructors = [p for p in request.test_files if not is_within(os.path.realpath(p), learner)]
    rewritten.use_in_child(instructors, request.cache_folder)


def _bind_prctl() -> Any:
    """libc's prctl, looked up once before the fork: CDLL(None) and the symbol lookup cost
    ~0.4 ms in each check's child, which calls it twice."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        return ctypes.CDLL(None).prctl
    except (OSError, AttributeError):
        return None


_prctl = _bind_prctl()


def _die_with_parent() -> None:
    """If the process supervising this check dies, nothing may keep running (Linux)."""
    if _prctl is not None:
        _prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)  # a failure returns -1, never raises


def _reset_signals() -> None:
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def run_child(
    request: CheckRequest,
    events_fd: int,
    token: str,
    scratch: Path,
    config: Config | None = None,
    rewritten: rewrite_cache.RewriteCache | None = None,
    detached: bool = False,
    started: StartedSession | None = None,
) -> NoReturn:
    """Never returns. Everything that goes wrong is reported as an event if possible.

    config: pytest's configuration already parsed for this request (prepared.py),
    or None to let pytest.main parse the arguments here. rewritten: test modules
    the parent rewrote ahead (its session's), or None for none. detached: a spare
    (spare_fork.py) already left the parent's group, descriptors and signals;
    started: and it started pytest's session with config (prepared.start_session).
    """
    emit = None
    try:
        if not detached:
            with contextlib.suppress(OSError, AttributeError):  # spawned: already a leader
                os.setpgid(0, 0)
            events_fd = _move_to_high_fd(events_fd)
            if os.name == "posix":
                _close_inherited_fds(events_fd)
            _std_fds_to_devnull()
        dump = os.open(scratch / "traceback.txt", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        faulthandler.enable(file=dump, all_threads=True)
        if hasattr(signal, "SIGUSR1"):  # the parent asks "where are you?" before a timeout kill
            faulthandler.register(signal.SIGUSR1, file=dump, all_threads=True)
        _reset_signals()
        _die_with_parent()
        _set_limits(request)
        environment = child_environment(dict(os.environ))
        os.environ.clear()
        os.environ.update(environment)
        _isolate_imports(request, rewritten or rewrite_cache.RewriteCache())
        protect(folders_to_protect(request.test_files, request.workspace))
        _die_with_parent()  # again: a change of credentials may have cleared it
        os.chdir(request.workspace)
        extra = [str(p) for p in request.extra_paths]
        sys.path[:1] = [str(request.workspace), *extra]
        # From here on, only the guard can write events (it holds the token and the pipe).
        test_files = [str(path) for path in request.test_files]
        emit = guard.arm(events_fd, token, str(request.workspace), test_files)
        del token
        emit(READY)
        reporter = Reporter(emit, CappedOutput(request.output_limit_bytes), exit_at_end=True)
        # Until the session starts, pytest's own complaints (a broken plugin) land here.
        startup = started.startup if started is not None else CappedOutput(20_000)
        sys.stdout = sys.stderr = startup
        if config is not None:
            from tutor.runner import prepared

            if started is not None:
                code = prepared.run_started(config, started, [reporter])
            else:
                code = prepared.run(config, [reporter])
        else:
            checks_plugin = import_checks_plugin()
            arguments = pytest_arguments(
                request,
                scratch / "pytest.ini",
                load_checks_plugin=checks_plugin is None and checks_plugin_available(),
            )
            plugins = [reporter, *([checks_plugin] if checks_plugin else [])]
            code = pytest.main(arguments, plugins=plugins)
        # Only reached when pytest gave up before its session ended.
        emit(PYTEST_FAILED, code=int(code), text=startup.take()[0])
    except BaseException as error:  # noqa: BLE001 - the child must always report and exit
        if emit is not None:
            with contextlib.suppress(BaseException):  # nothing left to tell if this fails
                emit(CRASH, exception=describe_exception(error))
    hard_exit(0)  # not os._exit: learner code may have replaced it


def wait_and_run(setup_fd: int, events_fd: int) -> NoReturn:
    """A child started before its check is known (prestart.py, spawned.py): set pytest
    up now, then read the check from setup_fd (end of file: not needed) and run it.

    The cycle collector stays off until then: pytest's import and set-up make
    objects that all live to the end, and passes over them cost ~7 ms.
    """
    gc.disable()
    from tutor.runner import prepared

    checks_plugin = import_checks_plugin()
    started = None
    if checks_plugin is not None or not checks_plugin_available():
        # (A broken checks plugin is left to pytest.main, which says why it fails.)
        started = prepared.start([checks_plugin] if checks_plugin else [])
    data = b""
    while not data.endswith(b"\n"):
        chunk = os.read(setup_fd, 65536)
        if not chunk:
            hard_exit(0)  # closed unused, or the front end is gone
        data += chunk
    os.close(setup_fd)
    request, token, scratch = read_setup_line(data)
    config = None
    if started is not None:
        arguments = pytest_arguments(request, scratch / "pytest.ini")
        config = prepared.finish(started, request, arguments)
    gc.freeze()  # later collections, in the learner's tests, need not walk pytest's objects
    gc.enable()
    run_child(request, events_fd, token, scratch, config)


def main() -> NoReturn:
    """Spawn entry point: stdin carries one JSON line; stdout becomes the event pipe."""
    events_fd = os.dup(1)
    if os.name == "nt":  # the pipe handle must not be inherited by learner subprocesses
        os.set_inheritable(events_fd, False)
    wait_and_run(sys.stdin.fileno(), events_fd)


if __name__ == "__main__":
    main()
