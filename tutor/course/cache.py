"""The parsed course, kept in the learner's data folder between commands.

Every `tutor` command (and the TUI) builds a Tutor, which needs the course;
parsing every lesson file and importing the loader cost ~60 ms for the
bundled course, to use one exercise. So the Course is pickled, keyed by a
fingerprint of what the loader looks at:

- every file and folder in lessons/: path, modification time and size;
- every folder in exercises/: its modification time, which changes when a file
  in it is added, removed or renamed (the loader only asks whether files
  exist; it never reads them);
- the loader's own source files and the tutor's version.

`tutor lint` and the authoring commands never use this: they always read
every file. A file modified in the last few seconds is not trusted to its
timestamp (some file systems keep whole seconds), so no cache is written then.
Anything wrong with the cache file is a miss, never an error.
"""

from __future__ import annotations

import contextlib
import hashlib
import operator
import os
import pickle
import tempfile
import time
from pathlib import Path, PurePath
from typing import Any

import tutor
from tutor import kinds
from tutor.course.model import Course

FORMAT = 4  # bump when the pickled shape changes in a way the source stats would not show
TOO_RECENT_S = 3.0
SKIPPED = frozenset({"__pycache__", ".pytest_cache", ".git"})


def _walk(top: str, every_file: bool, out: list[tuple[str, int, int]]) -> float:
    """Append (path, mtime_ns, size) for top's folders (and files); the newest mtime seen."""
    newest = 0.0
    stack = [top]
    while stack:
        folder = stack.pop()
        try:
            info = os.stat(folder)
            entries = list(os.scandir(folder))
        except OSError:
            out.append((folder, -1, -1))
            continue
        out.append((folder, info.st_mtime_ns, len(entries)))
        newest = max(newest, info.st_mtime)
        for entry in entries:
            if entry.name in SKIPPED:
                continue
            if entry.is_dir(follow_symlinks=False):  # a symlink loop must not loop here
                stack.append(entry.path)
            elif every_file:
                try:
                    found = entry.stat()
                except OSError:
                    continue
                out.append((entry.path, found.st_mtime_ns, found.st_size))
                newest = max(newest, found.st_mtime)
    return newest


def fingerprint(root: Path) -> tuple[str, float]:
    """A digest of what the loader reads, and the newest modification time among it."""
    seen: list[tuple[str, int, int]] = []
    newest = _walk(str(root / "lessons"), True, seen)
    newest = max(newest, _walk(str(root / "exercises"), False, seen))
    _walk(str(Path(__file__).parent), True, seen)  # a changed loader parses differently
    _walk(str(Path(kinds.__file__).parent), True, seen)  # so does a changed kind
    registered = [kind.name for kind in kinds.all_kinds()]  # and one registered or not
    digest = hashlib.sha256(repr((FORMAT, tutor.__version__, str(root), seen, registered)).encode())
    return digest.hexdigest(), newest


def load_course_cached(root: Path, cache_dir: Path) -> Course:
    """Like load_course(root), from cache_dir when nothing the loader reads has changed."""
    root = Path(os.path.abspath(root))  # as load_course does
    key, newest = fingerprint(root)
    name = hashlib.sha256(str(root).encode()).hexdigest()[:16]
    cache_file = cache_dir / f"course-{name}.pickle"
    try:
        with open(cache_file, "rb") as handle:
            stored_key, course = pickle.load(handle)
        if stored_key == key and isinstance(course, Course):
            return course
    except Exception:  # noqa: BLE001 - missing, truncated, from another version: a miss
        pass
    from tutor.course.loader import load_course  # only on a miss: it imports the parser

    course = load_course(root)
    if time.time() - newest > TOO_RECENT_S:
        with contextlib.suppress(Exception):  # a read-only data folder only costs speed
            _write(cache_file, (key, course))
    return course


def _write(path: Path, value: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # Written aside, then renamed: another tutor process never reads half a file.
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            _PathsByParent(handle, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


class _PathsByParent(pickle.Pickler):
    """Each path stored as its parent joined to its name, each parent once.

    A path unpickles from its parts, all parsed again (~9 us each, ~440 paths in the
    bundled course: half the time to load it); a name joined to a parent already
    made costs ~3 us. What loads is the same path.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # One object each, pickled once; by type too: PosixPath("/a") == PurePosixPath("/a").
        self._parents: dict[tuple[type, PurePath], PurePath] = {}

    def reducer_override(self, obj: Any) -> Any:
        if isinstance(obj, PurePath):
            parent = obj.parent
            if parent != obj:  # not "/" nor "."
                parent = self._parents.setdefault((type(parent), parent), parent)
                return operator.truediv, (parent, obj.name)
        return NotImplemented
