"""One isolated pytest run -> Result: run_check (fork or spawn) and WarmRunner.

How a check runs (details in each module):

- request.py   CheckRequest: what to run, the limits.
- run.py       run_check / execute: start the child with one Launcher,
               supervise it, build the Result.
- launch.py    the Launcher protocol and one class per way of starting the
               child: fork, prestarted fork (`tutor check`), spawn
               (`python -m tutor.runner.child` where fork is missing, or
               TUTOR_RUNNER_ISOLATION=spawn), spare spawn; choose_launcher().
- session.py   RunnerSession: what one caller keeps between its checks (the
               rewritten tests, pytest's parsed settings, the spare process),
               owned, passed down and closed by that caller.
- spawned.py   the spawned child, and the spare one (SpareProcess) a
               long-lived front end's session starts ahead of the next check.
- child.py     the child: own process group, rlimits, fds 0-2 on /dev/null,
               every other inherited fd closed, the event pipe parked high,
               no cached bytecode trusted for learner or test folders,
               pinned pytest settings (-c, --noconftest, no autoload), then
               pytest.main with the reporter; always ends with os._exit.
- reporter.py  the pytest plugin: one `<token>{json}` line per event; learner
               output kept per test up to output_limit_bytes (characters).
- events.py    the events' names, their typed form (frozen dataclasses) and
               the one encode/decode of the wire format.
- wire.py      the wire without the typed form: EventReader (token-filtered
               lines), the warm helper's answer; all a waiting front end needs.
- supervise.py the parent: reads events until the deadline (which starts when
               the child is ready), asks faulthandler where a stuck child is,
               kills the process group, finds strays (procs.py: subreaper).
- guard.py     the audit hook armed in the child before learner code runs:
               the only writer of events (it holds the token), the judge of
               each test's outcome, the watch on frames, gc, __code__, tracing,
               ctypes; integrity.py: pytest's, pluggy's and the tutor's
               objects compared with a snapshot taken before learner code.
- strict.py    ==, !=, in in the instructor's asserts, with exact built-in types.
- outcome.py   events -> Result; messages.py: the beginner's words
               (python_errors.py: for exceptions; timeouts.py: for stuck code);
               tampering.py: learner skips, tampering, the guard's last word
               (inspection.py: the learner's files read for the same).
- pinned.py    pytest's pinned command line and environment (no pytest import).
- sandbox.py   bubblewrap around the process that forks the checks (the warm
               helper; run_check and `tutor check` start a helper of their
               own): only the workspace writable, homes hidden, a private
               size-limited /tmp and /dev/shm, no network, no capabilities,
               nobody instead of root. protections.py: what `tutor doctor` says.
- protect.py   the instructor's test folders, read-only for the learner's code
               (a mount namespace per check, Linux), where there is no sandbox.
- prepared.py  pytest's parsed settings (PreparedConfig, in the session of a
               long-lived process: the warm helper, `tutor watch`) reused by
               each forked child: ~18 ms less per check.
- prestart.py  `tutor check` forks its child first thing, so pytest's import
               (~100 ms) and its plugin set-up run beside the tutor's own
               imports, loading the course and the snapshot.
- rewrite_cache.py  test modules rewritten by pytest once (RewriteCache, in
               the caller's session, or on disk for one-shot checks), used by
               the child only while the file's bytes are unchanged.
- helper.py, warm.py: the warm helper for the TUI and its handle.
- resident.py  the sandboxed helper `tutor check` leaves running for the
               learner's next checks, found through a socket in the data folder.
- cancel.py    CancelToken: one check's own "stop", passed from the front end
               (grading.CheckHandle) to WarmRunner.check and, as a cancel that
               names its check, to the helper; never reset, never shared.
- pytest_private.py  the private pytest names used here, each with a plain
               fallback; a canary test fails when a pytest release drops one.

Choices that differ from the first design, and why:

- memory_mb limits what the learner's code may add on top of the address
  space the check process already uses (a forked helper with the checks
  plugin's libraries is a few hundred MB of virtual memory), so the same
  number means the same thing on every machine.
- pytest's `--capture=no` with the reporter's own capped stand-in for
  sys.stdout/sys.stderr: fd capture would need a temp file per test and
  sys capture keeps everything in memory.
- `--tb=native`: pytest's own report is only a fallback (messages.py builds
  the learner's text from the exception itself), and its default style cost
  ~80 ms per failing check.

Known limits:

- Learner code runs in the same process as pytest and the reporter. Bytes on
  stray descriptors, a conftest.py, a pytest.ini, sys.exit or os._exit cannot
  forge a pass. Code that changes the checking (pytest's classes, modules or
  plugins, the reporter, frames, gc, __code__, tracing, ctypes, skips from
  learner code) is caught by the guard, the integrity snapshot and the
  reading of the learner's files, and the check is an error that says what
  was seen. What remains possible (a C extension of the learner's, pytest
  objects' instance state outside the snapshot, races with a learner thread,
  a learner process reading this one's memory where ptrace allows it) is in
  docs/robustness.md: in-process checking cannot be perfect, and the checks
  are for learning, not exams.
- Learner code can read the course folder (hidden tests, the solution). It
  cannot change it on Linux where bubblewrap or mount namespaces are allowed
  (sandbox.py, protect.py); elsewhere only file permissions stop it.
- Without /proc (macOS) strays that called setsid() are not found; on Windows
  (spawn) a learner's own subprocesses are not stopped (that needs a Job
  Object) and there are no resource limits, only the timeout.
- quickjs.Function must not be used in checks: its worker thread does not
  exist in a forked child (quickjs.Context is fine).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.lazy import lazy_attributes

# Imported on first use (PEP 562): `tutor check` forks its child from
# prestart.py before anything else, and importing that module must not first
# import the whole runner through this package.
__getattr__ = lazy_attributes(
    __name__,
    {
        "CheckRequest": "request",
        "Isolation": "isolation",
        "Result": "result",
        "TestResult": "result",
        "WarmRunner": "warm",
        "Where": "result",
        "run_check": "run",
    },
)

if TYPE_CHECKING:
    from tutor.runner.isolation import Isolation
    from tutor.runner.request import CheckRequest
    from tutor.runner.result import Result, TestResult, Where
    from tutor.runner.run import run_check
    from tutor.runner.warm import WarmRunner

__all__ = ["CheckRequest", "Isolation", "Result", "TestResult", "WarmRunner", "Where", "run_check"]
