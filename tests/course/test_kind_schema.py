"""lesson.schema.json (what editors read) says what the built-in kinds say about their keys."""

from __future__ import annotations

import json

from tutor import kinds
from tutor.course.schema import LESSON_SCHEMA, SCHEMA_DIR, lesson_schema


def test_the_schema_file_is_what_the_kinds_make_of_it() -> None:
    """After changing a kind's keys: python -c 'from tutor.course.schema import
    write_lesson_schema; write_lesson_schema()' rewrites the file."""
    on_disk = json.loads((SCHEMA_DIR / LESSON_SCHEMA).read_text(encoding="utf-8"))
    assert [kind.name for kind in kinds.all_kinds()] == ["tests", "tdd", "git", "quiz", "project"]
    assert lesson_schema() == on_disk


def test_each_kind_only_key_belongs_to_one_kind() -> None:
    owners: dict[str, str] = {}
    common = set(lesson_schema()["$defs"]["exercise"]["properties"])
    for kind in kinds.all_kinds():
        for key in kind.schema_keys:
            assert key not in owners, f"'{key}' belongs to {owners[key]} and {kind.name}"
            owners[key] = kind.name
    assert set(owners) == {
        "mutants",
        "questions",
        "setup",
        "solution",
        "brief",
        "milestones",
        "rubric",
    }
    assert set(owners) <= common
