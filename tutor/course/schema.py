"""Check parsed TOML against the course's JSON Schemas, in plain words.

The schemas (lesson.schema.json, course.schema.json) are the single source
of truth for which keys exist and what type each one has: editors use them
to complete and validate lesson files, and this module uses the same files,
so the two never drift. It understands only the small part of JSON Schema
those files use (type, properties, required, additionalProperties, items,
enum, pattern, minLength, minItems, minimum, anyOf, $ref), and says what is
wrong the way an author would say it. The schemas keep to keywords that
draft 4 already had (taplo, the editors' TOML server, implements draft 4),
although they declare draft 2020-12.

The keys that only one kind of exercise uses (`mutants`, `questions`, ...)
belong to that kind (tutor/kinds/): lesson_schema() lays every registered
kind's fragment over lesson.schema.json. The file holds the built-in kinds'
fragments too, for the editors; tests/course/test_kind_schema.py keeps it
equal to what the kinds say, and write_lesson_schema() rewrites it.
"""

from __future__ import annotations

import copy
import datetime
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from tutor.course.lines import KeyPath
from tutor.spelling import closest_names

SCHEMA_DIR = Path(__file__).resolve().parent
LESSON_SCHEMA = "lesson.schema.json"
COURSE_SCHEMA = "course.schema.json"

Schema = dict[str, Any]

_PYTHON_TYPES: dict[str, type | tuple[type, ...]] = {
    "object": dict,
    "array": list,
    "string": str,
    "integer": int,
    "number": (int, float),
}


@dataclass(frozen=True)
class Issue:
    """One schema finding: where (a key path), what, and whether it blocks loading."""

    path: KeyPath
    message: str
    fatal: bool = True  # False: reported, but the value can still be used


@cache
def _read_schema(name: str) -> Schema:
    schema: Schema = json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))
    return schema


def load_schema(name: str) -> Schema:
    """A schema as the loader uses it: the lesson schema with every registered kind's keys."""
    if name == LESSON_SCHEMA:
        return lesson_schema()
    return _read_schema(name)


def lesson_schema() -> Schema:
    """lesson.schema.json, with the `kind` names and kind-only keys of the registered kinds."""
    from tutor import kinds

    registered = kinds.all_kinds()
    key = tuple((kind.name, id(kind)) for kind in registered)
    if _built.get("key") != key:
        _built["key"] = key
        _built["schema"] = _with_kinds(_read_schema(LESSON_SCHEMA), registered)
    schema: Schema = _built["schema"]
    return schema


_built: dict[str, Any] = {}


def _with_kinds(base: Schema, registered: tuple[Any, ...]) -> Schema:
    schema = copy.deepcopy(base)
    exercise = schema["$defs"]["exercise"]["properties"]
    kind = exercise["kind"]
    kind["enum"] = [each.name for each in registered]
    kind["description"] = (
        "How the exercise is checked: "
        + ", ".join(f'"{each.name}" ({each.summary})' for each in registered)
        + "."
    )
    for each in registered:
        exercise.update(copy.deepcopy(dict(each.schema_keys)))
        schema["$defs"].update(copy.deepcopy(dict(each.schema_defs)))
    return schema


def write_lesson_schema() -> None:
    """Rewrite lesson.schema.json from the built-in kinds (after changing a kind's keys)."""
    text = json.dumps(lesson_schema(), indent=2, ensure_ascii=False)
    (SCHEMA_DIR / LESSON_SCHEMA).write_text(text + "\n", encoding="utf-8")


def known_keys(name: str, definition: str | None = None) -> frozenset[str]:
    """The keys a lesson (definition=None) or one of its sections may hold."""
    schema = load_schema(name)
    part = schema if definition is None else schema["$defs"][definition]
    return frozenset(part["properties"])


def validate(data: dict[str, Any], schema_name: str) -> list[Issue]:
    """Everything in `data` that its schema does not allow."""
    walk = _Walk(load_schema(schema_name), data)
    walk.check(data, walk.root, (), None)
    return walk.issues


