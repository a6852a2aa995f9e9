"""JavaScript in a sandbox (quickjs): call the learner's functions, read what they logged.

quickjs has no files, network, `require` or `process`. With a time limit set,
JavaScript cannot call back into Python, so `console` is written in plain JS
and its lines are read back afterwards.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import quickjs

from tutor.checks import jsmodules
from tutor.checks.failure import CheckFailure, close_name, has_instead, where
from tutor.checks.js_values import RAW_REPLACER, UNDEFINED, from_raw_json, js_repr

DEFAULT_TIME_LIMIT = 2.0  # seconds per run of the learner's code
DEFAULT_MEMORY_LIMIT = 64 * 1024 * 1024

# Evaluated on its own before the learner's script, so their line numbers stay right.
_CONSOLE = r"""
globalThis.__tutor_console = [];
(function () {
  function __tutor_show(value) {
    if (typeof value === "string") return value;
    if (value === undefined) return "undefined";
    if (typeof value === "function") return "[Function]";
    if (typeof value === "object" && value !== null && !(value instanceof Error)) {
      try { return JSON.stringify(value); } catch (e) { return String(value); }
    }
    return String(value);
  }
  function __tutor_log() {
    globalThis.__tutor_console.push(Array.prototype.map.call(arguments, __tutor_show).join(" "));
  }
  var log = __tutor_log;
  globalThis.console = {log: log, info: log, warn: log, error: log, debug: log};
})();
"""

_ONLY_IN = {
    **dict.fromkeys(
        (
            "document",
            "window",
            "alert",
            "prompt",
            "confirm",
            "localStorage",
            "fetch",
            "setTimeout",
            "setInterval",
        ),
        "a web browser",
    ),
    **dict.fromkeys(("require", "process", "module", "exports", "__dirname"), "Node"),
}
_FRAME = re.compile(r"at (?P<fn>\S+) \(?<input>:(?P<line>\d+)(?::(?P<col>\d+))?\)?")
_NAME = re.compile(r"^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$")
_IDENTIFIER = re.compile(r"[A-Za-z_$][\w$]*")
# Names a script declares: `function total(`, `const total =`, `class Counter`.
_DECLARED = re.compile(r"\b(?:function\s*\*?|class|const|let|var)\s+([A-Za-z_$][\w$]*)")
# What a beginner's script may mean besides its own names.
_JS_NAMES = (
    "console",
    "Math",
    "JSON",
    "Number",
    "String",
    "Array",
    "Object",
    "Boolean",
    "Date",
    "parseInt",
    "parseFloat",
    "isNaN",
    "undefined",
    "null",
    "true",
    "false",
    "return",
    "function",
    "const",
    "let",
    "var",
    "if",
    "else",
    "for",
    "while",
    "this",
    "new",
    "typeof",
)


class JsProgram:
    """The learner's script, run once in a fresh quickjs context."""

    def __init__(
        self,
        source: str,
        filename: str = "script.js",
        time_limit: float = DEFAULT_TIME_LIMIT,
        memory_limit: int = DEFAULT_MEMORY_LIMIT,
        read: Callable[[str], str | None] | None = None,
    ) -> None:
        """read(name): another of the learner's files, for `import` (None: no such file)."""
        self.filename = filename
        self.modules: jsmodules.ModuleProgram | None = None
        self.source = source
        self.time_limit = time_limit
        self.context = quickjs.Context()
        self.context.set_time_limit(time_limit)
        self.context.set_memory_limit(memory_limit)
        self.context.eval(_CONSOLE)
        linked = jsmodules.link(source, filename) if jsmodules.looks_like_module(source) else None
        if linked is None or not linked.module:
            self._run(source, learner=True, doing=f"running {filename}")
            return
        own = {filename: source}
        self.modules = jsmodules.build(filename, lambda n: own.get(n) or (read and read(n)), linked)
        self.context.eval(jsmodules.RUNTIME)
        self._run(self.modules.code, learner=True, doing=f"reading {filename}")
        # The checks call the module's exports by name, as they call a script's functions.
        self._run(
            f"Object.assign(globalThis, __tutor_load({json.dumps(filename)}))",
            learner=True,
            doing=f"running {filename}",
        )

    def __repr__(self) -> str:
        return f"JsProgram({self.filename!r})"

    @property
    def console(self) -> list[str]:
        """The lines the program has written with console.log so far."""
        return json.loads(self.context.eval("JSON.stringify(globalThis.__tutor_console)"))

    def clear_console(self) -> None:
        self.context.eval("globalThis.__tutor_console.length = 0")

    def has_function(self, name: str) -> bool:
        _check_name(name)
        return bool(self.context.eval(f"typeof {name} === 'function'"))

    def call(self, name: str, *args: Any, raw: bool = False) -> Any:
        """`name(*args)` with Python values as arguments; the result comes back as Python.

        By default `undefined`, NaN and functions come back as None, as JSON has
        them. With raw=True, `undefined` comes back as UNDEFINED (never None,
        which is `null`) and NaN and the infinities as floats.
        """
        _check_name(name)
        kind = self.context.eval(
            f"(() => {{ try {{ return typeof {name}; }} catch (e) {{ return 'undefined'; }} }})()"
        )
        if kind != "function":
            found = "" if kind == "undefined" else f" ({name} is a {kind}, not a function)"
            example = f"function {name}(...) {{"
            meant = has_instead(name, _DECLARED.findall(self.source))
            raise CheckFailure(
                f"{self.filename} has no function called {name}{found}.{meant} Write one that "
                f"starts with {example}\nLike this:\n  {example}\n    ...\n  }}\nCheck the "
                f"spelling: capital letters count.",
                self.filename,
            )
        arguments = ", ".join(js_repr(a) for a in args)
        return self.eval(f"{name}({arguments})", doing=f"calling {name}({arguments})", raw=raw)

    def eval(self, expression: str, doing: str | None = None, raw: bool = False) -> Any:
        """Evaluate a JS expression after the script; objects and arrays come back as Python."""
        return self._value_of(f"({expression})", doing or f"working out {expression}", raw)

    def run(self, statements: str, raw: bool = False) -> Any:
        """Run statements as a function body with the script loaded; its `return` comes back.

        For classes and objects that need a few steps:
        program.run("const c = new Counter(); c.add(2); return c.total;").
        Variables made here stay inside the function, so tests do not leak into each other.
        """
        # Named __tutor_* so that error lines skip this frame and name the learner's line.
        code = f"(function __tutor_run() {{\n{statements}\n}})()"
        shown = " ".join(statements.split())
        shown = shown if len(shown) <= 80 else shown[:77] + "..."
        return self._value_of(code, f"running {shown}", raw)

    def _value_of(self, expression: str, doing: str, raw: bool) -> Any:
        replacer = f", {RAW_REPLACER}" if raw else ""
        text = self._run(f"JSON.stringify([{expression}]{replacer})", learner=False, doing=doing)
        if text is None:  # JSON.stringify gives undefined only for odd values
            return UNDEFINED if raw else None
        value = json.loads(text)[0]
        return from_raw_json(value) if raw else value

    def _run(self, code: str, learner: bool, doing: str) -> Any:
        try:
            return self.context.eval(code)
        except quickjs.StackOverflow as error:
            filename, line = self._locate(_learner_line(str(error), learner))
            raise CheckFailure(
                f"{where(filename, line)}: while {doing}, a function kept calling itself "
                f"and never stopped (Maximum call stack size exceeded). Check that it has a "
                f"case where it returns without calling itself.",
                filename,
                line,
            ) from None
        except quickjs.JSException as error:
            raise self._explain(str(error), learner, doing) from None

    def _explain(self, text: str, learner: bool, doing: str) -> CheckFailure:
        first = text.strip().splitlines()[0] if text.strip() else ""
        filename, line = self._locate(_learner_line(text, learner))
        place = where(filename, line)
        if "InternalError: interrupted" in first:
            top = next(
                (m for m in _FRAME.finditer(text) if not m.group("fn").startswith("__tutor")), None
            )
            if top and top.group("col") == "1":
                line = None  # column 1 is where the function or script starts, not the loop
            near = f" (near {where(filename, line)})" if line else ""
            return CheckFailure(
                f"Your JavaScript ran for more than {self.time_limit:g} seconds while "
                f"{doing}{near}; it may be stuck in a loop that never ends. Check that each "
                f"loop's condition becomes false at some point.",
                filename,
                line,
            )
        if first in ("", "null") or "out of memory" in first:
            return CheckFailure(
                f"Your JavaScript used up all the memory it may use while {doing}. A loop "
                f"may be adding to an array or string forever.",
                filename,
                line,
            )
        if self.modules is None and first.startswith(
            ("SyntaxError: unsupported keyword: export", "SyntaxError: unsupported keyword: import")
        ):
            return CheckFailure(
                f"{place}: the checks run {filename} as a plain script, where import and "
                f"export are not allowed. Remove the word export (or the import line).",
                filename,
                line,
            )
        if first.startswith("SyntaxError") and learner:
            return CheckFailure(
                f"{place}: JavaScript cannot read this ({first}). Look for a missing bracket, "
                f"quote or comma on this line or just before it.",
                filename,
                line,
            )
        missing = re.match(r"ReferenceError: '?(\w+)'? is not defined", first)
        if missing and missing.group(1) in _ONLY_IN:
            home = _ONLY_IN[missing.group(1)]
            return CheckFailure(
                f"{place}: {missing.group(1)} only exists in {home}, not where the checks "
                f"run your script ({first}).",
                filename,
                line,
            )
        if missing and not learner and line is None:  # the checks' own code named it
            meant = has_instead(missing.group(1), _DECLARED.findall(self.source))
            return CheckFailure(
                f"{filename} has nothing called {missing.group(1)}, so the checks cannot "
                f"use it ({first}, while {doing}).{meant} Check the spelling: capital letters "
                "count.",
                filename,
                line,
            )
        if missing:  # the learner's code used a name nothing defines
            names = {*_IDENTIFIER.findall(self.source), *_JS_NAMES}
            meant = close_name(missing.group(1), names, own=False)
            return CheckFailure(
                f"{place}: while {doing}, your JavaScript used the name {missing.group(1)}, "
                f"which nothing defines ({first}).{meant} Check the spelling (capital letters "
                "count), and that it is declared with let, const or function first.",
                filename,
                line,
            )
        return CheckFailure(
            f"{place}: while {doing}, your JavaScript stopped with {first}", filename, line
        )

    def _locate(self, line: int | None) -> tuple[str, int | None]:
        """The learner's file and line: with modules, each file has its own slot."""
        if self.modules is None or line is None:
            return self.filename, line
        return self.modules.locate(line)


def _learner_line(text: str, learner: bool) -> int | None:
    """The line in the learner's file where the error happened.

    Everything quickjs evaluates is called "<input>"; when we call a learner's
    function, the outermost frame is our own one-line call, so it is skipped.
    """
    # Our console functions (named __tutor_*) live in "<input>" too: skip them.
    frames = [
        (m.group("fn"), int(m.group("line")))
        for m in _FRAME.finditer(text)
        if not m.group("fn").startswith("__tutor")
    ]
    if not frames:
        bare = re.search(r"<input>:(\d+)", text)
        return int(bare.group(1)) if bare and learner else None
    if not learner:
        frames = frames[:-1]
    return frames[0][1] if frames else None


def _check_name(name: str) -> None:
    if not _NAME.match(name):
        raise ValueError(f"not a JavaScript name: {name!r}")


def load_js(path: Path | str, filename: str | None = None, **limits: Any) -> JsProgram:
    """Run a JS file (no fixture needed): load_js("script.js", time_limit=0.5)."""
    path = Path(path)

    def read(name: str) -> str | None:
        other = path.parent / name
        return other.read_text(encoding="utf-8") if other.is_file() else None

    return JsProgram(path.read_text(encoding="utf-8"), filename or path.name, read=read, **limits)
