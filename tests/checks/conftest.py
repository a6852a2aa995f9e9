"""Shared helpers for the checks tests: the sample files and failure text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tutor.checks.failure import CheckFailure

SAMPLES = Path(__file__).with_name("samples")


@pytest.fixture
def samples() -> Path:
    return SAMPLES


def _failure_of(action: Callable[[], object]) -> CheckFailure:
    with pytest.raises(CheckFailure) as caught:
        action()
    return caught.value


@pytest.fixture
def failure_of() -> Callable[[Callable[[], object]], CheckFailure]:
    """Run an action that must fail as a check; return the failure, to read its text."""
    return _failure_of
