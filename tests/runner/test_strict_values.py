"""strict.plain: a learner's bytes or complex subclass becomes the exact value it holds.

The subclasses below lie in every method they can override; plain() must read the
value with the built-in type's own slots (which exist on every supported Python:
bytes.__bytes__ and complex.__complex__ are 3.11 only).
"""

from __future__ import annotations

import math

from tutor.runner.strict import plain


class LyingBytes(bytes):
    def __eq__(self, other: object) -> bool:
        return True

    __hash__ = bytes.__hash__

    def __bytes__(self) -> bytes:
        return b"lie"

    def __getitem__(self, index: object) -> bytes:  # it lies
        return b"lie"


class LyingComplex(complex):
    def __eq__(self, other: object) -> bool:
        return True

    __hash__ = complex.__hash__

    def __complex__(self) -> complex:
        return 0j

    real = 99.0  # it lies
    imag = 99.0  # it lies


def test_a_bytes_subclass_becomes_the_exact_bytes_it_holds() -> None:
    value = plain(LyingBytes(b"abc"))
    assert type(value) is bytes
    assert value == b"abc"
    assert value != b"lie"


def test_a_complex_subclass_becomes_the_exact_complex_it_holds() -> None:
    value = plain(LyingComplex(1.5, -0.0))
    assert type(value) is complex
    assert (value.real, value.imag) == (1.5, -0.0)
    assert math.copysign(1.0, value.imag) == -1.0  # the sign of zero is kept
