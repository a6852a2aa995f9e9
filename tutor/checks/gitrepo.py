"""Facts about the learner's Git repository, each check a sentence.

Git is run through tutor.workspace.gitcli, with hooks, fsmonitor and every
driver the learner's repository configures turned off.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from tutor.checks.failure import CheckFailure, plural
from tutor.workspace.gitcli import GitFailed, Repo

CONFLICT_MARKERS = ("<<<<<<<", ">>>>>>>")
# The commits the tutor itself makes in a workspace (tutor/workspace/workspace.py and
# app_state._snapshot_message). Matched whole, so a learner's "Restore the prices" counts.
TUTOR_COMMIT_MESSAGES = re.compile(
    r"start: .*|check: (\d+/\d+ passed|error \(.*\)|running .*)|reset to the starter"
    r"|saved before (reset|restoring [0-9a-f]{7,40})|restore [0-9a-f]{7,40}",
    re.DOTALL,
)
RECENT_COMMITS = 20  # how far back assert_conflict_resolved looks for the merge commit


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

    @property
    def by_tutor(self) -> bool:
        """True for the tutor's own commits (start, snapshots, reset, restore)."""
        return TUTOR_COMMIT_MESSAGES.fullmatch(self.message.strip()) is not None


def _quote_list(names: list[str], most: int = 8) -> str:
    shown = ", ".join(names[:most])
    return shown + (f" and {len(names) - most} more" if len(names) > most else "")


