"""The registry: a kind's name -> its Kind; and what names the rest of the tutor holds."""

from __future__ import annotations

import re

import pytest

from tutor import kinds
from tutor.course.model import ExerciseKind, kind_name
from tutor.instructor.authoring import EXERCISE_KINDS, TEMPLATES_DIR


def test_an_unknown_name_says_which_kinds_there_are() -> None:
    with pytest.raises(kinds.UnknownKind, match=r"'test' \(known: tests, tdd, git, quiz"):
        kinds.get("test")


def test_a_built_in_kind_is_found_by_its_name_or_its_member() -> None:
    assert kinds.get("quiz") is kinds.get(ExerciseKind.QUIZ)
    assert kind_name("quiz") is ExerciseKind.QUIZ  # what Exercise.kind holds for it
    assert kind_name("file-exists") == "file-exists"


def test_every_template_of_tutor_new_makes_a_registered_kind() -> None:
    for template in EXERCISE_KINDS:
        text = (TEMPLATES_DIR / "exercise" / template / "exercise.toml").read_text()
        found = re.search(r'^kind = "([^"]+)"', text, re.MULTILINE)
        assert found is not None, template
        kinds.get(found[1])  # raises for a kind nobody registered
