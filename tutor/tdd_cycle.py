"""Did the learner follow red-green in a TDD exercise? Read from their checks.

Every check is recorded (and snapshotted), so the record shows the rhythm:
a *red* check is one where a new test appeared (more tests than ever before)
and something failed; a *green* check is a later one where everything passed.
One red followed by a green is one turn of the cycle.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tutor.progress import Attempt


@dataclass(frozen=True)
class CycleReport:
    cycles: int  # red checks each followed by a green one
    green_without_red: bool  # everything passed before any new test had failed

    def sentence(self) -> str:
        if self.cycles == 0:
            return (
                "Red, green: your record shows no failing test before the passing code. "
                "Next time, write one test, check it fails (red), then write the code (green)."
            )
        turns = "once" if self.cycles == 1 else f"{self.cycles} times"
        advice = (
            " One pass came before any test had failed: write the test first, then the code."
            if self.green_without_red
            else ""
        )
        return f"Red, green: you wrote a failing test and then made it pass {turns}.{advice}"


def read_cycles(attempts: Iterable[Attempt]) -> CycleReport:
    """attempts in the order they were made (oldest first)."""
    cycles = 0
    most_tests = 0
    red_open = False
    green_without_red = False
    for attempt in attempts:
        if attempt.status == "fail" and attempt.total > most_tests:
            red_open = True
        elif attempt.status == "pass":
            if red_open:
                cycles += 1
            elif cycles == 0:
                green_without_red = True
            red_open = False
        most_tests = max(most_tests, attempt.total)
    return CycleReport(cycles, green_without_red)
