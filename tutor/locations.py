"""Where things live: the course, and the learner's data folder."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import platformdirs

PACKAGE_DIR = Path(__file__).resolve().parent
ACTIVE_COURSE_SETTING = "course.active"  # the progress setting `tutor course install` sets


def bundled_course_dir() -> Path:
    """The course shipped with the tutor.

    Installed from a wheel it sits inside the package; in a source checkout
    (or an editable install) it is the repository root.
    """
    inside = PACKAGE_DIR / "bundled_course"
    if (inside / "lessons" / "course.toml").is_file():
        return inside
    return PACKAGE_DIR.parent


def course_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The course to use: --course, then TUTOR_COURSE, then the installed one, then the bundled.

    A course folder holds lessons/course.toml and exercises/. Pointing at the
    lessons/ folder or at course.toml itself works too. "The installed one" is
    the course `tutor course install` made active in the learner's data folder.
    """
    chosen = explicit or os.environ.get("TUTOR_COURSE")
    if not chosen:
        return active_course(home_dir()) or bundled_course_dir()
    path = Path(chosen).expanduser().resolve()
    if path.name == "course.toml":
        path = path.parent
    if path.name == "lessons" and (path / "course.toml").is_file():
        path = path.parent
    return path


def home_dir() -> Path:
    """The learner's data folder: TUTOR_HOME, else the platform's user data folder."""
    chosen = os.environ.get("TUTOR_HOME")
    if chosen:
        return Path(chosen).expanduser().resolve()
    return Path(platformdirs.user_data_dir("tutor", appauthor=False))


def workspaces_dir(home: Path | None = None) -> Path:
    return (home or home_dir()) / "workspaces"


def cache_dir(home: Path | None = None) -> Path:
    """What the tutor can always make again (the parsed course): safe to delete."""
    return (home or home_dir()) / "cache"


def progress_db_path(home: Path | None = None) -> Path:
    return (home or home_dir()) / "progress.sqlite3"


def make_private(folder: Path) -> Path:
    """Make folder (the learner's data folder) if needed, open to its owner only (0700).

    On a shared server another learner could otherwise read and copy a classmate's
    work, progress and exports. A folder made by an older tutor (0755) is fixed when
    it is next opened. Nothing to do on Windows, where a user's folders are private.
    """
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name != "nt":
        _drop_group_and_other(folder)
    return folder


def make_private_file(path: Path) -> None:
    """A file of the learner's (progress, an export): readable by its owner only (0600)."""
    if os.name != "nt":
        _drop_group_and_other(path)


def _drop_group_and_other(path: Path) -> None:
    try:
        found = path.stat()
        if found.st_mode & 0o077 and found.st_uid == os.getuid():
            path.chmod(stat.S_IMODE(found.st_mode) & 0o700)
    except OSError:
        pass  # gone, or not ours: nothing we may change


def active_course(home: Path) -> Path | None:
    """The installed course made active by `tutor course install`, if it is still there.

    Read with a plain read-only query (no migrations, nothing created), since
    course_dir calls this on every start. Here rather than in
    instructor/course_install, which needs locations: the two must not import
    each other.
    """
    import json
    import sqlite3

    db_path = progress_db_path(home)
    if not db_path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True, timeout=2)
        try:
            row = conn.execute(
                "SELECT value FROM settings WHERE key = ?", (ACTIVE_COURSE_SETTING,)
            ).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None  # no settings table yet, or a busy/damaged file: use the default course
    if row is None:
        return None
    try:
        chosen = Path(json.loads(row[0]))
    except (TypeError, ValueError):
        return None
    return chosen if (chosen / "lessons" / "course.toml").is_file() else None


def find_course_root(path: Path) -> Path | None:
    """The course folder holding path: the nearest folder with lessons/course.toml."""
    here = Path(os.path.abspath(path))
    for folder in (here, *here.parents):
        if (folder / "lessons" / "course.toml").is_file():
            return folder
    return None
