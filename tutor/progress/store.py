"""The learner's record in SQLite: checks, completions, hints, where they left off.

The TUI and `tutor check` in another terminal may write at the same time.
Each write is one short transaction; read-modify-write steps take the write
lock first (BEGIN IMMEDIATE), and a busy database is waited for (busy
timeout), so no update is lost. A process killed mid-write loses at most its
own unfinished transaction (WAL), never anything committed.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from tutor.locations import make_private, make_private_file
from tutor.progress.schema import ProgressError, connect, now_text

if TYPE_CHECKING:  # imported where records are made: opening the store needs none
    from tutor.progress.records import Attempt, ExerciseRecord, QuizAnswer

_ATTEMPT_COLUMNS = "exercise_id, at, status, passed, total, duration_ms, snapshot, tampering"


class Progress:
    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        _make_private(self.db_path)
        self._conn: sqlite3.Connection | None = connect(self.db_path)
        for suffix in ("", "-wal", "-shm"):  # SQLite makes these like the database file
            make_private_file(self.db_path.with_name(self.db_path.name + suffix))
        # One connection shared by the threads of one process: sqlite3 objects
        # must not be used by two threads at once.
        self._lock = threading.Lock()

    # --- plumbing -----------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One short write transaction, holding the write lock from its start."""
        with self._lock:
            conn = self._connection()
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """A consistent view across several SELECTs (WAL: it never blocks writers)."""
        with self._lock:
            conn = self._connection()
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                conn.execute("COMMIT")

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise ProgressError("The progress record was closed; open it again.")
        return self._conn

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @staticmethod
    def _touch(conn: sqlite3.Connection, exercise_id: str, now: str) -> None:
        """Make sure the exercise has a row, started now if it had none."""
        conn.execute(
            "INSERT OR IGNORE INTO exercises (exercise_id, started_at) VALUES (?, ?)",
            (exercise_id, now),
        )
        # (Plain INSERT OR IGNORE + UPDATE rather than an upsert: older SQLite
        # libraries, as some Python 3.10 builds carry, lack ON CONFLICT DO UPDATE.)
        conn.execute(
            "UPDATE exercises SET started_at = COALESCE(started_at, ?) WHERE exercise_id = ?",
            (now, exercise_id),
        )

    # --- writing ------------------------------------------------------------------

    def record_check(
        self,
        exercise_id: str,
        status: str,
        passed: int,
        total: int,
        duration_ms: float,
        snapshot: str | None = None,
        tampering: str | None = None,
    ) -> None:
        """One check; a pass also marks the exercise done (the first time is kept).

        tampering: what the check saw the learner's code do to the checking itself.
        """
        now = now_text()
        with self._write() as conn:
            self._touch(conn, exercise_id, now)
            conn.execute(
                f"INSERT INTO attempts ({_ATTEMPT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (exercise_id, now, status, passed, total, float(duration_ms), snapshot, tampering),
            )
            if status == "pass":
                conn.execute(
                    "UPDATE exercises SET done_at = COALESCE(done_at, ?) WHERE exercise_id = ?",
                    (now, exercise_id),
                )

    def record_started(self, exercise_id: str) -> None:
        with self._write() as conn:
            self._touch(conn, exercise_id, now_text())

    def record_hint(self, exercise_id: str, limit: int | None = None) -> int:
        """Reveal one more hint; returns how many are now revealed (never above limit)."""
        with self._write() as conn:
            self._touch(conn, exercise_id, now_text())
            conn.execute(
                "UPDATE exercises SET hints = hints + 1 "
                "WHERE exercise_id = ? AND (? IS NULL OR hints < ?)",
                (exercise_id, limit, limit),
            )
            row = conn.execute(
                "SELECT hints FROM exercises WHERE exercise_id = ?", (exercise_id,)
            ).fetchone()
        return int(row[0])

    def record_quiz_answer(
        self, exercise_id: str, question: int, answer: str, correct: bool
    ) -> None:
        now = now_text()
        with self._write() as conn:
            self._touch(conn, exercise_id, now)
            conn.execute(
                "INSERT INTO quiz_answers (exercise_id, question, answer, correct, at) "
                "VALUES (?, ?, ?, ?, ?)",
                (exercise_id, question, answer, int(correct), now),
            )

    def set_position(self, exercise_id: str, file: str, line: int, column: int) -> None:
        """Where the learner left off, for the TUI's "continue"."""
        with self._write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO position (id, exercise_id, file, line, col, at) "
                "VALUES (1, ?, ?, ?, ?, ?)",
                (exercise_id, file, line, column, now_text()),
            )

    def set_setting(self, key: str, value: Any) -> None:
        """Store any JSON value (text, number, true/false, list, dict)."""
        with self._write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                (key, json.dumps(value)),
            )

    # --- reading ------------------------------------------------------------------

    def hints_revealed(self, exercise_id: str) -> int:
        with self._read() as conn:
            row = conn.execute(
                "SELECT hints FROM exercises WHERE exercise_id = ?", (exercise_id,)
            ).fetchone()
        return int(row[0]) if row else 0

    def is_done(self, exercise_id: str) -> bool:
        with self._read() as conn:
            row = conn.execute(
                "SELECT done_at FROM exercises WHERE exercise_id = ?", (exercise_id,)
            ).fetchone()
        return bool(row and row[0] is not None)

    def done_ids(self) -> frozenset[str]:
        """Every exercise done, in one query (the course map asks for all of them at once)."""
        with self._read() as conn:
            rows = conn.execute(
                "SELECT exercise_id FROM exercises WHERE done_at IS NOT NULL"
            ).fetchall()
        return frozenset(row[0] for row in rows)

    def position(self) -> tuple[str, str, int, int] | None:
        with self._read() as conn:
            row = conn.execute(
                "SELECT exercise_id, file, line, col FROM position WHERE id = 1"
            ).fetchone()
        return None if row is None else (row[0], row[1], int(row[2]), int(row[3]))

    def get_setting(self, key: str, default: Any = None) -> Any:
        with self._read() as conn:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def attempts(self, exercise_id: str | None = None) -> list[Attempt]:
        """Every check, oldest first; of one exercise if exercise_id is given."""
        query = f"SELECT {_ATTEMPT_COLUMNS} FROM attempts"
        params: tuple[str, ...] = ()
        if exercise_id is not None:
            query += " WHERE exercise_id = ?"
            params = (exercise_id,)
        with self._read() as conn:
            rows = conn.execute(query + " ORDER BY id", params).fetchall()
        return [_attempt(row) for row in rows]

    def quiz_answers(self, exercise_id: str) -> list[QuizAnswer]:
        from tutor.progress.records import QuizAnswer

        with self._read() as conn:
            rows = conn.execute(
                "SELECT exercise_id, question, answer, correct, at FROM quiz_answers "
                "WHERE exercise_id = ? ORDER BY id",
                (exercise_id,),
            ).fetchall()
        return [
            QuizAnswer(row[0], int(row[1]), row[2], bool(row[3]), _time(row[4])) for row in rows
        ]

    def summary(self) -> dict[str, ExerciseRecord]:
        """One record per exercise the learner has touched, keyed by exercise id."""
        from tutor.progress.records import ExerciseRecord, parse_time, time_spent

        with self._read() as conn:
            exercises = conn.execute(
                "SELECT exercise_id, started_at, done_at, hints FROM exercises ORDER BY rowid"
            ).fetchall()
            rows = conn.execute(f"SELECT {_ATTEMPT_COLUMNS} FROM attempts ORDER BY id").fetchall()
        by_exercise: dict[str, list[Attempt]] = {}
        for row in rows:
            attempt = _attempt(row)
            by_exercise.setdefault(attempt.exercise, []).append(attempt)
        records = {}
        for exercise_id, started_text, done_text, hints in exercises:
            tries = by_exercise.get(exercise_id, [])
            last = tries[-1] if tries else None
            started = parse_time(started_text)
            moments = [a.at for a in tries] + ([started] if started else [])
            records[exercise_id] = ExerciseRecord(
                exercise_id=exercise_id,
                started_at=started,
                done_at=parse_time(done_text),
                attempts=len(tries),
                last_status=last.status if last else None,
                last_passed=last.passed if last else None,
                last_total=last.total if last else None,
                hints=int(hints),
                time_spent_s=time_spent(moments),
                tampering=next((a.tampering for a in reversed(tries) if a.tampering), None),
            )
        return records

    def export_rows(self) -> list[dict[str, Any]]:
        """One plain dict per check, for `tutor progress --json/--csv`."""
        return [
            {
                "exercise": a.exercise,
                "at": a.at.isoformat(),
                "status": a.status,
                "passed": a.passed,
                "total": a.total,
                "duration_ms": a.duration_ms,
                "snapshot": a.snapshot,
                "tampering": a.tampering,
            }
            for a in self.attempts()
        ]


def _make_private(db_path: Path) -> None:
    """The data folder 0700 and the database 0600, made so before SQLite writes a byte."""
    make_private(db_path.parent)
    if os.name != "nt" and not db_path.exists():
        with suppress(OSError):  # SQLite says plainly what is wrong, just below
            os.close(os.open(db_path, os.O_CREAT | os.O_WRONLY, 0o600))


def _time(text: str) -> datetime:
    """A NOT NULL time column."""
    return datetime.fromisoformat(text)


def _attempt(row: tuple[Any, ...]) -> Attempt:
    from tutor.progress.records import Attempt

    exercise, at, status, passed, total, duration_ms, snapshot, tampering = row
    return Attempt(
        exercise,
        _time(at),
        status,
        int(passed),
        int(total),
        float(duration_ms),
        snapshot,
        tampering,
    )
