"""The learner's exercise folder: read files, import their Python modules fresh."""

from __future__ import annotations

import os
import sys
import traceback
import types
from collections.abc import Callable
from importlib.machinery import SOURCE_SUFFIXES, FileFinder
from pathlib import Path
from typing import Any

from tutor.checks.failure import CheckFailure, close_name, where
from tutor.python_syntax import indentation_message, is_indentation_error
from tutor.source_loader import SourceOnlyLoader


def missing_file_message(name: str) -> str:
    return (
        f"There is no file called {name} in your exercise folder. "
        f"Check the spelling of the name (capital letters count), "
        f"and that you saved it in the exercise folder."
    )


class Files:
    """The learner's workspace. Paths are relative to it."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path).resolve()

    def __repr__(self) -> str:
        return f"Files({str(self.path)!r})"

    def file(self, name: str) -> Path:
        """The full path of `name`; a clear failure when it is missing."""
        full = self.path / name
        if not full.is_file():
            raise CheckFailure(missing_file_message(name), name)
        return full

    def exists(self, name: str) -> bool:
        return (self.path / name).is_file()

    def read(self, name: str) -> str:
        """The text of `name` (UTF-8, with a readable failure for other encodings)."""
        full = self.file(name)
        try:
            return full.read_text(encoding="utf-8")
        except UnicodeDecodeError as error:
            raise CheckFailure(
                f"{name} is not saved as plain text (UTF-8), so it cannot be read. "
                f"Save it again from your editor as UTF-8 text.",
                name,
            ) from error

    def lines(self, name: str) -> list[str]:
        """The lines of `name`, without their line endings."""
        return self.read(name).splitlines()

    def python_module(self, name: str) -> types.ModuleType:
        """Import the learner's `name.py` fresh from the workspace.

        Modules already imported from the workspace are dropped first, so
        `app.py` that imports `models.py` sees the learner's current files.
        """
        return import_fresh(self.path, name)

    def python_function(
        self, module: str, name: str, parameters: str = "..."
    ) -> Callable[..., Any]:
        """The function `name` in the learner's `module.py`; a sentence if it is missing.

        `parameters` shows in the example def line: python_function("hello", "greet",
        "name") suggests `def greet(name):`.
        """
        loaded = self.python_module(module)
        found = getattr(loaded, name, None)
        if callable(found) and not isinstance(found, type):
            return found
        example = f"def {name}({parameters}):"
        raise CheckFailure(
            f"{module}.py has no function called {name}{_what_it_is(name, found, 'function')}."
            f"{_close_name(name, loaded)} Write one that starts with the line {example}\n"
            f"Like this:\n  {example}\n      ...\nCheck the spelling: capital letters count.",
            f"{module}.py",
        )

    def python_class(self, module: str, name: str) -> type:
        """The class `name` in the learner's `module.py`; a sentence if it is missing."""
        loaded = self.python_module(module)
        found = getattr(loaded, name, None)
        if isinstance(found, type):
            return found
        example = f"class {name}:"
        raise CheckFailure(
            f"{module}.py has no class called {name}{_what_it_is(name, found, 'class')}."
            f"{_close_name(name, loaded)} Write one that starts with the line {example}\n"
            f"Like this:\n  {example}\n      def __init__(self):\n          ...\n"
            f"Check the spelling: capital letters count.",
            f"{module}.py",
        )


def _what_it_is(name: str, found: object, wanted: str) -> str:
    """' (greet is a str, not a function)', or '' when nothing has that name."""
    if found is None:
        return ""
    kind = (
        "class"
        if isinstance(found, type)
        else "function"
        if callable(found)
        else type(found).__name__
    )
    return f" ({name} is a {kind}, not a {wanted})"


def _close_name(name: str, module: types.ModuleType) -> str:
    """ " Did you mean 'greet'?" for a function or class the learner defined with a close name."""
    own = [
        key
        for key, value in vars(module).items()
        if not key.startswith("__") and getattr(value, "__module__", None) == module.__name__
    ]
    return close_name(name, own)


