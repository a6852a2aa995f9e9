"""What a check's Result says when its cgroup's limits stopped the learner's programs.

The cgroup (runner/cgroup.py) counts the processes the kernel killed for memory and
the new processes it refused. Either means the learner's code, with the programs
it started, went past a limit it could not see from inside: the test's own message
("Python was stopped by a KILL signal", "BlockingIOError: Resource temporarily
unavailable") would leave a beginner guessing, so the cgroup's reason comes first.
"""

from __future__ import annotations

from tutor.runner.cgroup import Counts
from tutor.runner.result import Result


def memory_message(memory_mb: int) -> str:
    return (
        f"Your program and the programs it started used more than {memory_mb} MB of memory "
        "together, so the tutor stopped them. Look for a list or string that grows in a "
        "loop, or for code that starts many processes (with os.fork, multiprocessing or "
        "subprocess) that each keep a lot of data."
    )


def processes_message(pids_max: int) -> str:
    return (
        f"Your program tried to run more than {pids_max} programs (processes) at the same "
        "time, so the tutor did not let it start more. Look for code that starts processes "
        "(os.fork, multiprocessing or subprocess) inside a loop, and start only the few you "
        "need, waiting for each to finish."
    )


def explain(result: Result, stopped: Counts, memory_mb: int, pids_max: int) -> Result:
    """result, telling what the cgroup stopped: a failing check's first problem says it;
    a check that passed anyway keeps its pass, with a note."""
    if not stopped:
        return result
    said = []
    if stopped.oom_kills:
        said.append(memory_message(memory_mb))
    if stopped.forks_refused:
        said.append(processes_message(pids_max))
    text = "\n".join(said)
    first = result.first_failure
    if result.status == "pass":
        result.message = f"{result.message}\n{text}" if result.message else text
    elif first is not None and result.status == "fail":
        first.message = text  # what the test saw (a KILL signal, BlockingIOError) follows from it
    else:
        result.message = text
        result.where = None if stopped.oom_kills else result.where
    return result
