"""Find the line where a key stands in a TOML file.

tomllib gives values but no positions, and an author needs `file:line` to
fix a mistake. This scanner is not a TOML parser: it runs on text that
tomllib has already accepted, skips strings and comments (so a `[[exercises]]`
inside a Markdown code block does not count), and records the line of every
table header and every `key =` that starts a line. That is enough to point
at nearly every key; `KeyLines.line_of` falls back to the nearest enclosing
key or header that it did find.
"""

from __future__ import annotations

import re

KeyPath = tuple[str | int, ...]

_BARE_OR_QUOTED = r"""(?:[A-Za-z0-9_-]+|"(?:[^"\\\n]|\\.)*"|'[^'\n]*')"""
_DOTTED = rf"{_BARE_OR_QUOTED}(?:[ \t]*\.[ \t]*{_BARE_OR_QUOTED})*"

# One alternation, tried left to right at each position; the anchored
# alternatives (headers, keys) only match at the start of a line.
_TOKEN = re.compile(
    rf"""
      (?P<array_header>^[ \t]*\[\[[ \t]*(?P<array_name>{_DOTTED})[ \t]*\]\])
    | (?P<table_header>^[ \t]*\[[ \t]*(?P<table_name>{_DOTTED})[ \t]*\])
    | (?P<key_line>^[ \t]*(?P<key>{_DOTTED})[ \t]*=)
    | \"\"\"(?:\\.|[^\\])*?\"\"\"\"{{0,2}}
    | '''[\s\S]*?''''{{0,2}}
    | "(?:[^"\\\n]|\\.)*"
    | '[^'\n]*'
    | \#[^\n]*
    | (?P<open>[\[{{])
    | (?P<close>[\]}}])
    """,
    re.MULTILINE | re.VERBOSE | re.DOTALL,
)
_KEY_PART = re.compile(_BARE_OR_QUOTED)


def _split_dotted(dotted: str) -> list[str]:
    parts = []
    for match in _KEY_PART.finditer(dotted):
        part = match.group(0)
        if part[:1] in "\"'":
            part = part[1:-1]
        parts.append(part)
    return parts


class KeyLines:
    """Line numbers (1-based) of the keys and tables of one TOML text."""

    def __init__(self, text: str) -> None:
        self._lines: dict[KeyPath, int] = {}
        self._scan(text)

    def line_of(self, path: KeyPath) -> int | None:
        """The line of `path`, or of its nearest enclosing key we know."""
        for end in range(len(path), 0, -1):
            line = self._lines.get(path[:end])
            if line is not None:
                return line
        return None

    def _record(self, path: KeyPath, line: int) -> None:
        self._lines.setdefault(path, line)

    def _scan(self, text: str) -> None:
        array_counts: dict[KeyPath, int] = {}
        table: KeyPath = ()
        depth = 0  # inside [...] or {...} values, where lines do not start keys
        line = 1
        counted_to = 0
        for match in _TOKEN.finditer(text):
            # lastgroup is the outermost named group that matched
            kind = match.lastgroup
            if kind == "open":
                depth += 1
                continue
            if kind == "close":
                depth = max(0, depth - 1)
                continue
            if kind is None:
                continue
            if depth:
                continue  # a nested array at the start of a line, not a header
            start = match.start()
            line += text.count("\n", counted_to, start)
            counted_to = start
            if kind == "key_line":
                self._record(table + tuple(_split_dotted(match.group("key"))), line)
                continue
            name = (
                match.group("array_name") if kind == "array_header" else match.group("table_name")
            )
            table = self._resolve(_split_dotted(name), array_counts)
            if kind == "array_header":
                self._record(table, line)
                count = array_counts.get(table, 0)
                array_counts[table] = count + 1
                table = (*table, count)
            self._record(table, line)

    @staticmethod
    def _resolve(parts: list[str], array_counts: dict[KeyPath, int]) -> KeyPath:
        """The key path of a header: `exercises.steps` -> ("exercises", 2, "steps")."""
        path: KeyPath = ()
        for part in parts[:-1]:
            path = (*path, part)
            if path in array_counts:
                path = (*path, array_counts[path] - 1)
        return (*path, *parts[-1:])