def _resolve(schema: Schema, root: Schema) -> Schema:
    ref = schema.get("$ref")
    if ref is None:
        return schema
    name = ref.rsplit("/", 1)[-1]
    resolved: Schema = root["$defs"][name]
    return resolved


class _Walk:
    """One pass over a document, collecting issues."""

    def __init__(self, root: Schema, document: dict[str, Any]) -> None:
        self.root = root
        self.document = document
        self.issues: list[Issue] = []

    def add(self, path: KeyPath, message: str, fatal: bool = True) -> None:
        self.issues.append(Issue(path, message, fatal))

    def check(self, value: Any, schema: Schema, path: KeyPath, parent: Schema | None) -> None:
        schema = _resolve(schema, self.root)
        if "anyOf" in schema:
            options = [_resolve(option, self.root) for option in schema["anyOf"]]
            matching = [option for option in options if _type_matches(value, option, self.root)]
            schema = matching[0] if matching else schema
        if not _type_matches(value, schema, self.root):
            expected = _expected_words(schema, self.root, path)
            found = _found_words(value)
            self.add(path, f"{_name(path, self.document)} should be {expected}, but it is {found}")
            return
        kind = schema.get("type")
        if kind == "object":
            self.check_table(value, schema, path, parent)
        elif kind == "array":
            self.check_array(value, schema, path, parent)
        else:
            message = _check_scalar(value, schema)
            if message:
                self.add(path, f"{_name(path, self.document)} {message}")

    def check_table(
        self, value: dict[str, Any], schema: Schema, path: KeyPath, parent: Schema | None
    ) -> None:
        properties: Schema = schema.get("properties", {})
        for key in schema.get("required", ()):
            if key not in value:
                what = _first_sentence(properties.get(key, {}).get("description", ""))
                self.add(path, f"{_place(path, self.document)} needs '{key}': {what}")
        for key, item in value.items():
            if key in properties:
                # `schema` is the table that holds this key: the parent of any sub-table.
                self.check(item, properties[key], (*path, key), schema)
            elif schema.get("additionalProperties") is False:
                message = _unknown_key(key, properties, parent, path, self.document)
                self.add((*path, key), message, fatal=False)

    def check_array(
        self, value: list[Any], schema: Schema, path: KeyPath, parent: Schema | None
    ) -> None:
        if len(value) < schema.get("minItems", 0):
            self.add(path, f"{_name(path, self.document)} is an empty list")
        items = _resolve(schema.get("items", {}), self.root)
        if items.get("type") == "object":
            for index, item in enumerate(value):
                self.check(item, items, (*path, index), parent)
            return
        for index, item in enumerate(value):
            if not _type_matches(item, items, self.root):
                expected = _expected_words(schema, self.root, path)
                self.add(
                    path,
                    f"{_name(path, self.document)} should be {expected}, "
                    f"but item {index + 1} is {_found_words(item)}",
                )
                return


def _check_scalar(value: Any, schema: Schema) -> str | None:
    if "enum" in schema and value not in schema["enum"]:
        choices = ", ".join(json.dumps(choice) for choice in schema["enum"])
        by_text = {str(choice): choice for choice in schema["enum"]}
        close = closest_names(str(value), by_text, cutoff=0.6)
        suggestion = f": did you mean {json.dumps(by_text[close[0]])}?" if close else ""
        return f"should be one of {choices}, but it is {json.dumps(value)}{suggestion}"
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            return "is empty"
        pattern = schema.get("pattern")
        if pattern and not re.fullmatch(pattern, value):
            words = schema.get("x-pattern-words", pattern)
            return f"should be made of {words}, but it is {json.dumps(value)}"
        return None
    if "minimum" in schema and value < schema["minimum"]:
        return f"should be at least {schema['minimum']}, but it is {value}"
    return None


