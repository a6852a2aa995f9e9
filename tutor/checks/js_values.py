"""JavaScript values in Python: `undefined` as its own value, and showing values the JS way.

A learner reads `add(2, 3) should give 5, but your function gave undefined`,
not `... gave None`: messages about JavaScript use JavaScript's words.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from typing import Any, Final

_IDENTIFIER = re.compile(r"^[A-Za-z_$][\w$]*$")

# How values JSON cannot carry travel from quickjs to Python (see RAW_REPLACER).
_UNDEFINED_KEY = "__tutor_undefined__"
_NUMBER_KEY = "__tutor_number__"

# A JSON.stringify replacer that keeps undefined, NaN and the infinities apart
# from null, which plain JSON.stringify turns them all into.
RAW_REPLACER = (
    f"(key, value) => value === undefined ? {{{_UNDEFINED_KEY}: 1}} : "
    f"(typeof value === 'number' && !isFinite(value)) ? {{{_NUMBER_KEY}: String(value)}} : value"
)


class Undefined:
    """JavaScript's `undefined`, which is not `null` (None)."""

    _instance: Undefined | None = None

    def __new__(cls) -> Undefined:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "undefined"

    def __bool__(self) -> bool:
        return False


UNDEFINED: Final = Undefined()


def from_raw_json(value: Any) -> Any:
    """Undo RAW_REPLACER: its marker objects become UNDEFINED, NaN and the infinities."""
    if isinstance(value, list):
        return [from_raw_json(item) for item in value]
    if isinstance(value, dict):
        if set(value) == {_UNDEFINED_KEY}:
            return UNDEFINED
        if set(value) == {_NUMBER_KEY}:
            return float(value[_NUMBER_KEY])  # "NaN", "Infinity", "-Infinity"
        return {key: from_raw_json(item) for key, item in value.items()}
    return value


def js_repr(value: Any) -> str:
    """A Python value written as JavaScript: None -> null, True -> true, 2.0 -> 2.

    Strings get double quotes, objects look like `{ name: "Ana", age: 3 }`. The
    result is also a JavaScript expression that makes the same value.
    """
    if value is UNDEFINED:
        return "undefined"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return _number(value)
    if isinstance(value, int | str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, Mapping):
        if not value:
            return "{}"
        parts = [f"{_key(key)}: {js_repr(item)}" for key, item in value.items()]
        return "{ " + ", ".join(parts) + " }"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(js_repr(item) for item in value) + "]"
    raise TypeError(f"no JavaScript value for {type(value).__name__}: {value!r}")


def _number(value: float) -> str:
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    return str(int(value)) if value.is_integer() and abs(value) < 1e21 else repr(value)


def _key(key: object) -> str:
    text = str(key)
    return text if _IDENTIFIER.match(text) else json.dumps(text, ensure_ascii=False)
