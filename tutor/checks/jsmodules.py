"""ES modules between the learner's files, for quickjs (which has no module loader here).

Each file is parsed with acorn (bundled, see scripts/build_jstest_bundle.sh) and
its import/export statements rewritten into calls on a small module registry;
every other character stays where it was. File number N starts at line
N * SLOT + 1 of the one script quickjs runs, so "<input>:LINE" in a stack maps
back to the learner's file and line (the same idea as dom_errors.py).
"""

from __future__ import annotations

import json
import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources

import quickjs

from tutor.checks.failure import CheckFailure, where

SLOT = 10_000  # lines each file may have
_MAYBE_MODULE = re.compile(r"^\s*(import|export)\b", re.MULTILINE)
_ACORN_PLACE = re.compile(r"\((\d+):(\d+)\)")

# Evaluated on its own, before the files, so it takes none of their lines.
RUNTIME = r"""
globalThis.__tutor_modules = {factories: {}, maps: {}, cache: {}};
globalThis.__tutor_define = function __tutor_define(name, map, factory) {
  __tutor_modules.factories[name] = factory; __tutor_modules.maps[name] = map;
};
globalThis.__tutor_export = function __tutor_export(target, name, get) {
  Object.defineProperty(target, name, {get: get, enumerable: true, configurable: true});
};
globalThis.__tutor_export_all = function __tutor_export_all(target, from) {
  Object.keys(from).forEach(function (key) {
    if (key !== "default") __tutor_export(target, key, function () { return from[key]; });
  });
};
globalThis.__tutor_load = function __tutor_load(name) {
  var modules = __tutor_modules;
  if (name in modules.cache) return modules.cache[name];
  var exports = modules.cache[name] = {};
  var map = modules.maps[name];
  modules.factories[name](exports, function __tutor_import(spec) {
    return __tutor_load(map[spec]);
  });
  return exports;
};
"""


@dataclass
class Linked:
    head: str
    body: str
    imports: list[str]
    module: bool


@dataclass
class ModuleProgram:
    """The files in slot order and the one script that defines them all."""

    entry: str
    files: list[str] = field(default_factory=list)
    code: str = ""

    def locate(self, line: int | None) -> tuple[str, int | None]:
        """The learner's file and line for a line of the combined script."""
        if line is None:
            return self.entry, None
        slot, within = divmod(line - 1, SLOT)
        if slot < len(self.files):
            return self.files[slot], within + 1
        return self.entry, None


_linker_context: quickjs.Context | None = None


def preload() -> None:
    """Load acorn once per process (the warm helper calls this before it forks)."""
    _linker()


def _linker() -> quickjs.Context:
    global _linker_context
    if _linker_context is None:
        context = quickjs.Context()
        vendor = resources.files("tutor.checks") / "vendor"
        context.eval((vendor / "acorn.js").read_text(encoding="utf-8"))
        here = resources.files("tutor.checks")
        context.eval((here / "jsmodules_linker.js").read_text(encoding="utf-8"))
        _linker_context = context
    return _linker_context


def looks_like_module(source: str) -> bool:
    return bool(_MAYBE_MODULE.search(source))


def link(source: str, filename: str) -> Linked:
    """Rewrite one file's import/export; a syntax error becomes a beginner's message."""
    context = _linker()
    context.set("__tutor_source", source)
    try:
        data = json.loads(context.eval("__tutor_link(__tutor_source)"))
    except quickjs.JSException as error:
        first = str(error).strip().splitlines()[0]
        place = _ACORN_PLACE.search(first)
        line = int(place.group(1)) if place else None
        what = _ACORN_PLACE.sub("", first).replace("SyntaxError: ", "").strip()
        raise CheckFailure(
            f"{where(filename, line)}: JavaScript cannot read this ({what}). Look for a missing "
            "bracket, quote or comma on this line or just before it.",
            filename,
            line,
        ) from None
    return Linked(data["head"], data["body"], data["imports"], data["module"])


def resolve(spec: str, importer: str, exists: Callable[[str], bool]) -> str | None:
    """'./two-fer' imported by 'two-fer.test.js' -> 'two-fer.js' (with or without .js)."""
    if not spec.startswith(("./", "../", "/")):
        return None
    base = posixpath.normpath(posixpath.join(posixpath.dirname(importer), spec)).lstrip("/")
    for name in (base, base + ".js", base + ".mjs", posixpath.join(base, "index.js")):
        if exists(name):
            return name
    return None


def link_all(
    entry: str, read: Callable[[str], str | None], first: Linked | None = None
) -> list[tuple[str, str, str]]:
    """(name, source, definition) for `entry` and every file it imports, entry first.

    A definition's first line holds the learner's line 1, so it can sit in a slot.
    """
    out: list[tuple[str, str, str]] = []
    queue = [entry]
    seen = {entry}
    while queue:
        name = queue.pop(0)
        source = read(name)
        if source is None:
            raise CheckFailure(f"There is no file called {name}.", name)
        linked = first if (first is not None and name == entry) else link(source, name)
        if source.count("\n") >= SLOT - 2:
            raise CheckFailure(
                f"{name} is too long for the checks ({SLOT - 2} lines at most).", name
            )
        mapping: dict[str, str] = {}
        for spec in linked.imports:
            found = resolve(spec, name, lambda n: read(n) is not None)
            if found is None:
                line = _line_of(source, spec)
                hint = (
                    "Only your own files can be imported here: start the name with ./"
                    if not spec.startswith(".")
                    else f"Check the file's name (capital letters count) and that it is in "
                    f"the same folder as {posixpath.basename(name)}."
                )
                raise CheckFailure(
                    f"{where(name, line)}: imports '{spec}', but there is no such file. {hint}",
                    name,
                    line,
                )
            mapping[spec] = found
            if found not in seen:
                seen.add(found)
                queue.append(found)
        definition = (
            f"__tutor_define({json.dumps(name)}, {json.dumps(mapping)}, "
            f'function (__tutor_exports, __tutor_import) {{"use strict";{linked.head}'
            f"{linked.body}\n}});"
        )
        out.append((name, source, definition))
    return out


def build(
    entry: str, read: Callable[[str], str | None], first: Linked | None = None
) -> ModuleProgram:
    """Link `entry` and every file it imports, found with `read(name)` (None: no such file)."""
    program = ModuleProgram(entry)
    chunks: list[str] = []
    used = 0
    for slot, (name, _source, definition) in enumerate(link_all(entry, read, first)):
        program.files.append(name)
        # Pad so the file's line 1 is line slot * SLOT + 1.
        chunks.append("\n" * (slot * SLOT - used))
        chunks.append(definition)
        used = slot * SLOT + definition.count("\n")
    program.code = "".join(chunks)
    return program


def _line_of(source: str, spec: str) -> int | None:
    for number, text in enumerate(source.splitlines(), 1):
        if spec in text and ("import" in text or "from" in text):
            return number
    return None
