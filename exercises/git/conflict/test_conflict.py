"""Checks for git-conflict: the merge of later is finished, with the right Time line."""

import re
from pathlib import Path

from tutor.checks import CheckFailure


def line_starting(files, start):
    """(line number, text) of the first line of event.txt that starts with `start`."""
    for number, line in enumerate(files.lines("event.txt"), start=1):
        if line.strip().startswith(start):
            return number, line.strip()
    raise CheckFailure(
        f"event.txt has no line starting with '{start}' any more. Keep one such line: when "
        "you fix a conflict, you keep the text you want and delete only the marker lines.",
        "event.txt",
    )


def test_no_conflict_markers_are_left(git_repo):
    markers = git_repo.conflict_markers()
    if markers:
        name, line = markers[0]
        raise CheckFailure(
            f"{name} line {line} is still a conflict marker line (<<<<<<<, ======= or "
            ">>>>>>>). Delete every marker line, keeping the text you want between them.",
            name,
            line,
        )


def test_the_time_line_has_the_new_start_and_the_end(files):
    number, line = line_starting(files, "Time:")
    hours = re.findall(r"\d+", line)
    problems = []
    if "7" not in hours:
        problems.append("the new start time, 7 pm, from the branch later")
    if "8" not in hours:
        problems.append("the end time, 8 pm, from main")
    if "6" in hours:
        problems.append("no 6 pm: the group does not start at 6 any more")
    if problems:
        raise CheckFailure(
            f"event.txt line {number} says '{line}', but it should have "
            + " and ".join(problems)
            + ". Write it as: Time: 7 pm to 8 pm",
            "event.txt",
            number,
        )


def test_the_new_book_from_later_is_kept(files):
    number, line = line_starting(files, "This month's book:")
    assert "Mockingbird" in line, (
        f"event.txt line {number} should name the book chosen on the branch later, "
        "To Kill a Mockingbird. Git merged that line for you; it came back wrong, so "
        "start again with tutor reset git-conflict if you cannot find why."
    )


def test_the_merge_is_finished(git_repo):
    # A merge commit followed by a commit that fixes a left-over marker is fine too,
    # so the merge commit need not be the newest commit (markers have their own check).
    if any(c.is_merge for c in git_repo.commits()):
        with git_repo.open() as repo:
            merging = (Path(repo.git_dir) / "MERGE_HEAD").exists()
        if not merging:
            return
    git_repo.assert_conflict_resolved()


def test_later_is_merged_into_main(git_repo):
    git_repo.assert_merged("later", into="main")


def test_everything_is_committed(git_repo):
    git_repo.assert_clean()
