"""Placeholder checks: replace them with checks of your own exercise."""

from tutor.checks import CheckFailure


def test_notes_have_no_todo_left(files):
    for number, line in enumerate(files.lines("notes.txt"), start=1):
        if "TODO" in line:
            raise CheckFailure(
                f"notes.txt line {number} still says TODO. Replace it with a note of your own.",
                "notes.txt",
                number,
            )


def test_notes_are_committed(git_repo):
    # The tutor's own "start: ..." commit does not count: it was not the learner's.
    yours = [c for c in git_repo.commits() if not c.message.startswith("start: ")]
    assert yours, "You have not made a commit yet. Run git add notes.txt, then git commit."
    git_repo.assert_clean()
