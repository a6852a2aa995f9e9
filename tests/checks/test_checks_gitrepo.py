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
    done = subprocess.run(["git", "-C", str(folder), *args], capture_output=True, text=True,
                          check=False)
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
    assert message.startswith("No commit message mentions 'footer'. Your latest commit "
                              'messages are:\n  "Add a page with a heading"\n')


def test_a_missing_branch_lists_the_branches(repo: Path, failure_of: FailureOf) -> None:
    message = str(failure_of(lambda: RepoFacts(repo).assert_branch_exists("feature")))
    assert message == ("There is no branch called 'feature'. Your branches are: main. "
                       "Make it with git branch feature (or git switch -c feature).")


def test_merged_and_not_merged_branches(repo: Path, failure_of: FailureOf) -> None:
    git(repo, "switch", "-q", "-c", "feature")
    commit(repo, "style.css", "h1 { color: navy; }\n", "Add a style")
    git(repo, "switch", "-q", "main")
    facts = RepoFacts(repo)
    facts.assert_branch_exists("feature")
    assert str(failure_of(lambda: facts.assert_merged("feature"))).startswith(
        "The branch 'feature' is not merged into 'main' yet")
    git(repo, "merge", "-q", "feature")
    facts.assert_merged("feature", into="main")


def test_uncommitted_changes_are_named(repo: Path, failure_of: FailureOf) -> None:
    (repo / "index.html").write_text("<h1>Changed</h1>\n")
    (repo / "new.txt").write_text("new\n")
    assert str(failure_of(RepoFacts(repo).assert_clean)) == (
        "Some changes are not committed yet: index.html, new.txt. Run git status to see "
        "them, then git add and git commit.")


def test_tracked_and_ignored_files(repo: Path, failure_of: FailureOf) -> None:
    facts = RepoFacts(repo)
    (repo / "secret.txt").write_text("password\n")
    assert str(failure_of(lambda: facts.assert_ignored("secret.txt"))).startswith(
        "Git does not ignore secret.txt. Add a line with secret.txt to the .gitignore file")
    assert str(failure_of(lambda: facts.assert_tracked("secret.txt"))) == (
        "Git is not tracking secret.txt yet. Run git add secret.txt, then commit.")
    (repo / ".gitignore").write_text("secret.txt\n")
    facts.assert_ignored("secret.txt")
    commit(repo, "diary.txt", "private\n", "Add diary")
    (repo / ".gitignore").write_text("secret.txt\ndiary.txt\n")
    assert str(failure_of(lambda: facts.assert_ignored("diary.txt"))).startswith(
        "diary.txt is tracked by Git, so ignoring it has no effect.")


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
        "fixing each file, run git add with its name, then git commit to finish the merge.")
    git(repo, "add", "index.html")
    git(repo, "commit", "-q", "--no-edit")
    facts.assert_conflict_resolved()
    assert facts.commits()[0].is_merge


def test_without_a_merge_commit_the_conflict_check_fails(repo: Path,
                                                         failure_of: FailureOf) -> None:
    assert str(failure_of(RepoFacts(repo).assert_conflict_resolved)).startswith(
        "Your last commit is not a merge commit.")


def test_a_folder_without_git_is_explained(tmp_path: Path, failure_of: FailureOf) -> None:
    assert str(failure_of(lambda: RepoFacts(tmp_path).commits())) == (
        "Your exercise folder is not a Git repository yet. Run git init inside it.")


def test_an_empty_repository_has_no_commits(tmp_path: Path, failure_of: FailureOf) -> None:
    git(tmp_path, "init", "-q", "-b", "main")
    facts = RepoFacts(tmp_path)
    assert facts.commits() == []
    assert str(failure_of(facts.assert_has_commits)).startswith(
        "Your repository has 0 commits, but at least 1 is expected.")
