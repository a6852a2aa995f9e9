"""Reopening and upgrading the progress file keeps everything in it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tutor.progress import Progress, ProgressError, schema


def versions(db: Path) -> list[int]:
    conn = sqlite3.connect(db)
    try:
        return [row[0] for row in conn.execute("SELECT version FROM schema_version ORDER BY 1")]
    finally:
        conn.close()


def attempt_columns(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [row[1] for row in conn.execute("PRAGMA table_info(attempts)")]
    finally:
        conn.close()


def one_failed_check(tmp_path: Path) -> Path:
    """A progress file as today's schema writes it, holding one check."""
    db = tmp_path / "progress.sqlite3"
    with Progress(db) as store:
        store.record_check("a", "fail", 1, 2, 5.0)
    return db


def test_reopen_keeps_data_and_does_not_migrate_again(tmp_path: Path) -> None:
    db = tmp_path / "progress.sqlite3"
    with Progress(db) as store:
        store.record_check("a", "pass", 2, 2, 5.0)
        store.record_hint("a")
        store.set_setting("theme", "dark")
    before = versions(db)
    with Progress(db) as store:
        assert store.is_done("a")
        assert store.hints_revealed("a") == 1
        assert store.get_setting("theme") == "dark"
    assert versions(db) == before == list(range(1, len(schema.MIGRATIONS) + 1))


def test_a_new_migration_is_applied_once_and_keeps_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = one_failed_check(tmp_path)
    upgraded = [*schema.MIGRATIONS, ("ALTER TABLE attempts ADD COLUMN note TEXT",)]
    monkeypatch.setattr(schema, "MIGRATIONS", upgraded)
    for _ in range(2):
        with Progress(db) as store:
            assert store.attempts()[0].status == "fail"
            store.record_check("a", "pass", 2, 2, 5.0)
    with Progress(db) as store:
        assert [a.status for a in store.attempts()] == ["fail", "pass", "pass"]
    assert versions(db) == list(range(1, len(upgraded) + 1))
    assert "note" in attempt_columns(db)


def test_a_broken_migration_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = one_failed_check(tmp_path)
    broken = [*schema.MIGRATIONS, ("ALTER TABLE attempts ADD COLUMN x TEXT", "NOT SQL")]
    monkeypatch.setattr(schema, "MIGRATIONS", broken)
    with pytest.raises(ProgressError):
        Progress(db)
    monkeypatch.undo()
    assert versions(db) == list(range(1, len(schema.MIGRATIONS) + 1))
    assert "x" not in attempt_columns(db)


def test_a_newer_tutors_file_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "progress.sqlite3"
    Progress(db).close()
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO schema_version VALUES (999, 'future')")
    conn.commit()
    conn.close()
    with pytest.raises(ProgressError, match="newer version"):
        Progress(db)


def test_a_version_1_record_gains_the_tampering_column_and_keeps_its_checks(tmp_path: Path) -> None:
    """A progress file from before tampering was recorded opens, keeps every check, and
    records tampering from then on."""
    db = tmp_path / "progress.db"
    conn = sqlite3.connect(db)
    for statement in schema.MIGRATIONS[0]:
        conn.execute(statement)
    conn.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT)")
    conn.execute("INSERT INTO schema_version VALUES (1, '2026-01-01T00:00:00+00:00')")
    conn.execute(
        "INSERT INTO attempts (exercise_id, at, status, passed, total, duration_ms) "
        "VALUES ('hello', '2026-01-01T00:00:00.000000+00:00', 'pass', 1, 1, 5.0)"
    )
    conn.commit()
    conn.close()
    with Progress(db) as progress:
        progress.record_check("hello", "error", 0, 1, 5.0, tampering="used ctypes at a.py:1")
        old, new = progress.attempts("hello")
        assert (old.status, old.tampering) == ("pass", None)
        assert new.tampering == "used ctypes at a.py:1"
        assert progress.summary()["hello"].tampering == "used ctypes at a.py:1"
        assert progress.export_rows()[-1]["tampering"] == "used ctypes at a.py:1"
    assert versions(db) == list(range(1, len(schema.MIGRATIONS) + 1))
