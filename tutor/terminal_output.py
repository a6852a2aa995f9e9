"""How the CLI writes to the terminal: Rich on a terminal, plain text in a pipe.

Learners read this on old terminals and instructors pipe it into files, so:
colour only when stdout is a terminal and NO_COLOR is unset (Rich checks
both), ASCII words (PASS/FAIL) instead of symbols when piped, and no line
wrapping in a pipe so that every item stays on one greppable line. Every
text goes through safe_text.visible first: an escape sequence in a learner's
output or a lesson's title is shown, never obeyed by the terminal.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cached_property
from typing import TYPE_CHECKING, Any

from tutor.safe_text import json_safe, visible

# Rich is imported where it is used: `tutor check --json` and other piped output
# never draw with it, and importing it (markdown_it, pygments) costs ~70 ms.
if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

# Styles carry meaning in words too, so nothing is lost without colour.
STYLE_PASS = "green"
STYLE_FAIL = "red"
STYLE_DIM = "dim"
STYLE_TITLE = "bold"
STYLE_COMMAND = "bold cyan"

LEXERS = {
    ".py": "python",
    ".html": "html",
    ".css": "css",
    ".js": "javascript",
    ".sql": "sql",
    ".diff": "diff",
}


def _safe(part: str | Text) -> str | Text:
    """part with its control characters made visible (a Text keeps its styles)."""
    if isinstance(part, str):
        return visible(part)
    plain = part.plain
    safe = visible(plain)
    if safe != plain:
        part = part.copy()
        part.plain = safe  # one character for one: the spans stay where they were
    return part


class Output:
    """One place that decides how things look: symbols, colour, Markdown, tables."""

    @cached_property
    def console(self) -> Console:
        from rich.console import Console

        # file=None makes Rich look up sys.stdout on every write (pytest's capsys swaps it).
        return Console(highlight=False, emoji=False, markup=False)

    @cached_property
    def errors(self) -> Console:
        from rich.console import Console

        return Console(stderr=True, highlight=False, emoji=False, markup=False)

    @cached_property
    def fancy(self) -> bool:
        return self.console.is_terminal and not os.environ.get("TUTOR_PLAIN")

    @contextmanager
    def paged(self) -> Iterator[None]:
        """Long reading through the system's pager when printing to a terminal.

        Rich hands the text to pydoc's pager: $PAGER, else `less` (told to keep
        colours), else a plain built-in one, so it works on a bare machine too.
        """
        if not self.fancy or os.environ.get("TUTOR_NO_PAGER"):
            yield
            return
        os.environ.setdefault("LESS", "-R")
        with self.console.pager(styles=True):
            yield

    # --- words and symbols -------------------------------------------------

    def mark(self, status: str) -> Text:
        """The tick or cross for a check status, as text that survives a pipe."""
        from rich.text import Text

        if status == "pass":
            return Text("✓" if self.fancy else "PASS", style=STYLE_PASS)
        if status == "error":
            return Text("!" if self.fancy else "ERROR", style=STYLE_FAIL)
        return Text("✗" if self.fancy else "FAIL", style=STYLE_FAIL)

    def status_mark(self, status: str) -> Text:
        """Marks for done / started / not started / locked in lists."""
        from rich.text import Text

        # Symbols a plain Linux console font has; the status word is printed beside them.
        symbols = {"done": "✓", "started": "▸", "not started": "·", "locked": "-"}
        words = {
            "done": "[done]",
            "started": "[started]",
            "not started": "[ ]",
            "locked": "[locked]",
        }
        styles = {"done": STYLE_PASS, "started": "yellow", "locked": STYLE_DIM}
        if self.fancy:
            return Text(symbols.get(status, status), style=styles.get(status, ""))
        word = words.get(status, status)
        return Text(word.ljust(max(map(len, words.values()))), style=styles.get(status, ""))

    # --- writing ------------------------------------------------------------

    def line(self, *parts: str | Text, style: str = "") -> None:
        from rich.text import Text

        text = Text(style=style)
        for part in parts:
            text.append(_safe(part))
        self.console.print(text, soft_wrap=not self.fancy)

    def indented(self, text: str, indent: int, style: str = "") -> None:
        """A paragraph whose wrapped lines keep the indent (on a terminal)."""
        text = visible(text)
        if self.fancy:
            from rich.padding import Padding
            from rich.text import Text

            self.console.print(Padding(Text(text, style=style), (0, 0, 0, indent)))
        else:
            self.line(" " * indent, text, style=style)

    def blank(self) -> None:
        self.console.print()

    def title(self, text: str) -> None:
        self.line(text, style=STYLE_TITLE)

    def command(self, before: str, command: str, after: str = "") -> None:
        """A sentence that ends in a command to type, with the command stand out."""
        from rich.text import Text

        self.line(before, Text(command, style=STYLE_COMMAND), after)

    def markdown(self, text: str) -> None:
        """Lesson text: rendered on a terminal, left as written (readable) in a pipe."""
        text = visible(text)
        if self.fancy:
            from rich.markdown import Markdown

            self.console.print(Markdown(text.strip()))
        else:
            self.console.print(text.strip(), soft_wrap=True)

    def code(self, text: str, filename: str) -> None:
        text = visible(text)
        suffix = os.path.splitext(filename)[1]
        if self.fancy:
            from rich.syntax import Syntax

            lexer = LEXERS.get(suffix, "text")
            numbered = lexer != "diff"  # a diff's own line numbers are in its @@ lines
            self.console.print(Syntax(text, lexer, line_numbers=numbered, word_wrap=True))
        else:
            self.console.print(text.rstrip("\n"), soft_wrap=True)

    def table(self, headers: list[str], rows: Sequence[Sequence[str | Text]]) -> None:
        from rich.text import Text

        headers = [visible(header) for header in headers]
        rows = [[_safe(cell) for cell in row] for row in rows]
        if self.fancy:
            from rich.table import Table

            table = Table(*headers, header_style=STYLE_TITLE)
            for row in rows:
                table.add_row(*row)
            self.console.print(table)
            return
        # In a pipe: columns padded with spaces, easy to read and to awk.
        plain = [headers] + [[c.plain if isinstance(c, Text) else c for c in row] for row in rows]
        widths = [max(len(row[i]) for row in plain) for i in range(len(headers))]
        for plain_row in plain:
            cells = (cell.ljust(width) for cell, width in zip(plain_row, widths, strict=True))
            self.line("  ".join(cells).rstrip())

    def clear(self) -> None:
        if self.fancy:
            self.console.clear()

    def error(self, message: str) -> None:
        """A plain sentence on stderr: what went wrong and what to do next."""
        from rich.text import Text

        self.errors.print(Text(visible(message), style=STYLE_FAIL), soft_wrap=True)

    def note(self, message: str) -> None:
        """Side remarks (warnings about the course) go to stderr, out of piped data."""
        from rich.text import Text

        self.errors.print(Text(visible(message), style="yellow"), soft_wrap=True)

    def json(self, data: Any) -> None:
        # Straight to stdout: Rich would wrap long strings and break the JSON.
        sys.stdout.write(json_safe(json.dumps(data, indent=2, ensure_ascii=False)) + "\n")
        sys.stdout.flush()