def _forget_workspace_modules(folder: Path) -> None:
    """Drop the modules loaded from folder (resolved), under any spelling of it.

    Only files under a spelling of the folder are resolved: resolving every loaded
    module's file (~1,000 in a check, a system call per part of each path) cost
    ~18 ms per call, and an exercise's checks call this once or twice per test.
    """
    spellings = _spellings(folder)
    for key, module in list(sys.modules.items()):
        file = getattr(module, "__file__", None)
        if not isinstance(file, (str, os.PathLike)) or not file:
            continue  # built in, or a namespace package
        if key.rpartition(".")[2].startswith(("test_", "conftest")):
            continue  # pytest's own test modules stay, even when they sit in the folder
        if os.path.abspath(file).startswith(spellings) and Path(file).resolve().is_relative_to(
            folder
        ):
            del sys.modules[key]


def _spellings(folder: Path) -> tuple[str, ...]:
    """folder as it is spelled under each entry of sys.path that resolves to it or to a
    folder above it: a module's file is spelled from the entry it was found through
    (a symlink, a relative path)."""
    found = {str(folder)}
    for entry in sys.path:
        if type(entry) is not str:
            continue
        real = Path(os.path.realpath(entry or "."))
        if folder.is_relative_to(real):
            found.add(
                os.path.normpath(
                    os.path.join(os.path.abspath(entry or "."), folder.relative_to(real))
                )
            )
    return tuple(spelling.rstrip(os.sep) + os.sep for spelling in sorted(found))


def _learner_frame(error: BaseException, path: Path) -> int | None:
    """The last line in the learner's file that the traceback passed through."""
    line = None
    for frame in traceback.extract_tb(error.__traceback__):
        if Path(frame.filename).resolve() == path.resolve():
            line = frame.lineno
    return line


def import_fresh(folder: Path | str, name: str) -> types.ModuleType:
    """Run `folder/name.py` as module `name` and return it, explaining any failure."""
    folder = Path(folder).resolve()
    filename = f"{name}.py"
    path = folder / filename
    if not path.is_file():
        raise CheckFailure(missing_file_message(filename), filename)
    source = Files(folder).read(filename)
    try:
        # Compile from the source, never a cached .pyc, which can be stale when
        # a file is saved twice in the same second with the same size.
        code = compile(source, str(path), "exec")
    except SyntaxError as error:
        text = (error.text or "").rstrip("\n")
        shown = f"\n    {text.strip()}" if text.strip() else ""
        if is_indentation_error(error):
            raise CheckFailure(
                indentation_message(filename, error.lineno, error.msg, shown),
                filename,
                error.lineno,
            ) from None
        raise CheckFailure(
            f"{where(filename, error.lineno)}: Python cannot read this line "
            f"({error.msg}). Look for a missing bracket, quote or colon on this line or the "
            f"line above it.{shown}",
            filename,
            error.lineno,
        ) from None
    _forget_workspace_modules(folder)
    # The modules it imports from the folder, too: a fresh finder that never reads .pyc.
    sys.path_importer_cache[str(folder)] = FileFinder(
        str(folder), (SourceOnlyLoader, SOURCE_SUFFIXES)
    )
    module = types.ModuleType(name)
    module.__file__ = str(path)
    sys.modules[name] = module
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
    try:
        exec(code, module.__dict__)
    except CheckFailure:
        raise
    except (Exception, SystemExit) as error:
        del sys.modules[name]
        line = _learner_frame(error, path)
        # pytest's capture makes input() raise OSError; with no stdin at all it is EOFError.
        if isinstance(error, EOFError) or "reading from stdin" in str(error):
            raise CheckFailure(
                f"{where(filename, line)} asks for typed input (input()) as soon as "
                f"{filename} loads, and the checks cannot type for you. Put the input() call "
                f'inside a function, or under if __name__ == "__main__":',
                filename,
                line,
            ) from None
        raise CheckFailure(
            f"{where(filename, line)}: your program stopped with "
            f"{type(error).__name__}: {error}\n"
            f"This happened while loading {filename}, before any test could use it.",
            filename,
            line,
        ) from None
    return module
