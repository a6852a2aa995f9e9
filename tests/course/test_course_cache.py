"""The parsed-course cache: a hit only when nothing the loader reads has changed."""

from __future__ import annotations

import os
import pickle
import time
from pathlib import Path, PurePosixPath

import pytest
from course_helpers import make_course, make_tests_exercise, sample_lesson, write

from tutor.course import cache
from tutor.course.loader import load_course


@pytest.fixture
def course(tmp_path: Path) -> Path:
    root = make_course(tmp_path / "course", {"html/01-first.toml": sample_lesson()})
    make_tests_exercise(root, "html/first-page")
    _age(root)
    return root


def _age(root: Path) -> None:
    """Every file and folder a minute old: fresh files are (rightly) never cached."""
    past = time.time() - 60
    for path in [root, *root.rglob("*")]:
        os.utime(path, (past, past))


def _count_parses(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    parsed: list[Path] = []
    real = load_course

    def counting(root: Path):  # type: ignore[no-untyped-def]
        parsed.append(root)
        return real(root)

    monkeypatch.setattr("tutor.course.loader.load_course", counting)
    return parsed


def test_second_load_is_a_hit_equal_to_a_full_parse(
    course: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed = _count_parses(monkeypatch)
    first = cache.load_course_cached(course, tmp_path / "cache")
    second = cache.load_course_cached(course, tmp_path / "cache")
    assert len(parsed) == 1
    assert second == first == load_course(course)


def test_an_edited_lesson_is_read_again(course: Path, tmp_path: Path) -> None:
    cache.load_course_cached(course, tmp_path / "cache")
    lesson = course / "lessons" / "html" / "01-first.toml"
    lesson.write_text(sample_lesson(extra="timeout = 7\n"), encoding="utf-8")
    _age(course)
    again = cache.load_course_cached(course, tmp_path / "cache")
    assert [e.timeout for e in again.exercises] == [7]


def test_a_file_added_to_an_exercise_folder_is_seen(course: Path, tmp_path: Path) -> None:
    (course / "exercises" / "html" / "first-page" / "test_page.py").unlink()
    _age(course)
    broken = cache.load_course_cached(course, tmp_path / "cache")
    assert broken.exercises == []  # its test file is missing: left out, with a problem
    write(course / "exercises" / "html" / "first-page" / "test_page.py", "def test_x(): pass\n")
    _age(course)
    fixed = cache.load_course_cached(course, tmp_path / "cache")
    assert [e.id for e in fixed.exercises] == ["first-page"]


def test_a_just_written_course_is_not_cached(course: Path, tmp_path: Path) -> None:
    (course / "lessons" / "html" / "01-first.toml").touch()  # now: its timestamp may be coarse
    cache.load_course_cached(course, tmp_path / "cache")
    assert not (tmp_path / "cache").exists() or not list((tmp_path / "cache").iterdir())


def test_a_damaged_cache_file_is_a_miss_not_an_error(course: Path, tmp_path: Path) -> None:
    cache.load_course_cached(course, tmp_path / "cache")
    (stored,) = (tmp_path / "cache").iterdir()
    stored.write_bytes(b"not a pickle")
    assert cache.load_course_cached(course, tmp_path / "cache") == load_course(course)


def test_paths_come_back_as_they_were_written(tmp_path: Path) -> None:
    """The cache stores each path as its parent and its name (cheaper to load)."""
    paths = [Path("/"), Path("."), Path("a"), Path("a/b"), Path("/x/y/z"), Path("/x/y/w")]
    paths += [PurePosixPath("/p/q"), {"key": Path("/x/y")}]  # type: ignore[list-item]
    cache._write(tmp_path / "paths.pickle", paths)
    loaded = pickle.loads((tmp_path / "paths.pickle").read_bytes())
    assert loaded == paths
    assert [type(p) for p in loaded] == [type(p) for p in paths]
