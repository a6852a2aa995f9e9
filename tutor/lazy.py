"""Package attributes imported on first use (PEP 562), so importing a package stays cheap.

    __getattr__ = lazy_attributes(__name__, {"load_course": "loader"})

makes `tutor.course.load_course` import `tutor.course.loader` the first time
it is looked up, then keeps it in the package like any other attribute.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import Any


def lazy_attributes(package: str, where: dict[str, str]) -> Callable[[str], Any]:
    """A module __getattr__: `name` comes from the submodule `where[name]` of `package`."""

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        setattr(sys.modules[package], name, value)  # later lookups skip __getattr__
        return value

    return __getattr__