class RepoFacts:
    """What is true of the repository in `path` (the learner's workspace).

    Every git command goes through tutor.workspace.gitcli: the repository is
    the learner's, so its hooks, fsmonitor and filter drivers are never run.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._repo: Repo | None = None  # one per RepoFacts: its drivers are read once

    def __repr__(self) -> str:
        return f"RepoFacts({str(self.path)!r})"

    @contextmanager
    def open(self) -> Iterator[Repo]:
        """The repository (its `git_dir`; `run(*args)` runs a git command in it, made safe)."""
        bare = (self.path / "HEAD").is_file() and (self.path / "objects").is_dir()
        if not bare and not (self.path / ".git").is_dir():
            raise CheckFailure(
                "Your exercise folder is not a Git repository yet. Run git init inside it."
            ) from None
        if self._repo is None:
            # A bare repository (a team's "origin.git") is its own git folder.
            self._repo = Repo(self.path, git_dir=self.path if bare else None)
        yield self._repo

    def _git(self, *args: str) -> str:
        """git <args> in the learner's repository; GitFailed when git says no."""
        with self.open() as repo:
            # Reading must not rewrite the learner's index (git status refreshes it).
            return repo.run(*args, env={"GIT_OPTIONAL_LOCKS": "0"})

    def _has_commits(self) -> bool:
        try:
            self._git("rev-parse", "-q", "--verify", "HEAD^{commit}")
        except GitFailed:
            return False
        return True

    @property
    def current_branch(self) -> str | None:
        """The branch you are on, or None when HEAD points at a commit, not a branch."""
        try:
            return self._git("symbolic-ref", "-q", "--short", "HEAD") or None
        except GitFailed:
            return None

    @property
    def branches(self) -> list[str]:
        listed = self._git("for-each-ref", "--format=%(refname)", "refs/heads/")
        return sorted(line.removeprefix("refs/heads/") for line in listed.splitlines() if line)

    def commits(self, branch: str | None = None, with_files: bool = False) -> list[CommitInfo]:
        """Commits reachable from `branch` (default: HEAD), newest first.

        `with_files` also lists the files each commit changed (one git call per commit).
        """
        if not self._has_commits():
            return []
        try:
            log = self._git(
                "log", "-z", "--format=%H%x1f%P%x1f%B", "--end-of-options", branch or "HEAD", "--"
            )
        except GitFailed:
            raise CheckFailure(
                f"There is no branch called '{branch}'. Check the name with git branch."
            ) from None
        found = []
        for record in log.split("\0"):
            if not record.strip():
                continue
            sha, parents, message = (record.lstrip("\n").split("\x1f", 2) + ["", ""])[:3]
            parent_list = parents.split()
            files = self._files_of(sha, parent_list) if with_files else []
            found.append(CommitInfo(sha, message, len(parent_list), files))
        return found

    def _files_of(self, sha: str, parents: list[str]) -> list[str]:
        """The files a commit changed (against its first parent), as git lists them."""
        against = parents[:1] if parents else ["--root"]
        listed = self._git(
            "diff-tree", "-r", "-z", "--no-commit-id", "--name-only", "--no-renames", *against, sha
        )
        return [name for name in listed.split("\0") if name]

    def your_commits(self, branch: str | None = None, with_files: bool = False) -> list[CommitInfo]:
        """Like commits(), without the tutor's own commits ("start: ...", "check: ...")."""
        return [c for c in self.commits(branch, with_files) if not c.by_tutor]

    def assert_has_commits(self, at_least: int = 1) -> None:
        count = len(self.commits())
        if count < at_least:
            raise CheckFailure(
                f"Your repository has {plural(count, 'commit')}, but at least {at_least} "
                f"{'is' if at_least == 1 else 'are'} expected. Use git add, then git commit -m "
                f'"what you changed".'
            )

    def assert_commit_mentions(self, word: str, branch: str | None = None) -> None:
        """One of the learner's commit messages mentions `word` (any case).

        The tutor's own commits do not count: "start: Commit a footer" names the
        exercise, not work the learner did.
        """
        commits = self.your_commits(branch)
        if any(word.lower() in c.message.lower() for c in commits):
            return
        example = f'git commit -m "Add a {word}"'
        if not commits:
            raise CheckFailure(
                f"You have not made a commit yet. Make one whose message "
                f"mentions '{word}', like {example}."
            )
        summaries = "\n".join(f'  "{c.summary}"' for c in commits[:5])
        raise CheckFailure(
            f"None of your commit messages mentions '{word}'. A message should say what the "
            f"commit changes, like {example}.\nYour latest commit messages are:\n{summaries}"
        )

    def assert_branch_exists(self, name: str) -> None:
        branches = self.branches
        if name not in branches:
            raise CheckFailure(
                f"There is no branch called '{name}'. Your branches are: "
                f"{_quote_list(branches) or 'none yet'}. Make it with git branch {name} "
                f"(or git switch -c {name})."
            )

    def assert_merged(self, branch: str, into: str = "main") -> None:
        """Every commit of `branch` is on `into`.

        A branch deleted after merging (git branch -d) still passes when a merge
        commit on `into` names it, as git's "Merge branch 'feature'" does. A
        fast-forward merge leaves no such trace, so after one the branch must stay.
        """
        self.assert_branch_exists(into)
        if branch not in self.branches:
            if self._merge_commit_naming(branch, into) is not None:
                return
            raise CheckFailure(
                f"There is no branch called '{branch}', and no merge commit on '{into}' "
                f"mentions it. Your branches are: {_quote_list(self.branches)}. Check the "
                f"name with git branch."
            )
        try:
            self._git("merge-base", "--is-ancestor", f"refs/heads/{branch}", f"refs/heads/{into}")
        except GitFailed:
            raise CheckFailure(
                f"The branch '{branch}' is not merged into '{into}' yet: '{into}' does not "
                f"have all of its commits. Switch to it with git switch {into}, then run "
                f"git merge {branch}."
            ) from None

    def _merge_commit_naming(self, branch: str, into: str) -> CommitInfo | None:
        # The name standing alone: "Merge branch 'drinks'" names drinks, "drinks-v2" does not.
        name = re.compile(rf"(?<![\w/-]){re.escape(branch)}(?![\w/-])")
        return next((c for c in self.commits(into) if c.is_merge and name.search(c.message)), None)

    def changed_files(self) -> list[str]:
        """Files that differ from the last commit: changed, staged or not yet added."""
        said = self._git("status", "--porcelain", "-z", "--untracked-files=all", "--no-renames")
        return sorted({entry[3:] for entry in said.split("\0") if len(entry) > 3})

    def assert_clean(self) -> None:
        changed = self.changed_files()
        if changed:
            raise CheckFailure(
                f"Some changes are not committed yet: {_quote_list(changed)}. Run git status "
                f"to see them, then git add and git commit."
            )

    def tracked_files(self) -> list[str]:
        listed = self._git("ls-files", "-z")
        return sorted({name for name in listed.split("\0") if name})

    def assert_tracked(self, name: str) -> None:
        if name not in self.tracked_files():
            raise CheckFailure(
                f"Git is not tracking {name} yet. Run git add {name}, then commit.", name
            )

    def assert_ignored(self, name: str) -> None:
        """Git ignores `name` and does not track it.

        The failure names the file and points at .gitignore, but never says which
        line to write: lessons teach patterns (*.log, cache/), not one line per file.
        """
        if name in self.tracked_files():
            raise CheckFailure(
                f"{name} is tracked by Git, so ignoring it has no effect. Remove it from Git "
                f"(but keep the file) with git rm --cached {name}, then commit.",
                name,
            )
        if self._ignoring_rule(name) is not None:
            return
        if not (self.path / ".gitignore").is_file():
            raise CheckFailure(
                f"Git does not ignore {name} yet, and there is no .gitignore file in your "
                f"exercise folder. Make one there, and write in it a pattern that matches "
                f"{name}.",
                ".gitignore",
            )
        raise CheckFailure(
            f"Git does not ignore {name} yet: no pattern in .gitignore matches it. Look at "
            f"the patterns in .gitignore, save it, then run git status to see what Git "
            f"still lists.",
            ".gitignore",
        )

    def assert_not_ignored(self, name: str) -> None:
        """Git does not ignore `name`: it is work that belongs in the history."""
        rule = self._ignoring_rule(name)
        if rule is None:
            return
        source, line, pattern = rule
        raise CheckFailure(
            f"Git ignores {name}, but it is real work and belongs in the history. The "
            f"pattern {pattern} on line {line} of {source} matches it: make that pattern "
            f"match only the files you mean to ignore.",
            source,
            line,
        )

    def is_ignored(self, name: str) -> bool:
        """Does git ignore `name`? (A tracked file never is.)"""
        return self._ignoring_rule(name) is not None

    def _ignoring_rule(self, name: str) -> tuple[str, int, str] | None:
        """(file, line, pattern) of the ignore rule that matches `name`, or None.

        git check-ignore -v prints "source:line:pattern<TAB>name" and exits 1 when
        nothing matches; a tracked file is never reported as ignored.
        """
        try:
            said = self._git("check-ignore", "-v", "--", name)
        except GitFailed:
            return None
        found = re.match(r"(?P<source>.*?):(?P<line>\d+):(?P<pattern>.*?)\t", said)
        if found is None or found.group("pattern").startswith("!"):
            return None  # "!keep.log" is a rule that un-ignores
        source = found.group("source")
        if Path(source).is_absolute() and Path(source).is_relative_to(self.path.resolve()):
            source = Path(source).relative_to(self.path.resolve()).as_posix()
        return source, int(found.group("line")), found.group("pattern")

    def file_at(self, revision: str, name: str) -> str:
        """The text of `name` as it is in a branch or commit ("HEAD": the latest commit)."""
        if not self._has_commits():
            raise CheckFailure(
                "Your repository has no commits yet. Use git add, then "
                'git commit -m "what you changed".',
                name,
            )
        try:
            return self._git("show", "--end-of-options", f"{revision}:{name}")
        except GitFailed:
            pass
        in_folder = (self.path / name).is_file()
        if revision == "HEAD":
            place = "your latest commit"
        elif revision in self.branches:
            place = f"the latest commit on the branch '{revision}'"
        else:
            place = f"the commit {revision}"
        tail = (
            f" It is in your folder: run git add {name}, then git commit, so Git keeps it."
            if in_folder and revision == "HEAD"
            else ""
        )
        raise CheckFailure(f"There is no file {name} in {place}.{tail}", name)

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
        """No conflict markers, no merge in progress, and a merge commit in recent history."""
        markers = self.conflict_markers()
        if markers:
            name, line = markers[0]
            raise CheckFailure(
                f"{name} line {line} still has a conflict marker (<<<<<<<, ======= or "
                f">>>>>>>). Choose the text you want to keep, delete the marker lines, then "
                f"git add {name} and git commit.",
                name,
                line,
            )
        with self.open() as repo:
            merging = (repo.git_dir / "MERGE_HEAD").exists()
        listed = self._git("ls-files", "-u", "-z")
        unmerged = sorted({item.split("\t", 1)[1] for item in listed.split("\0") if "\t" in item})
        if merging:
            waiting = (
                f" Files still marked as in conflict: {_quote_list(unmerged)}."
                if (unmerged)
                else ""
            )
            raise CheckFailure(
                f"The merge is not finished yet.{waiting} After fixing each file, run git add "
                f"with its name, then git commit to finish the merge.",
                unmerged[0] if unmerged else None,
            )
        # The merge commit need not be the newest: fixing a left-over marker in a
        # later commit is a good way to finish too.
        if not any(c.is_merge for c in self.commits()[:RECENT_COMMITS]):
            raise CheckFailure(
                "There is no merge commit in your recent history. Merge the other branch with "
                "git merge <branch>, fix the conflict, then git add and git commit."
            )
