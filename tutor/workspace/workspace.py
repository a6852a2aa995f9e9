"""The learner's copy of an exercise: a folder that is its own git repository.

Every check can save a snapshot (a commit), so the learner can look back,
compare and restore. Nothing is ever lost: reset and restore add commits,
and a git exercise's old files are moved aside, never deleted.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from tutor.workspace import gitcli
from tutor.workspace.errors import WorkspaceError
from tutor.workspace.files import (
    atomic_write,
    copy_starter,
    copy_visible_tests,
    inside,
    move_entries,
)
from tutor.workspace.files import remove_files as _remove_files

if TYPE_CHECKING:
    from collections.abc import Iterable

    from tutor.course.model import Exercise

SETUP_TIMEOUT_S = 60.0
# A half-built workspace (from a killed create) older than this is rubbish.
LEFTOVER_AFTER_S = 3600.0


# Kinds whose repository is the learner's own work: each kind that says so adds its name
# here when it is registered (tutor.kinds), so this package never imports the kinds.
LEARNER_OWNED_REPOSITORIES: set[str] = set()


@dataclass(frozen=True)
class Snapshot:
    sha: str
    short_sha: str
    when: datetime  # timezone-aware, UTC
    message: str


def _plain_name(name: str) -> bool:
    """A name that is one entry of its folder, as itself (exercise ids are: see the schema)."""
    return "/" not in name and name not in ("", ".", "..")


class Workspace:
    def __init__(self, home: Path, exercise: Exercise) -> None:
        self.exercise = exercise
        self.path = Path(home) / "workspaces" / exercise.id
        # Where the last reset of a git exercise kept the old files and repository.
        self.kept_aside: Path | None = None

    def __repr__(self) -> str:
        return f"Workspace({self.exercise.id!r}, {str(self.path)!r})"

    @property
    def is_git_kind(self) -> bool:
        """The repository is the learner's own work (a git exercise, a project): asked of
        the kind, imported here since the kinds import this package."""
        kind_name = self.exercise.kind  # the kind decides: see LEARNER_OWNED_REPOSITORIES
        return kind_name in LEARNER_OWNED_REPOSITORIES

    def exists(self) -> bool:
        """Is the workspace made? Only looks: never writes (see _restore_marker)."""
        return (self.path / ".git").is_dir()

    @classmethod
    def made(cls, home: Path, exercises: Iterable[Exercise]) -> set[str]:
        """The ids of the exercises whose workspace exists(), with one look at the folder
        of workspaces: one not named in it is not made, so only those named in it are
        asked one by one (the course map asks of ~200: ~4 ms of paths and stats)."""
        try:
            names: set[str] | None = set(os.listdir(Path(home) / "workspaces"))
        except (FileNotFoundError, NotADirectoryError):
            names = set()  # as exists() says of each: no such folder, none made
        except OSError:
            names = None  # exists() of each says what is wrong
        return {
            exercise.id
            for exercise in exercises
            if (names is None or exercise.id in names or not _plain_name(exercise.id))
            and cls(home, exercise).exists()
        }

    def _restore_marker(self) -> None:
        """Put back the marker file that names the exercise, if it is gone.

        Learner code that deletes every file it sees, or `git clean -x` in a git
        exercise, removes it too. A repository at this exercise's own path is still
        its workspace (create() renames only a finished one into place): the
        marker comes back when the workspace is next opened or saved, rather than
        the work being called "not started" and moved aside.
        """
        marker = self.path / gitcli.MARKER
        if not marker.is_file():
            with contextlib.suppress(OSError):
                marker.write_text(self.exercise.id + "\n", encoding="utf-8")

    # --- making and remaking --------------------------------------------------

    def create(self) -> None:
        """Make the workspace; does nothing if it is already there.

        It is built in a sibling folder and renamed into place at the end, so a
        crash or a failing setup script never leaves a half-made workspace
        that a later create() would take for a finished one.
        """
        if self.exists():
            self._restore_marker()
            return
        if self.path.exists():
            self._move_aside()  # something else sits there: keep it, but not here
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._remove_leftovers()
        building = Path(
            tempfile.mkdtemp(dir=self.path.parent, prefix=f"{self.path.name}.creating-")
        )
        try:
            self._build(building)
            os.rename(building, self.path)
        except OSError:
            if not self.exists():  # not another process creating it at the same moment
                raise
        finally:
            if building.exists():
                shutil.rmtree(building, ignore_errors=True)

    def _build(self, folder: Path) -> None:
        """A whole new workspace in folder: starter files, repository, setup script."""
        from tutor.workspace import gitrepo

        self._fill(folder)
        # The learner's work is theirs alone (the data folder is 0700 too; the
        # instructor sees it through an export). Copying the starter gave it the
        # course folder's mode.
        folder.chmod(0o700)
        gitrepo.init_repo(folder)
        with gitrepo.open_repo(folder) as repo:
            gitrepo.commit_all(repo, f"start: {self.exercise.title}", allow_empty=True)
        if self.is_git_kind and self.exercise.setup:
            self._run_setup(folder)

    def _fill(self, folder: Path) -> None:
        copy_starter(self.exercise.starter_dir, folder)
        copy_visible_tests(self.exercise.folder, self.exercise.tests, folder)
        (folder / gitcli.MARKER).write_text(self.exercise.id + "\n", encoding="utf-8")

    def _run_setup(self, folder: Path) -> None:
        script = self.exercise.folder / str(self.exercise.setup)
        if not script.is_file():
            raise WorkspaceError(
                f"This exercise's setup script {script} is missing. Tell your instructor."
            )
        env = {**os.environ, **gitcli.AUTHOR_ENV}
        for inherited in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"):
            env.pop(inherited, None)  # would point the script's git at another repo
        try:
            done = subprocess.run(
                [sys.executable, str(script)],
                cwd=folder,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                timeout=SETUP_TIMEOUT_S,
                check=False,
            )
        except subprocess.TimeoutExpired as error:
            output = _text(error.output)
            raise WorkspaceError(
                f"This exercise's setup script did not finish in {SETUP_TIMEOUT_S:.0f} "
                f"seconds. Tell your instructor. Its output:\n{output}"
            ) from error
        if done.returncode != 0:
            raise WorkspaceError(
                f"This exercise's setup script failed (exit code {done.returncode}). "
                f"Tell your instructor. Its output:\n{_text(done.stdout)}"
            )

    def _aside_name(self) -> Path:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.old-{stamp}")
        counter = 1
        while aside.exists():
            counter += 1
            aside = self.path.with_name(f"{self.path.name}.old-{stamp}-{counter}")
        return aside

    def _move_aside(self) -> Path:
        aside = self._aside_name()
        os.rename(self.path, aside)
        return aside

    def _remake_in_place(self) -> None:
        """Make a git exercise's workspace afresh in the same folder.

        The folder itself stays: a learner's shell (or the terminal pane) inside
        it would otherwise be left in the renamed old folder while `pwd` still
        names this one. What the folder held, .git and all, moves whole into a
        sibling `.old-<stamp>` folder. The new files are built beside it first
        and .git is moved in last, so a crash half-way leaves a folder that
        exists() calls not made, and create() then keeps it aside too.
        """
        building = Path(
            tempfile.mkdtemp(dir=self.path.parent, prefix=f"{self.path.name}.creating-")
        )
        try:
            self._build(building)
            aside = self._aside_name()
            aside.mkdir(mode=0o700)
            try:
                move_entries(self.path, aside, git_first=True)
            except OSError as error:
                aside.rmdir()
                raise WorkspaceError(
                    f"The exercise could not be reset: {error.filename} could not be moved "
                    f"({error.strerror}). Nothing was changed. Close any program that uses "
                    "the folder, give yourself write permission on it, and try again."
                ) from error
            try:
                move_entries(building, self.path, git_first=False)
            except OSError:
                move_entries(aside, self.path, git_first=True)  # the old files, as they were
                aside.rmdir()
                raise
            self.kept_aside = aside
        finally:
            shutil.rmtree(building, ignore_errors=True)

    def _remove_leftovers(self) -> None:
        for leftover in self.path.parent.glob(f"{self.path.name}.creating-*"):
            try:
                old = time.time() - leftover.stat().st_mtime > LEFTOVER_AFTER_S
            except FileNotFoundError:
                continue
            if old:
                shutil.rmtree(leftover, ignore_errors=True)

    def reset(self) -> str:
        """Back to the starter files, as a new commit; returns its sha ("" if none).

        Unsaved changes are saved first, so the learner can still restore them.
        A git exercise's folder is the learner's own repository: what it holds
        is moved aside whole and made afresh, in the same folder.
        """
        from tutor.workspace import gitrepo

        if self.is_git_kind:
            if self.path.is_dir() and not self.path.is_symlink():
                self._remake_in_place()
            else:
                self.create()
            with gitrepo.open_repo(self.path) as repo:
                try:
                    return repo.run("rev-parse", "--verify", "-q", "HEAD")
                except gitcli.GitFailed:
                    return ""  # no commit yet: the learner's will be the first
        self._require()
        with gitrepo.open_repo(self.path) as repo, gitrepo.exclusive(repo):
            if gitrepo.has_changes(repo):
                gitrepo.commit_all(repo, "saved before reset")
            tracked = gitrepo.run(repo, "ls-files", "-z", "-c", "-o", "--exclude-standard")
            _remove_files(self.path, [name for name in tracked.split("\0") if name])
            copy_starter(self.exercise.starter_dir, self.path)
            copy_visible_tests(self.exercise.folder, self.exercise.tests, self.path)
            sha = gitrepo.commit_all(repo, "reset to the starter", allow_empty=True)
        assert sha is not None  # allow_empty always commits
        return sha

    def refresh_tests(self) -> bool:
        """Bring the visible test files up to the course's (after a course update).

        The checks run the course's copies, so old copies here would show the
        learner tests that are not the ones run. Their own files are committed
        first: an edit of theirs to a test file stays in the history. True when
        anything was replaced.
        """
        if self.is_git_kind or not self.exists():
            return False
        from tutor.workspace import gitrepo

        stale = [
            name
            for name in self.exercise.tests
            if (self.exercise.folder / name).is_file()
            and not _same_bytes(self.exercise.folder / name, inside(self.path, name))
        ]
        if not stale:
            return False
        with gitrepo.open_repo(self.path) as repo, gitrepo.exclusive(repo):
            gitrepo.commit_all(repo, "saved before the course update")
            copy_visible_tests(self.exercise.folder, stale, self.path)
            gitrepo.commit_all(repo, "test files updated with the course")
        return True

    # --- snapshots --------------------------------------------------------------

    def snapshot(self, message: str) -> str | None:
        """Commit the learner's files if anything changed: the new sha, else None.

        A git exercise's repository is the learner's own work, so the tutor
        never commits there: None.
        """
        if self.is_git_kind:
            return None
        self._require()
        self._restore_marker()
        # Every check does this: one git command after another, nothing imported.
        return gitcli.snapshot(self.path, message)

    def relabel(self, sha: str, message: str) -> bool:
        """Change the message of snapshot sha while it is the newest; False otherwise."""
        if self.is_git_kind:
            return False
        self._require()
        return gitcli.relabel(self.path, sha, message)

    def history(self) -> list[Snapshot]:
        """Every commit on the current branch, newest first."""
        from tutor.workspace import gitrepo

        self._require()
        with gitrepo.open_repo(self.path) as repo:
            try:
                log = repo.run("log", "--format=%H %ct %s")
            except gitcli.GitFailed:
                return []  # no commits yet (a git exercise the learner emptied)
        snapshots = []
        for line in log.splitlines():
            sha, stamp, message = (line.split(" ", 2) + [""])[:3]
            when = datetime.fromtimestamp(int(stamp), tz=timezone.utc)
            snapshots.append(Snapshot(sha, sha[:7], when, message))
        return snapshots

    def diff(self, sha: str) -> str:
        """Unified diff from snapshot sha to the files on disk now, saved or not."""
        from tutor.workspace import gitrepo

        self._require()
        with gitrepo.open_repo(self.path) as repo:
            full = gitrepo.resolve(repo, sha)
            git_dir = repo.git_dir
            # Stage everything into a throwaway index, so new files show too and
            # the real index (the learner's, in a git exercise) is left alone.
            fd, temp_index = tempfile.mkstemp(dir=git_dir, prefix="tutor-diff-index.")
            os.close(fd)
            try:
                if (git_dir / "index").exists():
                    shutil.copyfile(git_dir / "index", temp_index)  # reuse its stat cache
                else:
                    os.unlink(temp_index)
                env = {"GIT_INDEX_FILE": temp_index}
                gitrepo.run(repo, "add", "-A", env=env)
                return gitrepo.run(
                    repo,
                    "diff",
                    "--cached",
                    "--no-color",
                    "--no-ext-diff",
                    full,
                    env=env,
                    strip=False,
                )
            finally:
                Path(temp_index).unlink(missing_ok=True)

    def restore(self, sha: str) -> str:
        """Make the files as they were at sha, as a new commit; returns its sha."""
        from tutor.workspace import gitrepo

        if self.is_git_kind:
            raise WorkspaceError(
                "In a git exercise the repository is yours: use git commands to go back, "
                "or reset the exercise to start again."
            )
        self._require()
        with gitrepo.open_repo(self.path) as repo, gitrepo.exclusive(repo):
            full = gitrepo.resolve(repo, sha)
            if gitrepo.has_changes(repo):
                gitrepo.commit_all(repo, f"saved before restoring {full[:7]}")
            gitrepo.clear_stale_locks(repo.git_dir)
            # read-tree --reset -u: index and files become that commit's, and
            # files it did not have are removed; HEAD stays, so history grows.
            gitrepo.run(repo, "read-tree", "--reset", "-u", full)
            new = gitrepo.commit_all(repo, f"restore {full[:7]}", allow_empty=True)
        assert new is not None  # allow_empty always commits
        return new

    # --- the learner's files ----------------------------------------------------

    def files(self) -> list[Path]:
        """The files the learner edits, as absolute paths."""
        return [self.path / name for name in self.exercise.edit]

    def read(self, name: str | os.PathLike[str]) -> str:
        target = inside(self.path, name)
        try:
            data = target.read_bytes()
        except FileNotFoundError as error:
            raise WorkspaceError(
                f"The file '{name}' is not in the exercise folder. "
                "Reset the exercise to get the starter files back."
            ) from error
        try:
            return data.decode("utf-8")  # bytes decoded as-is: \r\n stays \r\n
        except UnicodeDecodeError as error:
            raise WorkspaceError(
                f"'{name}' is not UTF-8 text (byte {error.start} cannot be read). "
                "Save it as UTF-8 in your editor, or reset the exercise."
            ) from error

    def write(self, name: str | os.PathLike[str], text: str) -> None:
        """Replace a file's text atomically (the TUI's autosave): old or new, never half."""
        atomic_write(inside(self.path, name), text.encode("utf-8"))

    def _require(self) -> None:
        if not self.exists():
            raise WorkspaceError(
                f"The exercise '{self.exercise.id}' has not been started yet: "
                "open it first so its folder is made."
            )


def _same_bytes(first: Path, second: Path) -> bool:
    try:
        return first.read_bytes() == second.read_bytes()
    except OSError:
        return False


def find_exercise_id(start: Path) -> str | None:
    """The exercise id of the workspace holding start (a folder or a file in it)."""
    here = Path(start).resolve()
    if not here.is_dir():
        here = here.parent
    for folder in (here, *here.parents):
        marker = folder / gitcli.MARKER
        if marker.is_file():
            text = marker.read_text(encoding="utf-8", errors="replace").strip()
            return text or None
    return None


def _text(output: bytes | str | None) -> str:
    if output is None:
        return ""
    if isinstance(output, bytes):
        return output.decode("utf-8", errors="replace")
    return output
