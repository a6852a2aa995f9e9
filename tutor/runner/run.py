"""run_check: one isolated pytest run in a forked (or spawned) child -> Result.

Fork only from a single-threaded process (the CLI, the warm helper): forking a
multi-threaded one (the Textual app) is unsafe, which is why the TUI uses
WarmRunner instead.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import warnings
from collections.abc import Callable
from pathlib import Path

from tutor.runner import messages, procs, sandbox, spawned
from tutor.runner.cancel import CancelToken
from tutor.runner.isolation import Isolation, choose_isolation
from tutor.runner.outcome import build_result
from tutor.runner.pinned import hard_exit, write_pinned_ini
from tutor.runner.request import CheckRequest
from tutor.runner.result import Result
from tutor.runner.supervise import CheckProcess, Control, ForkedProcess, SpawnedProcess, supervise


def _fork(
    request: CheckRequest, token: str, scratch: Path, reuse_setup: bool
) -> tuple[CheckProcess, int]:
    # pytest is imported here, not at the top: `tutor check` forks before it needs it.
    from tutor.runner import prepared, rewrite_cache
    from tutor.runner.child import import_checks_plugin, run_child

    # Once per process: later children (`tutor watch`) start with the plugin's libraries loaded.
    checks_plugin = import_checks_plugin()
    if request.cache_folder is not None and not reuse_setup:
        pass  # the child reads and fills the disk cache itself (rewrite_cache.use_in_child)
    elif request.cache_folder is not None and sandbox.inside():
        # A sandboxed helper (often one check only): the disk cache saves the rewrite.
        learner = os.path.realpath(request.workspace)
        instructors = [
            path
            for path in request.test_files
            if not os.path.realpath(path).startswith(learner.rstrip(os.sep) + os.sep)
        ]
        rewrite_cache.prepare_from_disk(instructors, request.cache_folder)
    rewrite_cache.prepare(request.test_files)
    config = None
    if reuse_setup:  # a long-lived process: parse pytest's settings once, not per check
        config = prepared.prepare(request, [checks_plugin] if checks_plugin else [])
    read_end, write_end = os.pipe()
    with warnings.catch_warnings():
        # Python 3.12+ warns about forking with threads; see isolation.IDLE_LIBRARY_THREADS.
        warnings.simplefilter("ignore", DeprecationWarning)
        pid = os.fork()
    if pid == 0:  # the child: never returns
        try:
            os.close(read_end)
            run_child(request, write_end, token, scratch, config)
        finally:
            hard_exit(1)  # not os._exit: learner code may have replaced it
    os.close(write_end)
    with contextlib.suppress(OSError):  # also done in the child; either may run first
        os.setpgid(pid, pid)
    return ForkedProcess(pid), read_end


def _problem_with_request(request: CheckRequest) -> str | None:
    if not request.workspace.is_dir():
        return f"Your exercise folder is missing: {request.workspace}. Try resetting the exercise."
    missing = [str(p) for p in request.test_files if not p.is_file()]
    if missing:
        names = ", ".join(missing)
        return f"The checks for this exercise are missing ({names}). Tell your instructor."
    if not request.test_files:
        return "This exercise has no checks to run. Tell your instructor."
    return None


Launch = Callable[[CheckRequest, str, Path], tuple[CheckProcess, int]]


def execute(
    request: CheckRequest,
    isolation: Isolation | None = None,
    control: Control | None = None,
    reuse_setup: bool = False,
    launch: Launch | None = None,
) -> Result:
    """run_check, plus a control input the warm helper uses to cancel.

    reuse_setup: this process checks again and again: keep pytest's settings
    (fork), or a spare process for the next check (spawn).
    launch: starts the check's child (request, token, scratch folder) -> the
    process and the descriptor its events arrive on; by default fork or spawn.
    """
    problem = _problem_with_request(request)
    if problem:
        return Result(status="error", exercise=request.exercise_id, message=problem)
    try:
        mode = choose_isolation(isolation)
        token = os.urandom(16).hex()  # as secrets.token_hex, without importing hashlib
        known_children: set[int] = set()
        if os.name == "posix":
            procs.become_subreaper()
            known_children = procs.children_of(os.getpid())
        with tempfile.TemporaryDirectory(prefix="tutor-check-") as scratch_name:
            scratch = Path(scratch_name)
            write_pinned_ini(scratch)
            if launch is not None:
                process, events_fd = launch(request, token, scratch)
            elif mode == "fork":
                process, events_fd = _fork(request, token, scratch, reuse_setup)
            else:
                process, events_fd = spawned.launch(request, token, scratch)
            try:
                run = supervise(
                    process, events_fd, token, request.timeout, scratch, known_children, control
                )
            finally:
                os.close(events_fd)
                if isinstance(process, SpawnedProcess) and process.popen.stdout is not None:
                    process.popen.stdout.close()
        if mode == "spawn" and reuse_setup and launch is None:
            spawned.start_spare()  # this front end checks again: have the next one ready
        return build_result(request, run)
    except Exception as error:  # noqa: BLE001 - a Result never raises out of the runner
        return Result(
            status="error",
            exercise=request.exercise_id,
            message=f"The tutor could not run the check ({type(error).__name__}: {error}). "
            "Try again; if it keeps happening, tell your instructor.",
        )


def run_check(
    request: CheckRequest,
    *,
    isolation: Isolation | None = None,
    reuse_setup: bool = False,
    cancel: CancelToken | None = None,
) -> Result:
    """Run the request's tests in an isolated child; every failure becomes a Result.

    reuse_setup: for a process that checks again and again (`tutor watch`): keep
    pytest's parsed settings for the next check of the same exercise, or, where
    checks are spawned, a process started ahead for the next check.

    Where the sandbox works (sandbox.py), the check runs in this process's
    sandboxed helper instead, which forks the check's child inside it.
    cancel: the check's token; another thread that cancels it stops the check
    (in the sandboxed helper; a forked check here is stopped only before it starts).
    """
    if cancel is not None and cancel.cancelled:
        return Result(status="error", exercise=request.exercise_id, message=messages.STOPPED)
    if sandbox.wanted():
        from tutor.runner.warm import sandboxed_runner

        wanted = isolation or os.environ.get("TUTOR_RUNNER_ISOLATION")
        chosen = wanted if wanted in ("fork", "spawn") else None
        return sandboxed_runner().check(request, chosen, cancel=cancel)
    return execute(request, isolation, reuse_setup=reuse_setup)
