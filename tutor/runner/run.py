"""run_check: one isolated pytest run in a forked (or spawned) child -> Result.

How the child is started is a Launcher's (launch.py); what is kept between
checks is the caller's RunnerSession (session.py).

Fork only from a single-threaded process (the CLI, the warm helper): forking a
multi-threaded one (the Textual app) is unsafe, which is why the TUI uses
WarmRunner instead.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from tutor.runner import messages, sandbox
from tutor.runner.result import Result

if TYPE_CHECKING:
    from tutor.runner.cancel import CancelToken
    from tutor.runner.isolation import Isolation
    from tutor.runner.launch import Launcher
    from tutor.runner.request import CheckRequest
    from tutor.runner.session import RunnerSession
    from tutor.runner.supervise import Control


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


def execute(
    request: CheckRequest,
    isolation: Isolation | None = None,
    control: Control | None = None,
    session: RunnerSession | None = None,
    launcher: Launcher | None = None,
) -> Result:
    """run_check, plus a control input the warm helper uses to cancel.

    session: what the caller keeps between its checks (by default the process's
    one-shot session). launcher: how to start the check's child (launch.py); by
    default the one choose_launcher() picks for this session.
    """
    # Imported here: where checks are sandboxed, run_check hands the check to a
    # helper and this process never starts a child (~25 ms of `tutor check`).
    import tempfile
    from pathlib import Path

    from tutor.runner import procs
    from tutor.runner.launch import choose_launcher
    from tutor.runner.outcome import build_result
    from tutor.runner.pinned import write_pinned_ini
    from tutor.runner.session import default_session
    from tutor.runner.supervise import supervise

    problem = _problem_with_request(request)
    if problem:
        return Result(status="error", exercise=request.exercise_id, message=problem)
    try:
        if launcher is None:
            launcher = choose_launcher(isolation, session or default_session())
        token = os.urandom(16).hex()  # as secrets.token_hex, without importing hashlib
        known_children: set[int] = set()
        if os.name == "posix":
            procs.become_subreaper()
            known_children = procs.children_of(os.getpid())
        with tempfile.TemporaryDirectory(prefix="tutor-check-") as scratch_name:
            scratch = Path(scratch_name)
            write_pinned_ini(scratch)
            started = launcher.start(request, token, scratch)
            try:
                run = supervise(
                    started.process,
                    started.events_fd,
                    token,
                    request.timeout,
                    scratch,
                    known_children,
                    control,
                )
            finally:
                os.close(started.events_fd)
                started.process.release()
        launcher.finished()
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
    session: RunnerSession | None = None,
    cancel: CancelToken | None = None,
) -> Result:
    """Run the request's tests in an isolated child; every failure becomes a Result.

    session: the caller's, kept between its checks (session.py); a process that
    checks again and again (`tutor watch`) passes one made with reuse_setup.

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
    return execute(request, isolation, session=session)
