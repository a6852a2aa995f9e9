"""`tutor check` prints the learner's checklist: the same headings the TUI shows."""

from __future__ import annotations

from cli_helpers import RunCli, solve

from tutor.kinds.tdd import GROUPS


def test_a_tdd_check_prints_its_two_groups_in_order_then_red_green(
    tutor: RunCli, workspace_of
) -> None:
    red = tutor("check", "voting-tests")
    assert red.code == 1
    lines = red.out.splitlines()
    headings = [n for n, line in enumerate(lines) if line.strip().endswith(GROUPS[0].title)]
    headings += [n for n, line in enumerate(lines) if line.strip().endswith(GROUPS[1].title)]
    assert len(headings) == 2 and headings[0] < headings[1]
    under_first = lines[headings[0] + 1 : headings[1]]
    assert any("your tests pass on a correct solution" in line for line in under_first)
    assert all(line.startswith("      ") for line in under_first)  # the checks are indented
    assert "Not yet. The first thing to fix:" in red.out
    assert "Red, green" not in red.out

    solve(workspace_of("voting-tests"), "voting-tests")
    green = tutor("check", "voting-tests")
    assert green.code == 0, green.out
    assert "Done! Every check passes." in green.out
    # The first check failed with new tests, this one passes: one turn of the cycle.
    assert "you wrote a failing test and then made it pass once" in green.out
