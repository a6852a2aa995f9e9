"""Checks for git-first-commit: journal.txt has an entry, and it is committed."""

from tutor.checks import CheckFailure


def test_journal_has_your_first_entry(files):
    lines = files.lines("journal.txt")
    for number, line in enumerate(lines, start=1):
        if "TODO" in line:
            raise CheckFailure(
                f"journal.txt line {number} still says TODO. Replace that whole line with "
                "one line of your own about what you did today, then save the file.",
                "journal.txt",
                number,
            )
    words = " ".join(lines[2:]).split() if len(lines) > 2 else []
    assert len(words) >= 2, (
        "journal.txt has no entry yet under the title. Write one line of a few words "
        "under the ===== line."
    )


def test_journal_is_tracked_by_git(git_repo):
    git_repo.assert_tracked("journal.txt")


def test_your_commit_mentions_the_journal(git_repo):
    # No tutor commit here (setup.py removes it); one from an older workspace does not count.
    yours = [c for c in git_repo.commits() if not c.message.startswith("start: ")]
    assert yours, (
        "You have not made a commit yet: git log has nothing to show. "
        "Run git add journal.txt, then git commit -m \"Start my coding journal\"."
    )
    if not any("journal" in c.message.lower() for c in yours):
        said = ", ".join(f'"{c.summary}"' for c in yours[:5])
        raise CheckFailure(
            f"None of your commit messages has the word journal in it. They are: {said}. "
            "Make one more commit whose message mentions the journal, or, if there is "
            "nothing left to commit, change the last message with "
            'git commit --amend -m "Start my coding journal".'
        )


def test_your_entry_is_in_the_commit(git_repo):
    try:
        committed = git_repo.file_at("HEAD", "journal.txt")
    except CheckFailure:
        raise AssertionError(
            "Your last commit does not hold journal.txt yet. Run git add journal.txt, "
            'then git commit -m "..." with your message.'
        ) from None
    assert "TODO" not in committed, (
        "Your last commit holds journal.txt with the TODO line still in it. Git saves a file "
        "as it was when you ran git add. Write your entry, save the file, then run "
        "git add journal.txt and git commit again."
    )


def test_nothing_is_left_uncommitted(git_repo):
    git_repo.assert_clean()
