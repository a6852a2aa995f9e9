"""The progress database's tables, how a connection is set up, and migrations.

A migration is a tuple of SQL statements; the list only ever grows. Each
migration runs inside the same BEGIN IMMEDIATE transaction as the row that
records it in `schema_version`, so a kill mid-migration leaves the old
version intact, and two processes opening a new database at once cannot
both apply it.
"""

from __future__ import annotations

import sqlite3
import time
from datetime import datetime, timezone
from pathlib import Path

from tutor.errors import TutorError

BUSY_TIMEOUT_MS = 5000


class ProgressError(TutorError):
    """The progress file cannot be used; the message says why in plain words."""


MIGRATIONS: list[tuple[str, ...]] = [
    (  # 1: the first schema
        """CREATE TABLE exercises (
            exercise_id TEXT PRIMARY KEY,
            started_at TEXT,
            done_at TEXT,
            hints INTEGER NOT NULL DEFAULT 0
        )""",
        """CREATE TABLE attempts (
            id INTEGER PRIMARY KEY,
            exercise_id TEXT NOT NULL,
            at TEXT NOT NULL,
            status TEXT NOT NULL,
            passed INTEGER NOT NULL,
            total INTEGER NOT NULL,
            duration_ms REAL NOT NULL,
            snapshot TEXT
        )""",
        "CREATE INDEX attempts_by_exercise ON attempts (exercise_id, id)",
        """CREATE TABLE quiz_answers (
            id INTEGER PRIMARY KEY,
            exercise_id TEXT NOT NULL,
            question INTEGER NOT NULL,
            answer TEXT NOT NULL,
            correct INTEGER NOT NULL,
            at TEXT NOT NULL
        )""",
        """CREATE TABLE position (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            exercise_id TEXT NOT NULL,
            file TEXT NOT NULL,
            line INTEGER NOT NULL,
            col INTEGER NOT NULL,
            at TEXT NOT NULL
        )""",
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    ),
    (  # 2: what a check saw the learner's code do to the checking itself (runner/tampering.py)
        "ALTER TABLE attempts ADD COLUMN tampering TEXT",
    ),
]


def now_text() -> str:
    """The time now in UTC, as stored: fixed-width ISO 8601, so text order is time order."""
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def _set_wal(conn: sqlite3.Connection, tries: int = 50) -> None:
    """PRAGMA journal_mode = WAL, waiting out another process doing the same.

    Switching the journal mode of a new file can fail at once with "database is
    locked" while a second process opens it (SQLite's busy handler does not
    cover that case), so wait and try again.
    """
    for attempt in range(tries):
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or attempt == tries - 1:
                raise
            time.sleep(0.05)


def connect(db_path: Path) -> sqlite3.Connection:
    """Open (creating if needed) the database, set up for two writing processes."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        # isolation_level=None: no hidden transactions; every write below says
        # BEGIN IMMEDIATE itself. check_same_thread=False: the TUI's workers may
        # record from a thread; Progress serialises use with a lock.
        conn = sqlite3.connect(
            str(db_path),
            timeout=BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,
            check_same_thread=False,
        )
    except sqlite3.Error as error:
        raise ProgressError(f"Cannot open the progress file {db_path}: {error}") from error
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # WAL: readers never block the writer, and a killed writer leaves the
        # database as it was before its transaction. It stays set in the file.
        # (On a file system without shared memory SQLite keeps its rollback
        # journal, which is just as safe, only with more waiting.)
        _set_wal(conn)
        # FULL, not NORMAL: in WAL mode NORMAL loses the commits since the last
        # checkpoint on a power cut (a whole session's record), and workshop PCs
        # do get switched off at the wall. Writes are rare (one per check or
        # hint), so the extra fsync per commit costs nothing anyone notices.
        conn.execute("PRAGMA synchronous = FULL")
        migrate(conn)
    except sqlite3.DatabaseError as error:
        conn.close()
        raise ProgressError(
            f"The progress file {db_path} cannot be read ({error}). "
            "Ask your instructor: it may be damaged, and a copy can be restored."
        ) from error
    except BaseException:
        conn.close()
        raise
    return conn


def current_version(conn: sqlite3.Connection) -> int:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    ).fetchone()
    if not exists:
        return 0
    return conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()[0]


def migrate(conn: sqlite3.Connection) -> None:
    """Bring the schema up to date; a no-op (one read) when it already is."""
    if current_version(conn) == len(MIGRATIONS):
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_version "
            "(version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        version = current_version(conn)  # again: another process may have migrated
        if version > len(MIGRATIONS):
            raise ProgressError(
                "The progress file was written by a newer version of the tutor. "
                "Use that version, or ask your instructor to update this one."
            )
        for number in range(version + 1, len(MIGRATIONS) + 1):
            for statement in MIGRATIONS[number - 1]:
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
                (number, now_text()),
            )
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
