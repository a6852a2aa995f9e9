"""Reading one TOML file into data plus a way to say where a key is."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python < 3.11
    import tomli as tomllib

from tutor.course.lines import KeyLines, KeyPath
from tutor.course.model import Problem, Severity

_WHERE = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$|\s*\(at end of document\)\s*$")

# tomllib's wording, and what it usually means for a lesson author.
_SYNTAX_HINTS = {
    "Cannot overwrite a value": "a key is set twice in the same section",
    "Cannot declare": "a [section] is written twice; use [[name]] for a list of sections",
    "Expected '=' after a key": (
        'every line must be key = value; text goes in quotes, like title = "Hello"'
    ),
    "Invalid value": 'strings need quotes, like "hello"; lists need brackets, like ["a", "b"]',
    "Unterminated string": (
        'a string is missing its closing quote (use """ for text over many lines)'
    ),
}


@dataclass
class TomlSource:
    """One parsed file: its data, and where each key stands in it."""

    path: Path
    data: dict[str, Any]
    text: str
    problems: list[Problem] = field(default_factory=list)
    _lines: KeyLines | None = None
    _header_lines: dict[str, list[int]] = field(default_factory=dict)

    def line_of(self, key_path: KeyPath) -> int | None:
        # Built on first use: most files have no problems and need no lines.
        if self._lines is None:
            self._lines = KeyLines(self.text)
        return self._lines.line_of(key_path)

    def section_line(self, name: str, index: int) -> int | None:
        """The line of the index-th [[name]] header, without scanning every key.

        When the headers found by a plain search match the parsed sections one
        for one, none of them hides in a string, so the quick answer is right.
        """
        if name not in self._header_lines:
            header = re.compile(rf"^[ \t]*\[\[[ \t]*{re.escape(name)}[ \t]*\]\]", re.MULTILINE)
            starts = [match.start() for match in header.finditer(self.text)]
            sections = self.data.get(name)
            quick = isinstance(sections, list) and len(starts) == len(sections)
            lines = []
            if quick:
                line, counted_to = 1, 0
                for start in starts:
                    line += self.text.count("\n", counted_to, start)
                    counted_to = start
                    lines.append(line)
            self._header_lines[name] = lines
        lines = self._header_lines[name]
        return lines[index] if index < len(lines) else self.line_of((name, index))

    def report(self, key_path: KeyPath, message: str, severity: Severity = Severity.ERROR) -> None:
        self.problems.append(Problem(self.path, self.line_of(key_path), message, severity))

    def warn(self, key_path: KeyPath, message: str) -> None:
        self.report(key_path, message, Severity.WARNING)


def read_toml(path: Path) -> TomlSource | Problem:
    """The parsed file, or the one Problem that stops it being read at all."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        return Problem(path, None, f"cannot read this file: {error.strerror or error}")
    try:
        text = raw.decode("utf-8-sig")  # -sig: editors on Windows may add a BOM
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return Problem(path, line, "this file is not UTF-8 text; save it as UTF-8 in your editor")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return _syntax_problem(path, text, str(error))
    except RecursionError:
        return Problem(path, None, "this file nests lists or tables too deeply to read")
    return TomlSource(path, data, text)


def _syntax_problem(path: Path, text: str, message: str) -> Problem:
    match = _WHERE.search(message)
    reason = _WHERE.sub("", message)
    line: int | None = None
    column: int | None = None
    if match and match.group(1):
        line, column = int(match.group(1)), int(match.group(2))
    elif match:
        line = text.count("\n") + 1
    plain = _plain_reason(reason, text, line)
    if plain:
        return Problem(path, line, f"this is not valid TOML: {plain}", Severity.ERROR, column)
    hint = next((words for start, words in _SYNTAX_HINTS.items() if reason.startswith(start)), None)
    words = f"this is not valid TOML: {reason}"
    if hint:
        words += f" ({hint})"
    return Problem(path, line, words, Severity.ERROR, column)


def _plain_reason(reason: str, text: str, line: int | None) -> str | None:
    """The common mistakes in the author's words rather than the parser's, or None."""
    lines = text.splitlines()
    source = lines[line - 1].strip() if line and line <= len(lines) else ""
    if reason.startswith("Illegal character") and ("\\n" in reason or "\\r" in reason):
        quote = next((mark for mark in ('"', "'") if mark in source), None)
        if quote:
            return (
                f"the text that starts with {quote} on this line has no closing {quote} before "
                f"the line ends. Add {quote} at the end of the text, like title = {quote}Hello"
                f"{quote}; for text over several lines, use three quotes: {quote * 3} ... "
                f"{quote * 3}"
            )
    if reason.startswith("Expected '=' after a key") and source:
        key = source.split()[0].strip("\"'")
        return (
            f"'{source[:40]}' needs an = between the key and its value, like "
            f'{key} = "..." (every line is key = value; text goes in quotes)'
        )
    return None
