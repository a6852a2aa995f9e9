"""SQL with sqlite3: an in-memory database, the learner's statements with line numbers."""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from tutor.checks.failure import CheckFailure, did_you_mean, plural, where
from tutor.checks.files import missing_file_message
from tutor.spelling import closest_names
from tutor.sql_statements import Statement, split_statements

SQL_KEYWORDS = (
    "select",
    "from",
    "where",
    "insert",
    "into",
    "values",
    "update",
    "set",
    "delete",
    "create",
    "table",
    "drop",
    "alter",
    "add",
    "column",
    "join",
    "inner",
    "left",
    "right",
    "outer",
    "cross",
    "on",
    "using",
    "group",
    "by",
    "order",
    "having",
    "limit",
    "offset",
    "and",
    "or",
    "not",
    "null",
    "is",
    "in",
    "like",
    "between",
    "distinct",
    "as",
    "asc",
    "desc",
    "primary",
    "key",
    "foreign",
    "references",
    "unique",
    "default",
    "check",
    "index",
    "view",
    "integer",
    "text",
    "real",
    "blob",
    "numeric",
    "count",
    "sum",
    "avg",
    "min",
    "max",
    "case",
    "when",
    "then",
    "else",
    "end",
    "exists",
    "union",
    "all",
    "autoincrement",
    "begin",
    "commit",
    "rollback",
)

Row = tuple[Any, ...]


class Db:
    """An in-memory SQLite database. `folder` is where run_file finds the learner's files."""

    def __init__(self, folder: Path | str | None = None) -> None:
        self.folder = Path(folder) if folder is not None else Path.cwd()
        # Autocommit: the learner's BEGIN/COMMIT run as written, not inside one of ours.
        self.connection = sqlite3.connect(":memory:", isolation_level=None)
        self.columns: list[str] = []  # column names of the last SELECT

    def __enter__(self) -> Db:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.connection.close()

    def seed(self, path: Path | str) -> None:
        """Run an instructor's setup script (tables and rows)."""
        self.run_script(Path(path).read_text(encoding="utf-8"), Path(path).name)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """Run one statement; the rows it gives (empty for statements that give none)."""
        cursor = self.connection.execute(sql, params)
        self.columns = [d[0] for d in cursor.description or []]
        return [tuple(row) for row in cursor.fetchall()]

    def tables(self) -> list[str]:
        rows = self.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        return [name for (name,) in rows]

    def column_names(self, table: str) -> list[str]:
        return [row[1] for row in self.connection.execute(f'PRAGMA table_info("{table}")')]

    def run_file(self, name: str) -> list[Row]:
        """Run the learner's file, statement by statement; the rows of the last SELECT."""
        path = self.folder / name
        if not path.is_file():
            raise CheckFailure(missing_file_message(name), name)
        return self.run_script(path.read_text(encoding="utf-8"), name)

    def run_script(self, script: str, filename: str = "query.sql") -> list[Row]:
        statements = split_statements(script)
        if not statements:
            raise CheckFailure(f"{filename} has no SQL statements in it yet.", filename)
        rows: list[Row] = []
        for statement in statements:
            try:
                cursor = self.connection.execute(statement.text)
            except sqlite3.Error as error:
                raise self._explain(error, statement, filename) from None
            if cursor.description is not None:
                self.columns = [d[0] for d in cursor.description]
                rows = [tuple(row) for row in cursor.fetchall()]
        return rows

    def _explain(self, error: sqlite3.Error, statement: Statement, filename: str) -> CheckFailure:
        message = str(error)
        line = statement.line
        hint = ""
        near = re.match(r'near "(.+?)": syntax error', message)
        if near:
            line, hint = _near_hint(near.group(1), statement)
        elif message.startswith("incomplete input"):
            hint = " The statement stops too early: is a bracket or quote not closed?"
        elif message.startswith("no such table: "):
            hint = did_you_mean(message.split(": ", 1)[1], self.tables()) or (
                f" The tables are: {', '.join(self.tables()) or 'none yet'}."
            )
        elif message.startswith("no such column: "):
            columns = {c for t in self.tables() for c in self.column_names(t)}
            hint = did_you_mean(message.split(": ", 1)[1].split(".")[-1], columns)
        first = statement.text.splitlines()[0]
        return CheckFailure(
            f"{where(filename, line)}: {message}.{hint}\n  The statement starts: {first}",
            filename,
            line,
        )


def _keyword_hint(word: str) -> str:
    if word.lower() in SQL_KEYWORDS:
        return ""
    close = closest_names(word.lower(), SQL_KEYWORDS, cutoff=0.75)
    return f" Did you mean {close[0].upper()}?" if close else ""


def _near_hint(token: str, statement: Statement) -> tuple[int, str]:
    """The line of the token sqlite stopped at, and a guess at the misspelt keyword.

    sqlite often stops one word late: in "SELECT name FORM people", FORM is read
    as a nickname for the column and the error is near "people". So the word
    before the token is checked too.
    """
    if token == ";":
        return statement.line, " The statement ends too early: is a bracket not closed?"
    at = statement.text.find(token)
    if at < 0:
        return statement.line, _keyword_hint(token)
    hint = _keyword_hint(token)
    words = re.findall(r"[A-Za-z_]+", statement.text[:at])
    if not hint and words and _keyword_hint(words[-1]):
        before = statement.text.rfind(words[-1], 0, at)
        line = statement.line + statement.text.count("\n", 0, before)
        return line, f" '{words[-1]}' is not an SQL word.{_keyword_hint(words[-1])}"
    return statement.line + statement.text.count("\n", 0, at), hint


def _as_row(value: Any) -> Row:
    row = tuple(value) if isinstance(value, (tuple, list)) else (value,)
    # AVG() and division give floats like 30.000000000000004: compare them rounded.
    return tuple(round(v, 9) if isinstance(v, float) else v for v in row)


def _show(rows: Iterable[Row], most: int = 5) -> str:
    rows = list(rows)
    text = "\n".join(f"    {row!r}" for row in rows[:most])
    return text + (f"\n    ... and {len(rows) - most} more" if len(rows) > most else "")


def assert_rows(
    actual: Iterable[Any], expected: Iterable[Any], ordered: bool = False, what: str = "Your query"
) -> None:
    """Compare rows (tuples); the failure lists the missing and the extra rows."""
    got = [_as_row(r) for r in actual]
    want = [_as_row(r) for r in expected]
    if got == want:
        return
    if want and got and {len(r) for r in got} != {len(r) for r in want}:
        raise CheckFailure(
            f"{what} gives rows with {plural(len(got[0]), 'column')}, but each row should have "
            f"{len(want[0])}. Check the columns you list after SELECT.\n"
            f"  Expected rows like: {want[0]!r}\n  Got rows like:      {got[0]!r}"
        )
    missing = Counter(want) - Counter(got)
    extra = Counter(got) - Counter(want)
    if not missing and not extra:
        if not ordered:
            return
        raise CheckFailure(
            f"{what} gives the right rows, but in the wrong order. Check the ORDER BY.\n"
            f"  Expected this order:\n{_show(want)}\n  Got:\n{_show(got)}"
        )
    parts = [
        f"{what} gives {plural(len(got), 'row')}, but {len(want)} "
        f"{'was' if len(want) == 1 else 'were'} expected."
        if len(got) != len(want)
        else f"{what} gives some wrong rows."
    ]
    if missing:
        parts.append(f"  Missing (expected, but not in your result):\n{_show(missing.elements())}")
    if extra:
        parts.append(f"  Extra (in your result, but not expected):\n{_show(extra.elements())}")
    raise CheckFailure("\n".join(parts))
