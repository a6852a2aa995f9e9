"""pytest's private names the runner uses, and how each use falls back without it.

pyproject.toml bounds pytest to the tested range (>=8,<9), and
tests/runner/test_pytest_private_names.py fails as soon as one of these names
is gone. Where one is missing anyway (a pytest outside the range), each use
takes the plain path instead of failing the check:

- _pytest.assertion.rewrite._rewrite_test (rewrite_cache.py): test modules
  rewritten ahead and kept. Without it pytest rewrites each test module itself,
  a little slower, and asserts compare with ==, not with exact built-in types.
- _pytest.assertion.rewrite.rewrite_asserts (rewrite_cache.py): the same.
- _pytest.assertion.rewrite._read_pyc (child.py): pytest's own .pyc files of
  test modules are never read. Without it the child sets sys.pycache_prefix to
  a folder that cannot exist, so no .pyc is found.
- _pytest.config.get_config, Config.InvocationParams (prepared.py): settings
  parsed once in the warm process. Without them each child runs pytest.main.
- Config._ensure_unconfigure (prepared.py): cleanup of a kept configuration;
  without it the child skips it (it ends with os._exit anyway).
- Config._do_configure (prepared.py): the warm helper's spare child starts
  pytest's session before its request (spare_fork.py). Without it the spare
  runs pytest.main when the request comes.
- _pytest.pathlib.module_name_from_path, _import_module_using_spec (prepared.py):
  the made-up packages above an instructor's test module, imported once in the
  warm process. Without them each child makes them, as pytest does.
- _pytest.assertion.util's _reprcompare, _assertion_pass, _config
  (integrity.py): globals pytest itself sets while tests run, allowed to
  change; a name that is gone is simply never seen.
"""

from __future__ import annotations

import importlib
from typing import Any

# (module, attribute path): every private name of pytest's the runner relies on.
USED: tuple[tuple[str, str], ...] = (
    ("_pytest.assertion.rewrite", "_rewrite_test"),
    ("_pytest.assertion.rewrite", "rewrite_asserts"),
    ("_pytest.assertion.rewrite", "_read_pyc"),
    ("_pytest.config", "get_config"),
    ("_pytest.config", "Config.InvocationParams"),
    ("_pytest.config", "Config._ensure_unconfigure"),
    ("_pytest.config", "Config._do_configure"),
    ("_pytest.pathlib", "module_name_from_path"),
    ("_pytest.pathlib", "_import_module_using_spec"),
    ("_pytest.assertion.util", "_reprcompare"),
    ("_pytest.assertion.util", "_assertion_pass"),
    ("_pytest.assertion.util", "_config"),
)


def lookup(module: str, attribute: str) -> Any | None:
    """The named object, or None when this pytest does not have it."""
    try:
        found: Any = importlib.import_module(module)
    except ImportError:
        return None
    for part in attribute.split("."):
        found = getattr(found, part, None)
        if found is None:
            return None
    return found


def missing() -> list[str]:
    """The names of USED this pytest lacks (None-valued globals count as present)."""
    gone = []
    for module, attribute in USED:
        owner_path, _, name = attribute.rpartition(".")
        owner = lookup(module, owner_path) if owner_path else _module(module)
        if owner is None or not hasattr(owner, name):
            gone.append(f"{module}.{attribute}")
    return gone


def _module(name: str) -> Any | None:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None
