"""Hints follow the check that fails now: a step's own hint first (once), then the ladder.

Real lesson files, real checks, a real progress database; `tutor hint` reads
the same record, so it follows the check `tutor check` ran.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tutor.app_state import Tutor
from tutor.cli import main

LESSON = """
title = "Words"
summary = "Two small functions."

[[pages]]
title = "Words"
text = "A string is a row of letters."

[[exercises]]
id = "words"
title = "Words"
kind = "tests"
edit = ["words.py"]
tests = ["test_words.py"]
hints = ["Read the comments in words.py.", "Use word[0] and word.upper()."]

  [[exercises.steps]]
  title = "The first letter"
  tests = ["test_first"]
  hint = "word[0] is the first letter."

  [[exercises.steps]]
  title = "Shouting"
  tests = ["test_shout"]
  hint = "A string's upper() gives it in capitals."
"""
TESTS = """
from words import first, shout


def test_first():
    assert first("cat") == "c", "first('cat') should give back 'c'."


def test_shout():
    assert shout("hi") == "HI", "shout('hi') should give back 'HI'."
"""
STARTER = "def first(word):\n    return ''\n\n\ndef shout(word):\n    return word\n"
FIRST_DONE = "def first(word):\n    return word[0]\n\n\ndef shout(word):\n    return word\n"
FILES = {
    "lessons/course.toml": 'title = "Hints"\n\n[[tracks]]\nid = "w"\ntitle = "W"\n',
    "lessons/w/01-words.toml": LESSON,
    "exercises/w/words/starter/words.py": STARTER,
    "exercises/w/words/solution/words.py": FIRST_DONE.replace(
        "return word\n", "return word.upper()\n"
    ),
    "exercises/w/words/test_words.py": TESTS,
}


@pytest.fixture
def course_root(tmp_path: Path) -> Path:
    root = tmp_path / "course"
    for name, text in FILES.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.lstrip("\n"), encoding="utf-8")
    return root


@pytest.fixture
def tutor(course_root: Path, tmp_path: Path) -> Iterator[Tutor]:
    with Tutor(course_root, tmp_path / "home") as made:
        assert made.course.problems == [], [str(p) for p in made.course.problems]
        yield made


def test_the_failing_checks_hint_comes_once_then_the_ladder(tutor: Tutor) -> None:
    words = tutor.exercise("words")
    before = tutor.next_hint(words)  # no check yet: the ladder
    assert before is not None and (before.number, before.check) == (1, None)
    tutor.check(words)  # "first" fails
    due = tutor.next_hint(words)
    assert due is not None
    assert (due.check, due.text) == ("first", "word[0] is the first letter.")
    tutor.check(words)  # the same check fails again: its hint is not due again
    ladder = tutor.next_hint(words)
    assert ladder is not None and (ladder.number, ladder.check) == (2, None)
    assert [h.text for h in tutor.hints_so_far(words)] == list(words.hints)  # the ladder only


def test_a_newly_failing_check_brings_its_own_hint(tutor: Tutor) -> None:
    words = tutor.exercise("words")
    tutor.check(words)
    assert tutor.next_hint(words).check == "first"  # type: ignore[union-attr]
    (tutor.workspace(words).path / "words.py").write_text(FIRST_DONE, encoding="utf-8")
    tutor.check(words)  # now "shout" is the first to fail
    due = tutor.next_hint(words)
    assert due is not None and due.check == "shout"
    assert due.text == "A string's upper() gives it in capitals."


def test_tutor_hint_follows_the_check_tutor_check_ran(
    course_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv("TUTOR_HOME", str(tmp_path / "learner"))
    course = ["--course", str(course_root)]
    main([*course, "start", "words"])
    main([*course, "check", "words"])
    capsys.readouterr()
    main([*course, "hint", "words"])
    said = capsys.readouterr().out
    assert "A hint for the check 'first':" in said
    assert "word[0] is the first letter." in said
    assert "2 more hints" in said  # the ladder is still whole
    main([*course, "hint", "words"])
    said = capsys.readouterr().out
    assert "Hint 1 of 2:" in said and "Read the comments in words.py." in said
