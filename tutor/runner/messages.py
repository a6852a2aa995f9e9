"""Plain words for beginners: what went wrong, where, and what to try.

Learners cannot search the web for an error message, so every message here
explains itself. Input is the facts the reporter sent (reporter.describe_exception).
"""

from __future__ import annotations

import ast
import os
import re
from pathlib import Path
from typing import Any

from tutor.runner.result import Where
from tutor.runner.timeouts import (
    LANGUAGE_FILES,
    Stuck,
    dump_frames,
    endless_sql_line,
    language_of_frame,
)


def readable_name(function: str, param: str | None = None, doc: str = "") -> str:
    """test_page_has_a_heading -> "page has a heading"; a docstring's first line wins."""
    if doc:
        name = doc
    else:
        name = function[5:] if function.startswith("test_") else function
        name = name.replace("_", " ").strip() or function
    return f"{name} [{param}]" if param else name


class Locator:
    """Turns absolute paths into the learner's view: files relative to their folder."""

    def __init__(self, workspace: Path, test_files: list[Path]) -> None:
        self.workspace = workspace.resolve()
        self.test_files = {p.resolve() for p in test_files}

    def _inside(self, file: str) -> Path | None:
        try:
            path = Path(file).resolve()
            return path.relative_to(self.workspace)
        except (ValueError, OSError):
            return None

    def where_in_frames(self, frames: list[dict[str, Any]]) -> Where | None:
        """The deepest frame in the learner's own code; their test files only as a fallback."""
        fallback = None
        for frame in reversed(frames):
            relative = self._inside(frame["file"])
            if relative is None:
                continue
            where = Where(relative.as_posix(), frame.get("line"))
            if Path(frame["file"]).resolve() not in self.test_files:
                return where
            fallback = fallback or where
        return fallback

    def where_in_file(self, file: str | None, line: int | None) -> Where | None:
        if not file:
            return None
        relative = self._inside(file)
        return Where(relative.as_posix() if relative else file, line)

    def where_in_dump(self, dump: str) -> Where | None:
        """faulthandler prints the most recent call first: `File "x.py", line 3 in f`."""
        return self.where_in_frames(list(reversed(dump_frames(dump))))

    def stuck_in_check(self, dump: str) -> Stuck | None:
        """The language when a timed-out check was stuck in the tutor's own check code.

        tutor/checks/sql.py running the learner's .sql, html*.py (or html5lib,
        BeautifulSoup) reading their .html, and so on. The learner's file is the
        one the instructor's test line names ("query.sql"), else the only file
        of that language in their folder.
        """
        frames = dump_frames(dump)
        found = [(at, language_of_frame(frame["file"])) for at, frame in enumerate(frames)]
        at, language = next(((at, lang) for at, lang in found if lang is not None), (0, None))
        if language is None:
            return None
        file = self._file_named_by_test(frames[at + 1 :], language)
        file = file or self._only_learner_file(language)
        line = endless_sql_line(self.workspace / file) if file and language == "sql" else None
        return Stuck(language, file, line)

    def guess_language(self) -> Stuck | None:
        """No stack to read (no faulthandler dump): the learner's files say the language."""
        names = self._learner_files()
        if any(name.endswith(".py") for name in names):
            return None
        found = {lang for lang, ends in LANGUAGE_FILES.items() for n in names if n.endswith(ends)}
        if len(found) != 1:
            return None
        language = found.pop()
        return Stuck(language, self._only_learner_file(language), None)

    def _file_named_by_test(self, frames: list[dict[str, Any]], language: str) -> str | None:
        """The file named on the instructor's test line that called the check code."""
        for frame in frames:
            try:
                path = Path(frame["file"]).resolve()
            except OSError:
                continue
            if path not in self.test_files:
                continue
            try:
                lines = path.read_text(encoding="utf-8").splitlines()
                text = lines[frame["line"] - 1]
            except (OSError, UnicodeDecodeError, IndexError):
                return None
            for match in re.finditer(r"[\"']([^\"'\s]+)[\"']", text):
                name = match.group(1)
                path = self.workspace / name
                ours = name.lower().endswith(LANGUAGE_FILES[language])
                if ours and self._inside(str(path)) is not None and path.is_file():
                    return Path(name).as_posix()
            return None
        return None

    def _only_learner_file(self, language: str) -> str | None:
        found = [n for n in self._learner_files() if n.lower().endswith(LANGUAGE_FILES[language])]
        return found[0] if len(found) == 1 else None

    def _learner_files(self, most: int = 200) -> list[str]:
        """Files at the top of the learner's folder, without copies of the tests."""
        names: list[str] = []
        try:
            with os.scandir(self.workspace) as entries:
                for entry in entries:
                    if len(names) >= most:
                        break
                    name = entry.name
                    if name.startswith((".", "test_")) or name == "conftest.py":
                        continue
                    if entry.is_file(follow_symlinks=False):
                        names.append(name)
        except OSError:
            return []
        return sorted(names)

    def loop_around(self, where: Where | None) -> tuple[Where, str] | None:
        """The innermost `while`/`for` around a stuck line, and which keyword it is."""
        if where is None or where.line is None:
            return None
        try:
            tree = ast.parse((self.workspace / where.file).read_text(encoding="utf-8"))
        except (OSError, SyntaxError, ValueError):
            return None
        best: ast.While | ast.For | None = None
        for node in ast.walk(tree):
            if isinstance(node, (ast.While, ast.For)):
                end = getattr(node, "end_lineno", None) or node.lineno
                inside = node.lineno <= where.line <= end
                if inside and (best is None or node.lineno > best.lineno):
                    best = node
        if best is None:
            return None
        return Where(where.file, best.lineno), "while" if isinstance(best, ast.While) else "for"


