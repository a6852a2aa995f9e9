"""Facts about real repositories made with the git program in a temporary folder."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tutor.checks.failure import CheckFailure
from tutor.checks.gitrepo import RepoFacts

FailureOf = Callable[[Callable[[], object]], CheckFailure]


def git(folder: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-C", str(folder), *args], capture_output=True, text=True, check=False
    )
    return done.stdout


def commit(folder: Path, name: str, text: str, message: str) -> None:
    (folder / name).write_text(text)
    git(folder, "add", name)
    git(folder, "commit", "-q", "-m", message)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "config", "user.name", "Learner")
    git(tmp_path, "config", "user.email", "learner@example.invalid")
    commit(tmp_path, "index.html", "<h1>Hello</h1>\n", "Add a page with a heading")
    return tmp_path


def test_commits_branches_and_the_current_branch(repo: Path) -> None:
    commit(repo, "notes.txt", "one\n", "Add notes")
    facts = RepoFacts(repo)
    assert [c.summary for c in facts.commits()] == ["Add notes", "Add a page with a heading"]
    assert facts.commits(with_files=True)[0].files == ["notes.txt"]
    assert facts.current_branch == "main"
    facts.assert_has_commits(2)
    facts.assert_commit_mentions("HEADING")
    facts.assert_tracked("notes.txt")
    facts.assert_clean()


def test_missing_commit_words_list_the_messages(repo: Path, failure_of: FailureOf) -> None:
    message = str(failure_of(lambda: RepoFacts(repo).assert_commit_mentions("footer")))
    assert message == (
        "None of your commit messages mentions 'footer'. A message should say what the commit "
        'changes, like git commit -m "Add a footer".\nYour latest commit messages are:\n'
        '  "Add a page with a heading"'
    )


# The messages tutor/workspace and tutor/app_state write in a learner's workspace.
TUTOR_MESSAGES = [
    "start: Commit a footer",
    "check: 2/5 passed",
    "check: error (footer.html line 3: no footer)",
    "reset to the starter",
    "saved before reset",
    "saved before restoring 1a2b3c4",
    "restore 1a2b3c4",
]


def test_the_tutors_own_commits_do_not_count_as_mentions(
    tmp_path: Path, failure_of: FailureOf
) -> None:
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "config", "user.name", "Tutor")
    git(tmp_path, "config", "user.email", "tutor@example.invalid")
    for message in TUTOR_MESSAGES:
        git(tmp_path, "commit", "-q", "--allow-empty", "-m", message)
    facts = RepoFacts(tmp_path)
    assert all(c.by_tutor for c in facts.commits()) and facts.your_commits() == []
    assert str(failure_of(lambda: facts.assert_commit_mentions("footer"))) == (
        "You have not made a commit yet. Make one whose message mentions 'footer', like "
        'git commit -m "Add a footer".'
    )
    for word in ("start", "restore", "passed"):
        failure_of(lambda word=word: facts.assert_commit_mentions(word))
    commit(tmp_path, "notes.txt", "one\n", "Restore the footer I deleted")
    assert [c.summary for c in facts.your_commits()] == ["Restore the footer I deleted"]
    facts.assert_commit_mentions("footer")


def test_a_missing_branch_lists_the_branches(repo: Path, failure_of: FailureOf) -> None:
    message = str(failure_of(lambda: RepoFacts(repo).assert_branch_exists("feature")))
    assert message == (
        "There is no branch called 'feature'. Your branches are: main. "
        "Make it with git branch feature (or git switch -c feature)."
    )


def test_merged_and_not_merged_branches(repo: Path, failure_of: FailureOf) -> None:
    git(repo, "switch", "-q", "-c", "feature")
    commit(repo, "style.css", "h1 { color: navy; }\n", "Add a style")
    git(repo, "switch", "-q", "main")
    facts = RepoFacts(repo)
    facts.assert_branch_exists("feature")
    assert str(failure_of(lambda: facts.assert_merged("feature"))).startswith(
        "The branch 'feature' is not merged into 'main' yet"
    )
    git(repo, "merge", "-q", "feature")
    facts.assert_merged("feature", into="main")


def test_a_merged_branch_may_be_deleted(repo: Path, failure_of: FailureOf) -> None:
    git(repo, "switch", "-q", "-c", "drinks")
    commit(repo, "drinks.txt", "Coffee\n", "Add drinks")
    git(repo, "switch", "-q", "main")
    commit(repo, "index.html", "<h1>Menu</h1>\n", "Call the page a menu")
    git(repo, "merge", "-q", "--no-edit", "drinks")  # a real merge commit: "Merge branch 'drinks'"
    git(repo, "branch", "-d", "drinks")
    facts = RepoFacts(repo)
    facts.assert_merged("drinks", into="main")
    assert str(failure_of(lambda: facts.assert_merged("drink", into="main"))) == (
        "There is no branch called 'drink', and no merge commit on 'main' mentions it. Your "
        "branches are: main. Check the name with git branch."
    )


def test_uncommitted_changes_are_named(repo: Path, failure_of: FailureOf) -> None:
    (repo / "index.html").write_text("<h1>Changed</h1>\n")
    (repo / "new.txt").write_text("new\n")
    assert str(failure_of(RepoFacts(repo).assert_clean)) == (
        "Some changes are not committed yet: index.html, new.txt. Run git status to see "
        "them, then git add and git commit."
    )


def test_tracked_and_ignored_files(repo: Path, failure_of: FailureOf) -> None:
    facts = RepoFacts(repo)
    (repo / "secret.txt").write_text("password\n")
    error = failure_of(lambda: facts.assert_ignored("secret.txt"))
    assert str(error) == (
        "Git does not ignore secret.txt yet, and there is no .gitignore file in your exercise "
        "folder. Make one there, and write in it a pattern that matches secret.txt."
    )
    assert error.file == ".gitignore"
    assert str(failure_of(lambda: facts.assert_tracked("secret.txt"))) == (
        "Git is not tracking secret.txt yet. Run git add secret.txt, then commit."
    )
    (repo / ".gitignore").write_text("secret.txt\n")
    facts.assert_ignored("secret.txt")
    commit(repo, "diary.txt", "private\n", "Add diary")
    (repo / ".gitignore").write_text("secret.txt\ndiary.txt\n")
    assert str(failure_of(lambda: facts.assert_ignored("diary.txt"))).startswith(
        "diary.txt is tracked by Git, so ignoring it has no effect."
    )


def test_an_ignore_failure_points_at_gitignore_not_at_a_line(
    repo: Path, failure_of: FailureOf
) -> None:
    (repo / ".gitignore").write_text("app.log\n")
    facts = RepoFacts(repo)
    facts.assert_ignored("app.log")
    error = failure_of(lambda: facts.assert_ignored("errors.log"))
    assert str(error) == (
        "Git does not ignore errors.log yet: no pattern in .gitignore matches it. Look at the "
        "patterns in .gitignore, save it, then run git status to see what Git still lists."
    )
    assert "errors.log to" not in str(error)  # no "add the line errors.log": patterns are taught
    (repo / ".gitignore").write_text("*.log\n")
    facts.assert_ignored("errors.log")
    facts.assert_ignored("cache/tomorrow.log")  # a file that does not exist yet counts too


def test_work_that_a_wide_pattern_ignores_is_named_with_its_pattern(
    repo: Path, failure_of: FailureOf
) -> None:
    (repo / ".gitignore").write_text("# logs\n*.log\n*.py\n!keep.log\n")
    facts = RepoFacts(repo)
    facts.assert_not_ignored("index.html")
    facts.assert_not_ignored("keep.log")  # un-ignored by the ! rule
    error = failure_of(lambda: facts.assert_not_ignored("shop.py"))
    assert str(error) == (
        "Git ignores shop.py, but it is real work and belongs in the history. The pattern *.py "
        "on line 3 of .gitignore matches it: make that pattern match only the files you mean "
        "to ignore."
    )
    assert (error.file, error.line) == (".gitignore", 3)


def test_a_file_missing_from_a_commit_says_where_it_was_looked_for(
    repo: Path, failure_of: FailureOf
) -> None:
    facts = RepoFacts(repo)
    assert facts.file_at("HEAD", "index.html") == "<h1>Hello</h1>"
    (repo / "notes.txt").write_text("one\n")
    assert str(failure_of(lambda: facts.file_at("HEAD", "notes.txt"))) == (
        "There is no file notes.txt in your latest commit. It is in your folder: run git add "
        "notes.txt, then git commit, so Git keeps it."
    )
    assert str(failure_of(lambda: facts.file_at("main", "menu.txt"))) == (
        "There is no file menu.txt in the latest commit on the branch 'main'."
    )


def test_a_conflict_must_be_resolved_and_committed(repo: Path, failure_of: FailureOf) -> None:
    git(repo, "switch", "-q", "-c", "feature")
    commit(repo, "index.html", "<h1>Hello from feature</h1>\n", "Change heading on feature")
    git(repo, "switch", "-q", "main")
    commit(repo, "index.html", "<h1>Hello from main</h1>\n", "Change heading on main")
    git(repo, "merge", "feature")  # stops with a conflict in index.html
    facts = RepoFacts(repo)
    error = failure_of(facts.assert_conflict_resolved)
    assert str(error).startswith("index.html line 1 still has a conflict marker")
    assert (error.file, error.line) == ("index.html", 1)

    (repo / "index.html").write_text("<h1>Hello from both</h1>\n")
    assert str(failure_of(facts.assert_conflict_resolved)) == (
        "The merge is not finished yet. Files still marked as in conflict: index.html. After "
        "fixing each file, run git add with its name, then git commit to finish the merge."
    )
    git(repo, "add", "index.html")
    git(repo, "commit", "-q", "--no-edit")
    facts.assert_conflict_resolved()
    assert facts.commits()[0].is_merge


def test_markers_removed_after_the_merge_commit_count_as_resolved(
    repo: Path, failure_of: FailureOf
) -> None:
    git(repo, "switch", "-q", "-c", "feature")
    commit(repo, "index.html", "<h1>Hello from feature</h1>\n", "Change heading on feature")
    git(repo, "switch", "-q", "main")
    commit(repo, "index.html", "<h1>Hello from main</h1>\n", "Change heading on main")
    git(repo, "merge", "feature")
    git(repo, "add", "index.html")  # committed with the markers still in it
    git(repo, "commit", "-q", "--no-edit")
    facts = RepoFacts(repo)
    assert str(failure_of(facts.assert_conflict_resolved)).startswith(
        "index.html line 1 still has a conflict marker"
    )
    commit(repo, "index.html", "<h1>Hello from both</h1>\n", "Remove the conflict markers")
    assert not facts.commits()[0].is_merge
    facts.assert_conflict_resolved()


def test_without_a_merge_commit_the_conflict_check_fails(repo: Path, failure_of: FailureOf) -> None:
    assert str(failure_of(RepoFacts(repo).assert_conflict_resolved)).startswith(
        "There is no merge commit in your recent history."
    )


def test_a_folder_without_git_is_explained(tmp_path: Path, failure_of: FailureOf) -> None:
    assert str(failure_of(lambda: RepoFacts(tmp_path).commits())) == (
        "Your exercise folder is not a Git repository yet. Run git init inside it."
    )


def test_an_empty_repository_has_no_commits(tmp_path: Path, failure_of: FailureOf) -> None:
    git(tmp_path, "init", "-q", "-b", "main")
    facts = RepoFacts(tmp_path)
    assert facts.commits() == []
    assert str(failure_of(facts.assert_has_commits)).startswith(
        "Your repository has 0 commits, but at least 1 is expected."
    )


def test_reading_the_learners_repo_runs_none_of_its_programs(repo: Path) -> None:
    """fsmonitor, hooks, filter and textconv drivers the learner's repository names stay idle."""
    markers = repo / ".git" / "markers"
    markers.mkdir()
    trap = repo / ".git" / "trap.sh"
    trap.write_text(f'#!/bin/sh\ntouch "{markers}/ran-$$"\ncat\n')
    trap.chmod(0o755)
    for key in (
        "core.fsmonitor",
        "filter.trap.clean",
        "filter.trap.process",
        "diff.trap.textconv",
        "diff.external",
        "core.pager",
    ):
        git(repo, "config", key, str(trap))
    (repo / ".gitattributes").write_text("* filter=trap diff=trap\n")
    (repo / "index.html").write_text("<h1>Changed</h1>\n")
    facts = RepoFacts(repo)
    assert facts.changed_files() == [".gitattributes", "index.html"]
    assert facts.commits(with_files=True)[0].files == ["index.html"]
    assert facts.file_at("HEAD", "index.html") == "<h1>Hello</h1>"
    assert facts.tracked_files() == ["index.html"]
    assert list(markers.iterdir()) == []
    git(repo, "status")  # plain git does run them: the trap is real
    assert list(markers.iterdir()) != []
