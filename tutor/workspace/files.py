"""File operations on a workspace: atomic writes, copying a course's files in.

Bytes are copied as they are (line endings, encodings); text the tutor
writes is UTF-8 with the newlines it was given.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

from tutor.workspace.errors import WorkspaceError

# Suffix of the temporary file an atomic write makes beside its target; the
# workspace's git exclude file names it, so a crash mid-write never lands a
# stray temp file in a snapshot.
TEMP_SUFFIX = ".tutor-tmp"

# Never copied from a course folder: caches from an instructor's own test runs.
COPY_IGNORE = shutil.ignore_patterns("__pycache__", ".pytest_cache", "*.pyc")


def inside(root: Path, name: str | os.PathLike[str]) -> Path:
    """`root / name`, refusing names that would leave the folder (`..`, absolute)."""
    target = (root / name).resolve()
    base = root.resolve()
    if target != base and base not in target.parents:
        raise WorkspaceError(
            f"'{name}' is outside the exercise folder. Use a file name inside the exercise."
        )
    return target


def atomic_write(target: Path, data: bytes) -> None:
    """Replace target's content with data so a crash leaves old or new, never half.

    Temp file in the same folder (os.replace is atomic only within one file
    system), fsync the data before the rename, fsync the folder after it so
    the rename itself survives a power cut.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    mode = _mode_for(target)
    fd, temp_name = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=TEMP_SUFFIX
    )
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, mode)
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    _fsync_folder(target.parent)


def _mode_for(target: Path) -> int:
    """Keep an existing file's permissions; mkstemp would make it private (0600)."""
    try:
        return target.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":  # Windows cannot open a folder to fsync it
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_starter(starter: Path, destination: Path) -> None:
    """Copy the starter folder's contents into destination, bytes unchanged.

    A symlink is followed only when it leads inside the course's exercises
    folder: copytree follows links, so a starter file linked to /etc/passwd
    (or to another learner's data) would land in this learner's workspace.
    """
    if not starter.is_dir():
        return  # a quiz or git exercise may start from nothing
    # The course layout is exercises/<track>/<name>/starter: links may reach
    # shared files anywhere under exercises/, nothing outside it.
    bound = next((p for p in starter.parents if p.name == "exercises"), starter.parent)
    real_bound = os.path.realpath(bound)

    def ignore(folder: str, names: list[str]) -> set[str]:
        skipped = set(COPY_IGNORE(folder, names))
        for name in names:
            path = os.path.join(folder, name)
            if os.path.islink(path):
                real = os.path.realpath(path)
                if real != real_bound and not real.startswith(real_bound + os.sep):
                    skipped.add(name)
        return skipped

    # shutil.copy, not copy2: the copies get fresh times, so no tool mistakes a
    # learner's file for an older one than its cache.
    shutil.copytree(
        starter, destination, ignore=ignore, copy_function=shutil.copy, dirs_exist_ok=True
    )


def copy_visible_tests(folder: Path, tests: Iterable[str], destination: Path) -> None:
    """Copy the exercise's visible test files, keeping their paths relative to folder."""
    for name in tests:
        source = folder / name
        if not source.is_file():
            raise WorkspaceError(
                f"The exercise's test file '{name}' is missing from {folder}. "
                "Tell your instructor: the course folder is incomplete."
            )
        target = inside(destination, name)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, target)


def remove_files(root: Path, names: Iterable[str]) -> None:
    """Delete the named files (relative to root), then any folders left empty."""
    folders: set[Path] = set()
    for name in names:
        path = root / name
        path.unlink(missing_ok=True)
        folders.update(p for p in path.parents if root in p.parents)
    for folder in sorted(folders, key=lambda p: len(p.parts), reverse=True):
        # not empty (it holds ignored files such as __pycache__), or gone: leave it
        with contextlib.suppress(OSError):
            folder.rmdir()


def move_entries(source: Path, target: Path, *, git_first: bool) -> None:
    """Rename every entry of source into target (same file system): .git first or last.

    All or nothing: when one cannot move (a folder without write permission), those
    already moved go back before the OSError is raised.
    """
    names = sorted(os.listdir(source), key=lambda name: (name == ".git") != git_first)
    moved: list[str] = []
    try:
        for name in names:
            os.rename(source / name, target / name)
            moved.append(name)
    except OSError:
        for name in reversed(moved):
            with contextlib.suppress(OSError):
                os.rename(target / name, source / name)
        raise
