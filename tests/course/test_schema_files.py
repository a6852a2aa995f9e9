"""The JSON Schemas are valid, accept every kind of lesson, and agree with the docs and model."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tutor.course import Exercise
from tutor.course.schema import COURSE_SCHEMA, LESSON_SCHEMA, load_schema
from tutor.course.source import tomllib

SAMPLE = Path(__file__).parent / "data" / "sample"
DOCS = Path(__file__).resolve().parents[2] / "docs" / "lesson-format.md"

FULL_LESSON = '''
id = "html/first-page"
title = "Your first web page"
summary = "Headings, paragraphs and the shape of an HTML document."
requires = ["welcome/using-the-tutor"]
minutes = 20

[[pages]]
title = "What a browser reads"
text = """Markdown"""

[[exercises]]
id = "first-page"
title = "Write your first page"
kind = "tests"
path = "html/first-page"
edit = ["index.html"]
tests = ["test_page.py"]
hidden = ["test_more.py"]
timeout = 5
task = """Markdown"""
hints = ["gentle", "closer", "nearly the answer"]
  [[exercises.steps]]
  title = "Add a heading"
  tests = ["test_has_h1"]

[[exercises]]
id = "grades"
title = "Test the tests"
kind = "tdd"
edit = ["test_grades.py"]
hidden = ["test_more.py"]
timeout = 2.5
  [[exercises.mutants]]
  name = "off-by-one"
  description = "a score of exactly 90 is an A"

[[exercises]]
id = "commit"
title = "Commit"
kind = "git"
tests = ["test_repo.py"]
setup = "setup.py"
solution = ["git add notes.txt", "git commit -m 'Add notes'"]

[[exercises]]
id = "tags"
title = "Tags"
kind = "quiz"
  [[exercises.questions]]
  text = "Which tag makes the biggest heading?"
  choices = ["<h1>", "<h6>", "<head>"]
  answer = "<h1>"
  explain = "h1 is the top-level heading; head is not shown at all."
  [[exercises.questions]]
  text = "Which are headings?"
  choices = ["<h1>", "<h2>", "<p>"]
  answer = ["<h1>", "<h2>"]
'''


def validator(name: str) -> jsonschema.Draft202012Validator:
    schema = load_schema(name)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_full_example_lesson_is_valid() -> None:
    errors = list(validator(LESSON_SCHEMA).iter_errors(tomllib.loads(FULL_LESSON)))
    assert errors == []


def test_sample_course_files_are_valid() -> None:
    lesson = validator(LESSON_SCHEMA)
    for path in sorted((SAMPLE / "lessons").glob("*/*.toml")):
        assert list(lesson.iter_errors(tomllib.loads(path.read_text()))) == [], path
    course = tomllib.loads((SAMPLE / "lessons" / "course.toml").read_text())
    assert list(validator(COURSE_SCHEMA).iter_errors(course)) == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('hints = ["gentle"', 'hint = ["gentle"'),  # unknown key
        ('kind = "quiz"', 'kind = "quizz"'),  # not a kind
        ("timeout = 5", 'timeout = "5"'),  # wrong type
        ('answer = "<h1>"', "answer = []"),  # an empty answer list
    ],
)
def test_schema_rejects_mistakes(old: str, new: str) -> None:
    assert old in FULL_LESSON
    data = tomllib.loads(FULL_LESSON.replace(old, new, 1))
    assert list(validator(LESSON_SCHEMA).iter_errors(data)) != []


def all_keys(schema: dict[str, Any]) -> set[str]:
    keys = set(schema.get("properties", {}))
    for definition in schema.get("$defs", {}).values():
        keys |= set(definition.get("properties", {}))
    return keys


def descriptions_missing(node: Any, where: str = "") -> list[str]:
    missing = []
    if isinstance(node, dict):
        for key, value in node.get("properties", {}).items():
            if "description" not in value:
                missing.append(f"{where}.{key}")
        for key, value in node.items():
            missing += descriptions_missing(value, f"{where}.{key}")
    return missing


@pytest.mark.parametrize("name", [LESSON_SCHEMA, COURSE_SCHEMA])
def test_every_key_has_a_description(name: str) -> None:
    assert descriptions_missing(load_schema(name)) == []


@pytest.mark.parametrize("name", [LESSON_SCHEMA, COURSE_SCHEMA])
def test_docs_describe_every_key(name: str) -> None:
    documented = set(re.findall(r"^\| `(\w+)` \|", DOCS.read_text(), re.MULTILINE))
    assert all_keys(load_schema(name)) - documented == set()


def test_schema_defaults_match_the_model() -> None:
    exercise = load_schema(LESSON_SCHEMA)["$defs"]["exercise"]["properties"]
    fields = {field.name: field.default for field in dataclasses.fields(Exercise)}
    assert exercise["timeout"]["default"] == fields["timeout"]
    assert exercise["task"]["default"] == ""
    course = load_schema(COURSE_SCHEMA)["properties"]
    assert course["show_solutions"]["default"] is True


# What tutor/course/schema.py understands, and what taplo (draft 4) understands.
SUPPORTED_KEYWORDS = {
    "$schema", "$defs", "$ref", "title", "description", "default", "type", "properties",
    "required", "additionalProperties", "items", "enum", "pattern", "minLength", "minItems",
    "minimum", "anyOf", "x-pattern-words",
}  # fmt: skip


def keywords(node: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            found.add(key)
            if key in ("properties", "$defs"):
                for child in value.values():
                    found |= keywords(child)
            else:
                found |= keywords(value)
    elif isinstance(node, list):
        for item in node:
            found |= keywords(item)
    return found


@pytest.mark.parametrize("name", [LESSON_SCHEMA, COURSE_SCHEMA])
def test_schemas_use_only_keywords_the_loader_understands(name: str) -> None:
    assert keywords(load_schema(name)) - SUPPORTED_KEYWORDS == set()
