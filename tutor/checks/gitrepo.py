"""Facts about the learner's Git repository, each check a sentence.

Every `Repo` is opened in a `with` block: GitPython keeps `git cat-file`
processes and file handles open until a Repo is closed (GitPython #1208, #1333).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from git import BadName, GitCommandError, InvalidGitRepositoryError, NoSuchPathError, Repo

from tutor.checks.failure import CheckFailure, plural

CONFLICT_MARKERS = ("<<<<<<<", ">>>>>>>")


@dataclass(frozen=True)
class CommitInfo:
    sha: str
    message: str
    parents: int
    files: list[str] = field(default_factory=list)

    @property
    def summary(self) -> str:
        return self.message.strip().splitlines()[0] if self.message.strip() else ""

    @property
    def is_merge(self) -> bool:
        return self.parents > 1


def _quote_list(names: list[str], most: int = 8) -> str:
    shown = ", ".join(names[:most])
    return shown + (f" and {len(names) - most} more" if len(names) > most else "")


class RepoFacts:
    """What is true of the repository in `path` (the learner's workspace)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)

    def __repr__(self) -> str:
        return f"RepoFacts({str(self.path)!r})"

    @contextmanager
    def open(self) -> Iterator[Repo]:
        try:
            repo = Repo(self.path)
        except (InvalidGitRepositoryError, NoSuchPathError):
            raise CheckFailure(
                "Your exercise folder is not a Git repository yet. Run git init inside it."
            ) from None
        with repo:
            yield repo

    @property
    def current_branch(self) -> str | None:
        """The branch you are on, or None when HEAD points at a commit, not a branch."""
        with self.open() as repo:
            return None if repo.head.is_detached else repo.active_branch.name

    @property
    def branches(self) -> list[str]:
        with self.open() as repo:
            return sorted(head.name for head in repo.heads)

    def commits(self, branch: str | None = None, with_files: bool = False) -> list[CommitInfo]:
        """Commits reachable from `branch` (default: HEAD), newest first.

        `with_files` also lists the files each commit changed (one git call per commit).
        """
        with self.open() as repo:
            if not repo.head.is_valid():
                return []
            found = []
            for commit in repo.iter_commits(branch or "HEAD"):
                message = commit.message if isinstance(commit.message, str) else ""
                files = [str(name) for name in commit.stats.files] if with_files else []
                found.append(CommitInfo(commit.hexsha, message, len(commit.parents), files))
            return found

    def assert_has_commits(self, at_least: int = 1) -> None:
        count = len(self.commits())
        if count < at_least:
            raise CheckFailure(
                f"Your repository has {plural(count, 'commit')}, but at least {at_least} "
                f"{'is' if at_least == 1 else 'are'} expected. Use git add, then git commit -m "
                f'"what you changed".')

    def assert_commit_mentions(self, word: str, branch: str | None = None) -> None:
        commits = self.commits(branch)
        if any(word.lower() in c.message.lower() for c in commits):
            return
        if not commits:
            raise CheckFailure(f"Your repository has no commits yet. Make a commit whose "
                               f"message mentions '{word}'.")
        summaries = "\n".join(f'  "{c.summary}"' for c in commits[:5])
        raise CheckFailure(
            f"No commit message mentions '{word}'. Your latest commit messages are:\n"
            f"{summaries}\nA message should say what the commit changes, like "
            f'git commit -m "Add a {word}".')

    def assert_branch_exists(self, name: str) -> None:
        branches = self.branches
        if name not in branches:
            raise CheckFailure(
                f"There is no branch called '{name}'. Your branches are: "
                f"{_quote_list(branches) or 'none yet'}. Make it with git branch {name} "
                f"(or git switch -c {name}).")

    def assert_merged(self, branch: str, into: str = "main") -> None:
        self.assert_branch_exists(branch)
        self.assert_branch_exists(into)
        with self.open() as repo:
            if not repo.is_ancestor(repo.heads[branch].commit, repo.heads[into].commit):
                raise CheckFailure(
                    f"The branch '{branch}' is not merged into '{into}' yet: '{into}' does not "
                    f"have all of its commits. Switch to it with git switch {into}, then run "
                    f"git merge {branch}.")

    def changed_files(self) -> list[str]:
        """Files that differ from the last commit: changed, staged or not yet added."""
        with self.open() as repo:
            names = set(repo.untracked_files)
            names.update(str(d.a_path) for d in repo.index.diff(None))
            if repo.head.is_valid():
                names.update(str(d.a_path) for d in repo.index.diff("HEAD"))
            else:
                names.update(str(path) for path, _stage in repo.index.entries)
            return sorted(names)

    def assert_clean(self) -> None:
        changed = self.changed_files()
        if changed:
            raise CheckFailure(
                f"Some changes are not committed yet: {_quote_list(changed)}. Run git status "
                f"to see them, then git add and git commit.")

    def tracked_files(self) -> list[str]:
        with self.open() as repo:
            return sorted(str(path) for path, _stage in repo.index.entries)

    def assert_tracked(self, name: str) -> None:
        if name not in self.tracked_files():
            raise CheckFailure(
                f"Git is not tracking {name} yet. Run git add {name}, then commit.", name)

    def assert_ignored(self, name: str) -> None:
        if name in self.tracked_files():
            raise CheckFailure(
                f"{name} is tracked by Git, so ignoring it has no effect. Remove it from Git "
                f"(but keep the file) with git rm --cached {name}, then commit.", name)
        with self.open() as repo:
            ignored = repo.ignored(name)
        if not ignored:
            raise CheckFailure(
                f"Git does not ignore {name}. Add a line with {name} to the .gitignore file "
                f"in your exercise folder.", ".gitignore")

    def file_at(self, revision: str, name: str) -> str:
        """The text of `name` as it is in a branch or commit."""
        with self.open() as repo:
            try:
                return repo.git.show(f"{revision}:{name}")
            except (GitCommandError, BadName):
                raise CheckFailure(f"There is no file {name} in '{revision}'.", name) from None

    def conflict_markers(self) -> list[tuple[str, int]]:
        """(file, line) of every conflict marker left in a tracked file."""
        found = []
        for name in self.tracked_files():
            path = self.path / name
            try:
                lines = path.read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError):
                continue  # binary or deleted: nothing a learner edits by hand
            for number, line in enumerate(lines, start=1):
                if line.startswith(CONFLICT_MARKERS) or line.rstrip() == "=======":
                    found.append((name, number))
        return found

    def assert_conflict_resolved(self) -> None:
        markers = self.conflict_markers()
        if markers:
            name, line = markers[0]
            raise CheckFailure(
                f"{name} line {line} still has a conflict marker (<<<<<<<, ======= or "
                f">>>>>>>). Choose the text you want to keep, delete the marker lines, then "
                f"git add {name} and git commit.", name, line)
        with self.open() as repo:
            merging = (Path(repo.git_dir) / "MERGE_HEAD").exists()
            unmerged = sorted({str(p) for p in repo.index.unmerged_blobs()})
            head_parents = len(repo.head.commit.parents) if repo.head.is_valid() else 0
        if merging:
            waiting = f" Files still marked as in conflict: {_quote_list(unmerged)}." if (
                unmerged) else ""
            raise CheckFailure(
                f"The merge is not finished yet.{waiting} After fixing each file, run git add "
                f"with its name, then git commit to finish the merge.",
                unmerged[0] if unmerged else None)
        if head_parents < 2:
            raise CheckFailure(
                "Your last commit is not a merge commit. Merge the other branch with git merge "
                "<branch>, fix the conflict, then git add and git commit.")
