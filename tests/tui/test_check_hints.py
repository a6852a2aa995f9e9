"""Pilot tests: F2 first gives the hint for the check that fails now, then the exercise's ladder."""

from __future__ import annotations

from textual.pilot import Pilot
from tui_driving import open_first_exercise, wait_for_result

from tutor.tui.app import TutorApp


def last_notice(app: TutorApp) -> str:
    return str(list(app._notifications)[-1].message)


def test_f2_gives_the_failing_checks_hint_then_the_ladder(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        await open_first_exercise(app, pilot)
        await pilot.press("f5")
        panel = await wait_for_result(app, pilot)
        assert panel.checklist is not None
        assert panel.checklist.first_failure is not None
        assert panel.checklist.first_failure.name == "add adds"  # step 2 "Add correctly"
        await pilot.press("f2")
        assert last_notice(app) == (
            "For the check 'add adds': add(2, 3) should be 5: which sign adds two numbers?"
            "  (F2 again: the next hint)"
        )
        assert app.tutor is not None
        assert app.tutor.hints_so_far(app.tutor.exercise("add")) == []  # the ladder waits
        await pilot.press("f2")
        assert last_notice(app) == "Hint 1 of 2: Use the + operator."
        await pilot.press("f2")
        assert last_notice(app) == "Hint 2 of 2 (the last one): The line is: return a + b"

    drive(scenario)


def test_f2_before_any_check_is_the_ladder(drive) -> None:
    async def scenario(app: TutorApp, pilot: Pilot[int]) -> None:
        await open_first_exercise(app, pilot)
        await pilot.press("f2")
        assert last_notice(app) == "Hint 1 of 2: Use the + operator."

    drive(scenario)
