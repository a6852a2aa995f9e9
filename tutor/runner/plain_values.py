"""Values in a failed comparison, said without Python's set and object syntax.

"Expected 'click here' not to be in {'more', 'click here'}" asks a beginner to
read set braces; "<function greet at 0x7f3a...>" asks them to read an address.
Sets (and a dict's keys or values) become "the values 'click here' and 'more'",
functions and objects are named in words. Everything else keeps its repr: a
string's quotes, a list's brackets and a number are what the lessons teach.
"""

from __future__ import annotations

import re
import types
from collections.abc import KeysView, ValuesView
from typing import Any

MOST_ITEMS = 10
_ADDRESS = re.compile(r"^<.* at 0x[0-9a-fA-F]+>$", re.DOTALL)


def spoken(value: Any) -> str:
    """How a value is shown to the learner in "Expected ..., but got ..."."""
    if isinstance(value, (set, frozenset, KeysView, ValuesView)):
        return _values(list(value), sort=not isinstance(value, ValuesView))
    if isinstance(value, (types.FunctionType, types.BuiltinFunctionType, types.MethodType)):
        return f"the function {getattr(value, '__name__', '?')}"
    if isinstance(value, type):
        return f"the class {value.__name__}"
    if isinstance(value, types.ModuleType):
        return f"the module {value.__name__}"
    text = repr(value)
    if _ADDRESS.match(text):
        return f"a {type(value).__name__} object"
    return text


def _values(items: list[Any], sort: bool) -> str:
    if not items:
        return "no values at all (it is empty)"
    said = [spoken(item) for item in items]
    if sort:
        said.sort()
    shown = said[:MOST_ITEMS]
    if len(said) > MOST_ITEMS:
        shown.append(f"{len(said) - MOST_ITEMS} more")
    if len(shown) == 1:
        return f"the value {shown[0]}"
    return "the values " + ", ".join(shown[:-1]) + " and " + shown[-1]
