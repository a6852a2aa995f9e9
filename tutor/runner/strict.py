"""`==`, `!=`, `in` and `not in` in the instructor's asserts, with the exact built-in types.

A learner's value can claim to equal anything: a str subclass whose __eq__
returns True, or any object that says it equals 42. rewrite_cache.py turns
each such comparison in a rewritten assert into compare(op, left, right),
which first makes both sides plain:

- a subclass of a built-in value (str, int, float, bytes, list, tuple, dict,
  set, frozenset, complex) becomes that exact type, read with the built-in
  type's own methods (the subclass's __iter__, __eq__ or __str__ never run),
  and containers are made plain all the way down;
- a few standard value types keep their own comparison (pytest.approx,
  Decimal, Fraction, dates and times, unittest.mock.ANY);
- any other object is sealed: it equals only another sealed object, by its
  own __eq__ (two of the learner's dataclasses still compare as they should),
  and never a built-in value.

So 1 == 1.0, an IntEnum against an int, and a namedtuple against a tuple are
equal as before; an object that only claims to be "Hello" is not.
"""

from __future__ import annotations

import datetime
import decimal
import fractions
import sys
from typing import Any

import pytest

MAX_DEPTH = 200

EXACT = frozenset({str, int, float, complex, bool, bytes, type(None), range, type, bytearray})
CONTAINERS = (list, tuple, dict, set, frozenset)


def _approx_types() -> set[type]:
    # The root of pytest's approx classes (ApproxBase, renamed across versions): the class
    # under `object` in an approx value's MRO.
    found, todo = set(), [type(pytest.approx(1.0)).__mro__[-2]]
    while todo:
        klass = todo.pop()
        found.add(klass)
        todo += klass.__subclasses__()
    return found


# Exact types (taken now, before learner code can subclass them) that compare with built-ins.
TRUSTED = frozenset(
    {
        *_approx_types(),
        decimal.Decimal,
        fractions.Fraction,
        datetime.date,
        datetime.datetime,
        datetime.time,
        datetime.timedelta,
        datetime.timezone,
    }
)
_str, _int, _float = str.__str__, int.__index__, float.__float__
# Not bytes.__bytes__ and complex.__complex__: Python 3.10 has neither.
_bytes_item = bytes.__getitem__
_real, _imag = complex.real.__get__, complex.imag.__get__


def _bytes(value: bytes) -> bytes:
    return _bytes_item(value, slice(None))


def _complex(value: complex) -> complex:
    return complex(_real(value), _imag(value))


class Sealed:
    """A value of a type the tutor does not know: equal only to another such value."""

    __slots__ = ("value",)

    def __init__(self, value: object) -> None:
        self.value = value

    def __eq__(self, other: object) -> Any:
        if type(other) is Sealed:
            return self.value == other.value
        return NotImplemented

    def __ne__(self, other: object) -> Any:
        if type(other) is Sealed:
            return self.value != other.value
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.value)

    def __repr__(self) -> str:
        return repr(self.value)


def plain(value: Any, memo: dict[int, Any] | None = None, depth: int = 0) -> Any:
    """The value with every built-in subclass made exact and every unknown object sealed."""
    kind = type(value)
    if kind in EXACT or kind in TRUSTED or _is_mock_any(value):
        return value
    if depth > MAX_DEPTH:
        return Sealed(value)
    memo = {} if memo is None else memo
    known = memo.get(id(value))
    if known is not None:
        return known
    deeper = depth + 1
    if issubclass(kind, list):
        out: Any = []
        memo[id(value)] = out
        out.extend(plain(item, memo, deeper) for item in list.__iter__(value))
        return out
    if issubclass(kind, dict):
        out = {}
        memo[id(value)] = out
        for key, item in list(dict.items(value)):
            out[plain(key, memo, deeper)] = plain(item, memo, deeper)
        return out
    if issubclass(kind, tuple):
        return tuple(plain(item, memo, deeper) for item in tuple.__iter__(value))
    if issubclass(kind, frozenset):
        return frozenset(plain(item, memo, deeper) for item in frozenset.__iter__(value))
    if issubclass(kind, set):
        return {plain(item, memo, deeper) for item in set.__iter__(value)}
    for base, make_exact in (
        (str, _str),
        (int, _int),
        (float, _float),
        (bytes, _bytes),
        (complex, _complex),
    ):
        if issubclass(kind, base):
            return make_exact(value)
    return Sealed(value)


def _is_mock_any(value: object) -> bool:
    """unittest.mock.ANY equals anything on purpose: the instructor wrote it."""
    mock = sys.modules.get("unittest.mock")
    return mock is not None and value is getattr(mock, "ANY", None)


def compare(op: str, left: Any, right: Any) -> bool:
    """What `left <op> right` is in an instructor's assert."""
    if op == "==":
        return _equal(left, right)
    if op == "!=":
        return not _equal(left, right)
    if op == "in":
        return _contains(right, left)
    if op == "not in":
        return not _contains(right, left)
    raise ValueError(f"not a strict comparison: {op}")


def _equal(left: Any, right: Any) -> bool:
    return bool(plain(left) == plain(right))


def _contains(container: Any, item: Any) -> bool:
    whole = plain(container)
    if type(whole) is Sealed:
        return item in container  # the learner's own container: its own `in`
    part = plain(item)
    if type(whole) in (str, bytes, bytearray) and type(part) is Sealed:
        return item in container  # pytest's own error: 'in <string>' requires a string
    return part in whole