def at(where: Where | None) -> str:
    if where is None:
        return ""
    if where.line is None:
        return f" in {where.file}"
    return f" at line {where.line} of {where.file}"


def first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


def explain_assertion(info: dict[str, Any] | None, comparison: dict[str, str] | None) -> str:
    """The instructor's own message when there is one, then expected vs actual."""
    text = (info or {}).get("text", "")
    first = first_line(text)
    instructor = _instructor_message(text)
    parts = [instructor] if instructor else []
    already_said = (
        bool(instructor)
        and comparison is not None
        and all(comparison[side] in instructor for side in ("expected", "actual"))
    )
    # "None is not None" or "2.7750668044433198 >= 4.5, which is not true" adds nothing a
    # beginner can use to the author's own sentence (`assert found is not None, "..."`).
    quiet_ops = ("is", "is not", "<", "<=", ">", ">=")
    if instructor and comparison is not None and comparison.get("op") in quiet_ops:
        already_said = True
    if comparison and not already_said:
        parts.append(_comparison_text(comparison))
    elif not instructor:
        parts.append(f"This check failed: {first}" if first else "This check failed.")
    return "\n".join(parts)


def _instructor_message(text: str) -> str:
    """The author's whole message: every line before pytest's own `assert ...` explanation.

    Multi-line messages (a list of commit messages, a JS error under its summary)
    must reach the learner whole, not just their first line.
    """
    kept: list[str] = []
    rewritten = False
    for line in text.strip("\n").splitlines():
        if line.startswith("assert "):
            rewritten = True
            break
        kept.append(line.rstrip())
    if rewritten:
        # pytest indents an `assert x, msg` message's later lines by two spaces.
        kept[1:] = [line[2:] if line.startswith("  ") else line for line in kept[1:]]
    return "\n".join(kept).strip()


def _comparison_text(comparison: dict[str, str]) -> str:
    """By convention `assert actual <op> expected`: say it the way round a person would."""
    left, right, op = comparison["actual"], comparison["expected"], comparison.get("op", "==")
    if op == "==":
        return f"Expected {right}, but got {left}."
    if op == "in":
        return f"Expected to find {left} in {right}, but it is not there."
    if op == "not in":
        return f"Expected {left} not to be in {right}, but it is."
    if op == "!=":
        return f"Expected something other than {right}, but got exactly that."
    return f"This check needs {left} {op} {right}, which is not true."


def crash_message(exit_code: int | None, memory_mb: int) -> str:
    if exit_code is not None and exit_code < 0:
        if exit_code == -9:
            return (
                "Python was stopped by a KILL signal: either your code used too much memory "
                f"(a check may use {memory_mb} MB; look for a list or string that keeps "
                "growing), or it called os.kill()."
            )
        return (
            f"Python crashed (signal {-exit_code}) while running your code. If your code "
            "uses ctypes or sends signals, remove that; otherwise tell your instructor."
        )
    code = "" if not exit_code else f" with code {exit_code}"
    return (
        f"Your code stopped Python at once{code}, or closed files it did not open, so the "
        "check could not finish. Remove any call to os._exit(), os.kill() or os.close(): "
        "a function should `return` its answer."
    )


def checker_broken(code: int | None, text: str) -> str:
    """pytest itself could not start: the exercise's or the tutor's fault, not the learner's."""
    detail = "\n".join(text.strip().splitlines()[-8:])
    return (
        f"The checker could not start (pytest stopped with code {code}). This is not your "
        "fault: tell your instructor." + (f"\n\n{detail}" if detail else "")
    )


LEFT_RUNNING = (
    "Your code started another program (a child process) that was still running when the "
    "check ended; the tutor stopped it. If your code starts processes, wait for them to finish."
)

DEBUGGER = (
    "Your code started the Python debugger (pdb.set_trace()), which waits for someone to "
    "type, but nobody types during a check, so the debugger stopped it. Remove the pdb "
    "lines from your code before you check it."
)

NOT_RUN = "Not checked: the check stopped before it reached this test (see the first problem)."

STOPPED = "The check was stopped before it finished."


def output_cut_note(limit_bytes: int, dropped: int) -> str:
    size = f"{limit_bytes / 1_000_000:g} MB" if limit_bytes >= 1_000_000 else f"{limit_bytes} bytes"
    return (
        f"Your code printed more than {size}; only the start is shown "
        f"({dropped:,} more characters were left out). Printing inside a loop that runs "
        "many times can do this."
    )
