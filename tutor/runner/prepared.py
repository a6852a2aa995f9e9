"""pytest's configuration, parsed once in a warm process and reused by each forked child.

Parsing the command line and importing and registering ~30 plugins was about
half of a warm check (~18 ms of ~40). With every setting pinned (pinned.py) the
parsed configuration depends only on the arguments, so the warm helper parses
once per set of arguments, before it forks (PreparedConfig, kept in the
caller's RunnerSession). Each child gets its own
copy-on-write copy, configures it and runs the session; the parent's copy is
never configured, so it stays good for the next check.

This uses pytest internals (get_config, Config.InvocationParams, the
pytest_cmdline_parse hook; see pytest_private.py): if any is missing or fails,
prepare() returns None and the child runs pytest.main as before.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import pytest
from _pytest import config as pytest_config
from _pytest.config import Config

from tutor.runner import pytest_private
from tutor.runner.pinned import child_environment, pytest_arguments, write_pinned_ini
from tutor.runner.protect import is_within
from tutor.runner.reporter import CappedOutput
from tutor.runner.request import CheckRequest

if TYPE_CHECKING:
    from tempfile import TemporaryDirectory

# Stands in for the request when only the -p options of the command line are read.
_ANY_REQUEST = CheckRequest("any", Path("."), [])


class PreparedConfig:
    """The configuration parsed for the last request's arguments, kept for the next check."""

    # One at a time in a process: each parsed configuration puts its own
    # assertion-rewriting import hook on sys.meta_path, and two would both see the
    # child's imports. So a session that prepares one discards the other's.
    _holder: PreparedConfig | None = None

    def __init__(self) -> None:
        self._kept: tuple[tuple[str, ...], Config] | None = None
        # Started ahead, before any request (a cold sandboxed helper waiting for `tutor check`).
        self._started_ahead: Config | None = None
        self._ini_folder: TemporaryDirectory[str] | None = None

    def _ini_file(self) -> Path:
        if self._ini_folder is None:
            # Imported here: a one-shot check's child never needs it (~5 ms of imports).
            from tempfile import TemporaryDirectory

            self._ini_folder = TemporaryDirectory(prefix="tutor-pinned-")
            write_pinned_ini(Path(self._ini_folder.name))
        return Path(self._ini_folder.name) / "pytest.ini"

    def prepare(self, request: CheckRequest, plugins: list[ModuleType]) -> Config | None:
        """The parsed configuration for this request's arguments: made once, then reused."""
        arguments = pytest_arguments(request, self._ini_file())
        key = (str(request.workspace), *arguments)
        if self._kept is not None and self._kept[0] == key and PreparedConfig._holder is self:
            return self._kept[1]
        self.discard()
        holder = PreparedConfig._holder
        if holder is not None:
            holder.discard()
        started, self._started_ahead = self._started_ahead, None
        if started is None:
            started = start(plugins)
        parsed = finish(started, request, arguments) if started is not None else None
        if parsed is not None:
            self._kept = (key, parsed)
            PreparedConfig._holder = self
            import_test_packages(request)
        return parsed

    @property
    def kept(self) -> Config | None:
        """The configuration the next check of the same arguments reuses, if any."""
        return self._kept[1] if self._kept is not None else None

    def start_ahead(self, plugins: list[ModuleType]) -> None:
        """start() now, for the first prepare() (which must then get the same plugins): a
        cold helper does it while the front end is still loading the course."""
        self._started_ahead = start(plugins)

    def discard(self) -> None:
        """Forget the kept configuration and take its import hook off sys.meta_path."""
        if PreparedConfig._holder is self:
            PreparedConfig._holder = None
        if self._kept is not None:
            config = self._kept[1]
            self._kept = None
            with contextlib.suppress(Exception):  # never configured: only its cleanups matter
                _unconfigure(config)

    def close(self) -> None:
        self.discard()
        self._started_ahead = None
        if self._ini_folder is not None:
            self._ini_folder.cleanup()
            self._ini_folder = None


def import_test_packages(request: CheckRequest) -> None:
    """The empty packages pytest's importlib mode puts above an instructor's test module
    (`home.ann.courses.py.exercises.loops` for .../loops/test_loops.py), made here once
    and inherited, instead of in every check's child: each level asks every import
    finder, ~2 ms a check for a course 6 folders deep, more for a real install.

    Only where pytest makes them up from bare folders: never for the learner's own test
    files, nor above a folder with an __init__.py (that is code, run in the check).
    """
    name_for = pytest_private.lookup("_pytest.pathlib", "module_name_from_path")
    import_by_spec = pytest_private.lookup("_pytest.pathlib", "_import_module_using_spec")
    if name_for is None or import_by_spec is None:  # another pytest: the child makes them
        return
    learner = os.path.realpath(request.workspace)
    for test_file in request.test_files:
        path = Path(test_file)
        if is_within(os.path.realpath(path), learner) or not path.is_absolute():
            continue
        if any((folder / "__init__.py").exists() for folder in path.parents):
            continue
        parent = str(name_for(path, request.workspace)).rpartition(".")[0]
        if not parent or parent in sys.modules:
            continue
        with contextlib.suppress(Exception):  # the child then makes them, as pytest does
            import_by_spec(parent, path.parent, path.parent.parent, insert_modules=True)