def _type_matches(value: Any, schema: Schema, root: Schema) -> bool:
    schema = _resolve(schema, root)
    if "anyOf" in schema:
        return any(_type_matches(value, option, root) for option in schema["anyOf"])
    kind = schema.get("type")
    if kind is None:
        return True
    # bool is an int in Python, but `timeout = true` is a mistake, not a number
    if isinstance(value, bool):
        return kind == "boolean"
    python_types = _PYTHON_TYPES.get(kind)
    return python_types is not None and isinstance(value, python_types)


def _expected_words(schema: Schema, root: Schema, path: KeyPath) -> str:
    schema = _resolve(schema, root)
    if "anyOf" in schema:
        return ", or ".join(_expected_words(option, root, path) for option in schema["anyOf"])
    kind = schema.get("type")
    header = ".".join(part for part in path if isinstance(part, str))
    if kind == "array":
        items = _resolve(schema.get("items", {}), root)
        if items.get("type") == "object":
            return f"a list of [[{header}]] sections"
        if items.get("type") == "string":
            return 'a list of strings, like ["a", "b"]'
        return "a list, like [1, 2]"
    if kind == "object" and path and isinstance(path[-1], int):
        return f"a [[{header}]] section"
    return {
        "object": f"a table (a [{header}] section)",
        "string": 'a string in quotes, like "hello"',
        "integer": "a whole number, like 20",
        "number": "a number, like 5 or 2.5",
        "boolean": "true or false",
    }.get(str(kind), "something else")


def _found_words(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        shown = value if len(value) <= 30 else value[:27] + "..."
        return f"a string ({json.dumps(shown)})"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, (datetime.date, datetime.time)):
        return "a date or time"
    return type(value).__name__


def _unknown_key(
    key: str,
    properties: Schema,
    parent_schema: Schema | None,
    path: KeyPath,
    document: dict[str, Any],
) -> str:
    message = f"unknown key '{key}' {_in_place(path, document)}".rstrip()
    parent_keys = parent_schema.get("properties", {}) if parent_schema else {}
    if key in parent_keys and len(path) >= 2:
        # The classic TOML slip: a key written after [[exercises.steps]] belongs to the step.
        header = ".".join(part for part in path if isinstance(part, str))
        return (
            f"{message}: '{key}' belongs one level up; every key after a [[{header}]] header "
            f"belongs to that section, so move '{key}' above the first [[{header}]]"
        )
    close = closest_names(key, properties, cutoff=0.6)
    if close:
        return f"{message}: did you mean '{close[0]}'?"
    return f"{message} (allowed here: {', '.join(sorted(properties))})"


def _first_sentence(text: str) -> str:
    for end in (". ", ": "):
        if end in text:
            text = text.split(end, 1)[0]
    return text.rstrip(".")


def _place(path: KeyPath, document: dict[str, Any]) -> str:
    """Where a section is, in words: "exercise 'first-page'", "question 2 of exercise 'q'"."""
    words: list[str] = []
    node: Any = document
    index = 0
    while index + 1 < len(path):
        name, position = path[index], path[index + 1]
        if not isinstance(position, int):
            break
        node = node.get(name, []) if isinstance(node, dict) else []
        node = node[position] if isinstance(node, list) and position < len(node) else {}
        label = node.get("id", node.get("name")) if isinstance(node, dict) else None
        singular = str(name)[:-1] if str(name).endswith("s") else str(name)
        if isinstance(label, str) and label:
            words.append(f"{singular} '{label}'")
        else:
            words.append(f"{singular} {position + 1}")
        index += 2
    words.reverse()
    return " of ".join(words) if words else "the file"


def _in_place(path: KeyPath, document: dict[str, Any]) -> str:
    place = _place(path, document)
    return "" if place == "the file" else f"in {place}"


def _name(path: KeyPath, document: dict[str, Any]) -> str:
    """A key and where it is: "'hints' in exercise 'first-page'"."""
    keys = [part for part in path if isinstance(part, str)]
    last = path[-1] if path else ""
    if isinstance(last, int):
        return f"{_place(path + ('',), document)}".strip() or "this"
    key = keys[-1] if keys else "this"
    where = _in_place(path[:-1], document)
    return f"'{key}' {where}".rstrip()
