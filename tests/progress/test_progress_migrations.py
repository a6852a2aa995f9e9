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
