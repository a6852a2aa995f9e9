"""Importing a learner's module from its source, never from cached bytecode.

Shared by the runner (the check's child) and the checks (`Files.load_module`), so
neither imports the other.
"""

from __future__ import annotations

from importlib.machinery import SourceFileLoader


class SourceOnlyLoader(SourceFileLoader):
    """Never reads cached bytecode: a same-second edit of the same size must be seen."""

    def get_data(self, path: str) -> bytes:
        if path.endswith(".pyc"):
            raise OSError("cached bytecode of learner files is not trusted")
        return super().get_data(path)
