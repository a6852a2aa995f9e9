"""Assertion-rewritten test modules, made once in the long-lived parent.

pytest parses, rewrites and compiles every test module it imports; with no
.pyc trusted (stale code is worse than slow code) that cost each check ~10 ms
of CPU. The warm helper (and `tutor watch`) do it once per version of a test
file, before forking; the child uses the result only when the file's bytes on
disk are exactly the ones it was made from, so an edit is always seen.
"""

from __future__ import annotations

import ast
import os
from pathlib import Path
from types import CodeType

from _pytest.assertion import rewrite as pytest_rewrite

_made: dict[str, tuple[bytes, CodeType]] = {}  # path -> (source, rewritten code)


def prepare(test_files: list[Path]) -> None:
    """In the parent: rewrite any test file whose text changed since last time."""
    for path in test_files:
        key = str(path)
        try:
            source = path.read_bytes()
        except OSError:
            _made.pop(key, None)
            continue
        cached = _made.get(key)
        if cached is not None and cached[0] == source:
            continue
        try:
            tree = ast.parse(source, filename=key)
            # config=None: our pinned ini leaves the assertion pass hook off, as pytest would.
            pytest_rewrite.rewrite_asserts(tree, source, key, None)
            _made[key] = (source, compile(tree, key, "exec", dont_inherit=True))
        except Exception:  # noqa: BLE001 - a broken test file is pytest's to report, in the child
            _made.pop(key, None)


def use_in_child() -> None:
    """In the child: pytest takes the parent's code when the file is unchanged."""
    original = pytest_rewrite._rewrite_test

    def rewrite_test(fn: Path, config: object) -> tuple[os.stat_result, CodeType]:
        cached = _made.get(str(fn))
        if cached is not None:
            stat = os.stat(fn)
            if fn.read_bytes() == cached[0]:
                return stat, cached[1]
        return original(fn, config)  # type: ignore[arg-type]

    pytest_rewrite._rewrite_test = rewrite_test  # type: ignore[assignment]
