"""Progress: every method, on a real SQLite file."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tutor.progress import Progress, ProgressError
from tutor.progress.records import time_spent


@pytest.fixture
def progress(tmp_path: Path) -> Iterator[Progress]:
    with Progress(tmp_path / "data" / "progress.sqlite3") as store:
        yield store


def test_creates_folder_and_uses_wal(tmp_path: Path) -> None:
    db = tmp_path / "deep" / "er" / "progress.sqlite3"
    with Progress(db):
        pass
    assert db.is_file()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] >= 1
    conn.close()


def test_record_check_and_done(progress: Progress) -> None:
    assert not progress.is_done("hello")
    progress.record_check("hello", "fail", 1, 3, 41.5, snapshot="abc123")
    assert not progress.is_done("hello")
    progress.record_check("hello", "pass", 3, 3, 40.0)
    assert progress.is_done("hello")
    first_done = progress.summary()["hello"].done_at
    progress.record_check("hello", "fail", 2, 3, 40.0)  # breaking it later
    progress.record_check("hello", "pass", 3, 3, 40.0)
    record = progress.summary()["hello"]
    assert progress.is_done("hello")
    assert record.done_at == first_done  # the first completion is kept
    assert record.attempts == 4
    assert (record.last_status, record.last_passed, record.last_total) == ("pass", 3, 3)


def test_done_ids_are_the_exercises_passed_once(progress: Progress) -> None:
    assert progress.done_ids() == frozenset()
    progress.record_check("failed", "fail", 1, 3, 41.5)
    progress.record_started("started")
    progress.record_check("passed", "pass", 3, 3, 40.0)
    progress.record_check("passed-then-broken", "pass", 3, 3, 40.0)
    progress.record_check("passed-then-broken", "fail", 2, 3, 40.0)
    assert progress.done_ids() == {"passed", "passed-then-broken"}


def test_attempts_in_order_with_utc_times(progress: Progress) -> None:
    progress.record_check("a", "error", 0, 0, 12.0)
    progress.record_check("b", "fail", 1, 2, 13.0, snapshot="f00")
    progress.record_check("a", "pass", 2, 2, 14.0)
    every = progress.attempts()
    assert [(x.exercise, x.status) for x in every] == [("a", "error"), ("b", "fail"), ("a", "pass")]
    assert every[1].snapshot == "f00" and every[1].duration_ms == 13.0
    assert every[0].at.tzinfo is not None and every[0].at.utcoffset() == timedelta(0)
    assert every[0].at <= every[2].at
    assert [x.status for x in progress.attempts("a")] == ["error", "pass"]
    assert progress.attempts("nothing") == []


def test_started_and_hints(progress: Progress) -> None:
    progress.record_started("css")
    started = progress.summary()["css"].started_at
    assert started is not None
    progress.record_started("css")
    assert progress.summary()["css"].started_at == started  # first start kept
    assert progress.hints_revealed("css") == 0
    assert progress.record_hint("css") == 1
    assert progress.record_hint("css") == 2
    assert progress.hints_revealed("css") == 2
    assert progress.record_hint("css", limit=2) == 2  # no more hints than exist
    assert progress.hints_revealed("never-seen") == 0
    assert progress.summary()["css"].hints == 2


def test_quiz_answers(progress: Progress) -> None:
    progress.record_quiz_answer("quiz1", 1, "b", correct=False)
    progress.record_quiz_answer("quiz1", 1, "c", correct=True)
    answers = progress.quiz_answers("quiz1")
    assert [(a.question, a.answer, a.correct) for a in answers] == [(1, "b", False), (1, "c", True)]
    assert "quiz1" in progress.summary()


def test_position_and_settings(progress: Progress) -> None:
    assert progress.position() is None
    progress.set_position("hello", "hello.py", 3, 7)
    progress.set_position("css", "style.css", 10, 0)
    assert progress.position() == ("css", "style.css", 10, 0)
    assert progress.get_setting("theme") is None
    assert progress.get_setting("theme", "dark") == "dark"
    progress.set_setting("theme", "light")
    progress.set_setting("font", {"size": 12, "bold": True})
    progress.set_setting("theme", "high-contrast")
    assert progress.get_setting("theme") == "high-contrast"
    assert progress.get_setting("font") == {"size": 12, "bold": True}


def test_summary_time_spent(progress: Progress) -> None:
    progress.record_check("a", "fail", 0, 1, 10.0)
    progress.record_check("a", "pass", 1, 1, 10.0)
    record = progress.summary()["a"]
    assert 0 <= record.time_spent_s < 5
    assert record.done


def test_time_spent_skips_breaks() -> None:
    t0 = datetime(2026, 1, 1, 9, 0, tzinfo=timezone.utc)
    moments = [t0, t0 + timedelta(minutes=5), t0 + timedelta(minutes=10), t0 + timedelta(hours=2)]
    assert time_spent(moments) == 600
    assert time_spent([]) == 0


def test_export_rows(progress: Progress) -> None:
    progress.record_check("a", "fail", 1, 2, 10.5, snapshot="abc")
    (row,) = progress.export_rows()
    assert row["exercise"] == "a" and row["status"] == "fail"
    assert (row["passed"], row["total"], row["duration_ms"], row["snapshot"]) == (1, 2, 10.5, "abc")
    assert datetime.fromisoformat(row["at"]).tzinfo is not None


def test_closed_store_says_so(tmp_path: Path) -> None:
    store = Progress(tmp_path / "p.sqlite3")
    store.close()
    store.close()  # twice is fine
    with pytest.raises(ProgressError, match="closed"):
        store.record_started("a")


def test_failed_write_is_rolled_back(progress: Progress) -> None:
    with pytest.raises(sqlite3.Error), progress._write() as conn:
        conn.execute("INSERT INTO attempts (exercise_id) VALUES ('x')")  # NOT NULLs missing
    progress.record_check("a", "pass", 1, 1, 1.0)  # the connection is usable again
    assert len(progress.attempts()) == 1


def test_not_a_database_is_a_plain_error(tmp_path: Path) -> None:
    db = tmp_path / "progress.sqlite3"
    db.write_bytes(b"this is not a database, just text " * 100)
    with pytest.raises(ProgressError, match="cannot be read"):
        Progress(db)