def start(plugins: list[ModuleType]) -> Config | None:
    """The part that needs no request: pytest's plugin manager with every plugin registered.

    A one-shot `tutor check` does this in its child while the parent is still
    loading the course (prestart.py); only the -p options matter here, and
    they are the same for every check.
    """
    get_config = getattr(pytest_config, "get_config", None)
    if get_config is None:  # another pytest (pytest_private.py): the child runs pytest.main
        return None
    try:
        with _pinned_environment():
            config = get_config(pytest_arguments(_ANY_REQUEST, Path("pytest.ini")))
        for plugin in plugins:
            config.pluginmanager.register(plugin)
    except Exception:  # noqa: BLE001 - the child runs pytest.main, which reports the problem
        return None
    return config


def finish(config: Config, request: CheckRequest, arguments: list[str]) -> Config | None:
    """Parse this request's command line into a started configuration (once only)."""
    try:
        # As if started in the learner's folder, where the child runs.
        config.invocation_params = Config.InvocationParams(
            args=arguments, plugins=None, dir=request.workspace
        )
        with _pinned_environment():
            return config.pluginmanager.hook.pytest_cmdline_parse(
                pluginmanager=config.pluginmanager, args=arguments
            )
    except Exception:  # noqa: BLE001 - the child runs pytest.main, which reports the problem
        return None


@contextlib.contextmanager
def _pinned_environment() -> Iterator[None]:
    """pytest reads PYTEST_ADDOPTS and PYTEST_PLUGINS while parsing: the learner's shell
    may set them (`tutor watch` parses in the learner's own process)."""
    saved = dict(os.environ)
    pinned = child_environment(saved)
    os.environ.clear()
    os.environ.update(pinned)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def run(config: Config, plugins: list[object]) -> int:
    """In the child: what pytest.main does once it has a configuration."""
    os.environ["PYTEST_VERSION"] = pytest.__version__
    try:
        for plugin in plugins:
            config.pluginmanager.register(plugin)
        try:
            return int(config.hook.pytest_cmdline_main(config=config))
        finally:
            _unconfigure(config)
    except pytest.UsageError as error:
        for message in error.args:
            sys.stderr.write(f"ERROR: {message}\n")
        return int(pytest.ExitCode.USAGE_ERROR)


def _unconfigure(config: Config) -> None:
    """pytest.main's cleanup; skipped where this pytest lacks it (the child ends anyway)."""
    cleanup = getattr(config, "_ensure_unconfigure", None)
    if cleanup is not None:
        cleanup()


@dataclass(frozen=True)
class StartedSession:
    """pytest's session, started ahead by start_session."""

    session: pytest.Session
    startup: CappedOutput  # what pytest wrote meanwhile: the child's startup output


def start_session(config: Config, startup: CappedOutput) -> StartedSession | None:
    """In a spare child (spare_fork.py), before its request: what pytest.main does before
    it collects (make the session, configure the plugins, pytest_sessionstart). No
    learner code can run in it (--noconftest, pinned settings and plugins).

    None where this pytest lacks Config._do_configure, or it failed: the child then runs
    pytest.main, which reports the failure as any check would.
    """
    configure = getattr(config, "_do_configure", None)
    if configure is None:
        return None
    os.environ["PYTEST_VERSION"] = pytest.__version__
    try:
        session = pytest.Session.from_config(config)
        session.exitstatus = pytest.ExitCode.OK
        configure()
        config.hook.pytest_sessionstart(session=session)
    except BaseException:  # noqa: BLE001 - pytest.main in the child says what failed
        with contextlib.suppress(BaseException):
            _unconfigure(config)  # its import hook too: pytest.main will install its own
        return None
    return StartedSession(session, startup)


def run_started(config: Config, started: StartedSession, plugins: list[object]) -> int:
    """In the child: the rest of pytest.main (wrap_session in _pytest/main.py) for a
    session start_session began. The plugins registered now see the session start."""
    session = started.session
    manager = config.pluginmanager
    earlier = manager.get_plugins()
    try:
        try:
            for plugin in plugins:
                manager.register(plugin)
            manager.subset_hook_caller("pytest_sessionstart", earlier)(session=session)
            config.hook.pytest_collection(session=session)
            config.hook.pytest_runtestloop(session=session)
            if session.testsfailed:
                session.exitstatus = pytest.ExitCode.TESTS_FAILED
            elif session.testscollected == 0:
                session.exitstatus = pytest.ExitCode.NO_TESTS_COLLECTED
        except pytest.UsageError:
            session.exitstatus = pytest.ExitCode.USAGE_ERROR
            raise
        except session.Failed:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED
        except (KeyboardInterrupt, pytest.exit.Exception) as error:
            stopped = pytest.ExceptionInfo.from_current()
            code = getattr(error, "returncode", None)
            config.hook.pytest_keyboard_interrupt(excinfo=stopped)
            session.exitstatus = pytest.ExitCode.INTERRUPTED if code is None else code
        except BaseException:
            session.exitstatus = pytest.ExitCode.INTERNAL_ERROR
            config.notify_exception(pytest.ExceptionInfo.from_current(), config.option)
    finally:
        os.chdir(session.startpath)
        config.hook.pytest_sessionfinish(session=session, exitstatus=session.exitstatus)
        _unconfigure(config)
    return int(session.exitstatus)
