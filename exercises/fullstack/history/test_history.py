"""Checks for the notes project's history: what is committed, what is ignored,
and whether the commits tell the story of the project."""

import re

from tutor.checks import CheckFailure

PROJECT = [".gitignore", "notes_db.py", "views.py", "app.py", "static/style.css",
           "static/notes.js", "test_app.py"]
MOST_FILES = 3
VAGUE = {
    "update", "updates", "updated", "fix", "fixes", "fixed", "change", "changes", "changed",
    "stuff", "things", "wip", "commit", "commits", "file", "files", "misc", "more", "work",
    "save", "saved", "edit", "edits", "done", "code", "project", "asdf", "test", "again",
    "the", "a", "an", "some", "and", "of", "to", "for", "in", "my", "all", "it", "new",
}


def my_commits(git_repo, with_files=False):
    """The learner's commits, oldest first (the tutor's own "start: ..." commit left out)."""
    commits = list(reversed(git_repo.your_commits(with_files=with_files)))
    if not commits:
        raise CheckFailure(
            "You have not committed anything yet. Choose the files of one part with git add, "
            'then git commit -m "what this part adds".')
    return commits


def test_the_database_file_is_ignored(git_repo):
    git_repo.assert_ignored("notes.db")


def test_every_project_file_is_committed(git_repo):
    tracked = set(git_repo.tracked_files())
    missing = [name for name in PROJECT if name not in tracked]
    if missing:
        raise CheckFailure(
            f"These project files are not committed yet: {', '.join(missing)}. Add them with "
            "git add, a few at a time, and commit each group.")
    git_repo.assert_clean()


def test_the_work_is_in_at_least_four_commits(git_repo):
    commits = git_repo.your_commits()
    if len(commits) < 4:
        raise CheckFailure(
            f"You have made {len(commits)} commit(s), but the project should be added in at least "
            "4, one part at a time: for example the ignore file, the model, the pages, the "
            "static files and the tests.")


def test_no_commit_holds_more_than_three_project_files(git_repo):
    for commit in my_commits(git_repo, with_files=True):
        files = [name for name in commit.files if name in PROJECT]
        if len(files) > MOST_FILES:
            raise CheckFailure(
                f'The commit "{commit.summary}" holds {len(files)} project files '
                f"({', '.join(files)}), but a commit should hold one part of the project: at "
                f"most {MOST_FILES} files. Start again with `tutor reset fs-history`, and commit "
                "in smaller steps.")


def test_the_model_is_committed_before_the_pages_that_use_it(git_repo):
    first_seen = {}
    for number, commit in enumerate(my_commits(git_repo, with_files=True)):
        for name in commit.files:
            first_seen.setdefault(name, number)
    model, pages = first_seen.get("notes_db.py"), first_seen.get("app.py")
    if model is None or pages is None:
        raise CheckFailure("Commit notes_db.py and app.py first: this check compares them.")
    if model > pages:
        raise CheckFailure(
            "app.py was committed before notes_db.py, the model it uses, so that commit would "
            "not work on its own. Commit the parts in the order the app was built: the model "
            "first, then the pages. Start again with `tutor reset fs-history`.")


def test_each_commit_message_says_what_it_changes(git_repo):
    for commit in my_commits(git_repo):
        summary = commit.summary
        words = re.findall(r"[A-Za-z']+", summary.lower())
        if len(words) < 3 or not [w for w in words if w not in VAGUE]:
            raise CheckFailure(
                f'The commit message "{summary}" does not say what the commit changes. A good '
                "message is a short sentence about this commit, like \"Add the notes model "
                "with an SQLite table\". To fix the message of your latest commit, run "
                "git commit --amend -m \"a better message\"; for an older commit, start "
                "again with `tutor reset fs-history`.")
        if len(summary) > 72:
            raise CheckFailure(
                f'The first line of the commit message "{summary[:40]}..." is {len(summary)} '
                "characters long. Keep it to 72 or fewer, so git log shows it whole.")
