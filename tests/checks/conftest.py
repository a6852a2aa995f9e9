"""Shared helpers for the checks tests: the sample files and failure text."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
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


@pytest.fixture(autouse=True)
def forget_learner_modules() -> Iterator[None]:
    """Drop the modules and sys.path entries a test imported from learner folders.

    Files.python_module leaves them in place (a check runs in a child process
    that ends), but here they would leak into later tests in this process:
    the runner's tests fork from it and would find a stale "hello" module.
    """
    modules, path = set(sys.modules), list(sys.path)
    yield
    added = [Path(entry) for entry in set(sys.path) - set(path)]
    for name in set(sys.modules) - modules:
        file = getattr(sys.modules[name], "__file__", None) or ""
        if any(Path(file).is_relative_to(folder) for folder in added):
            del sys.modules[name]
    sys.path[:] = path
