"""Exceptions raised by learner code, in plain words: what went wrong, where, what to try.

The facts come from the check's child (reporter.describe_exception): the
exception's type and its bases, its text, the frames, and the name the
learner probably meant. The words are made here, in the parent.
"""

from __future__ import annotations

import re
from typing import Any

from tutor.python_syntax import indentation_message
from tutor.runner.messages import Locator, at, explain_assertion, first_line
from tutor.runner.result import Where

NONE_HINT = (
    " The value was None: a function that ends without `return` gives back None. "
    "Check that your function returns its answer."
)


def explain_exception(
    info: dict[str, Any], locator: Locator, memory_mb: int
) -> tuple[str, Where | None]:
    """The message and place for an exception raised by learner (or test) code."""
    kind = info.get("type", "Exception")
    bases = set(info.get("bases", [kind]))
    text = info.get("text", "")
    where = locator.where_in_frames(info.get("frames", []))
    place = at(where)
    meant = f" Did you mean '{info['suggestion']}'?" if info.get("suggestion") else ""

    if "SyntaxError" in bases:
        syntax = info.get("syntax") or {}
        where = locator.where_in_file(syntax.get("file"), syntax.get("line")) or where
        shown = ""
        if syntax.get("text"):
            caret = " " * max((syntax.get("offset") or 1) - 1, 0) + "^"
            indent = len(syntax["text"]) - len(syntax["text"].lstrip())
            shown = f"\n\n    {syntax['text'][indent:]}\n    {caret[indent:] or '^'}"
        file, line = (where.file, where.line) if where else ("your file", "?")
        if "IndentationError" in bases:
            return indentation_message(file, line, syntax.get("msg", text), shown), where
        return (
            f"Python could not read line {line} of {file}: {syntax.get('msg', text)}.{shown}\n\n"
            "Check for a missing ':' at the end of the line, or a bracket or quote that "
            "is opened but never closed. Sometimes the mistake is on the line above.",
            where,
        )
    if "UnboundLocalError" in bases:
        name = _quoted(text)
        return (
            f"Your code used the variable {name} inside a function before giving it a value "
            f"there{place}. If you meant the variable outside the function, pass it in as an "
            "argument instead.",
            where,
        )
    if "NameError" in bases:
        name = _quoted(text)
        return (
            f"Python does not know the name {name}{place}.{meant} Check the spelling (capital "
            "letters count), and that it is defined (with = or def) before this line runs. "
            'Text needs quotes around it: "hello", not hello.',
            where,
        )
    if "ModuleNotFoundError" in bases:
        module = info.get("module") or _quoted(text).strip("'")
        return (
            f"Python could not find a file called {module}.py{place}. Check that the file "
            f"exists in your folder and is named exactly {module}.py (lowercase, no spaces, "
            "ending in .py).",
            where,
        )
    if "ImportError" in bases:
        match = re.search(r"cannot import name '([^']+)' from '([^']+)'", text)
        if match:
            return (
                f"The file {match.group(2)}.py has no function or variable called "
                f"'{match.group(1)}'{place}.{_has_instead(info)} Check the spelling on its "
                "`def` line, and that it is not indented inside something else.",
                where,
            )
        return f"Python could not import something{place}: {text}", where
    if "RecursionError" in bases:
        return (
            f"Your function keeps calling itself and never stops{place}. A function that "
            "calls itself needs a case where it returns without calling itself again, and "
            "each call must get closer to that case.",
            where,
        )
    if "MemoryError" in bases:
        return (
            f"Your code used more memory than a check may use ({memory_mb} MB){place}. Look "
            "for a list or string that keeps growing, for example in a loop that never ends.",
            where,
        )
    if "SystemExit" in bases:
        return (
            f"Your code called sys.exit() (or exit()){place}, which stops the whole program, "
            "so the check could not finish. Remove it: a function should `return` its answer.",
            where,
        )
    if "KeyboardInterrupt" in bases:
        return (
            f"Your code raised KeyboardInterrupt{place} (the same as pressing Ctrl+C), which "
            "stops everything. Remove it, or raise a more fitting error such as ValueError.",
            where,
        )
    if "EOFError" in bases:
        return (
            f"Your code called input(){place}, but nobody types during a check. Take the "
            "value as a function argument instead of asking for it.",
            where,
        )
    if "AssertionError" in bases:
        return explain_assertion(info, None), where
    # Imported here: a passing check need not pay for reading test sources (~1 ms).
    from tutor.runner.blame import blame

    blamed = blame(info, locator)  # the check's own error, or one the learner raised on purpose
    if blamed is not None:
        return blamed
    specific = _explain_common(kind, bases, text)
    if specific:
        return f"{specific[0]}{place}.{meant} {specific[1]}", where
    return f"Your code raised {kind}{place}: {first_line(text)}", where


def _has_instead(info: dict[str, Any]) -> str:
    """For a name the checks import: the learner's file has one spelt a little differently."""
    near = info.get("suggestion")
    return f" It has '{near}': is that the one, spelt differently?" if near else ""


def _quoted(text: str) -> str:
    match = re.search(r"'([^']+)'", text)
    return f"'{match.group(1)}'" if match else "a name"


def _explain_common(kind: str, bases: set[str], text: str) -> tuple[str, str] | None:
    none_hint = NONE_HINT if "NoneType" in text else ""
    if "ZeroDivisionError" in bases:
        return (
            "Your code divided by zero",
            "Check the number you divide by; if it can be 0, handle that case first with an if.",
        )
    if "IndexError" in bases:
        return (
            "Your code asked for a position that a list (or string) does not have",
            "Positions start at 0, so the last of 3 items is at [2]. Check loops that "
            "count past the end.",
        )
    if "KeyError" in bases:
        return (
            f"Your code looked up the key {text} in a dictionary that does not have it",
            "Check the spelling of the key, or use .get(key) if it may be missing.",
        )
    if "TypeError" in bases:
        if re.search(r"positional argument|takes \d+|required (keyword|positional)", text):
            return (
                f"A function was called with the wrong number of arguments ({text})",
                "Compare the `def` line with the place that calls the function.",
            )
        if re.search(r"concatenate str|'str' and 'int'|'int' and 'str'", text):
            return (
                "Your code tried to add text (a str) and a number (an int)",
                "Use str(number) to turn a number into text, or int(text) to turn text "
                "into a number.",
            )
        return (
            f"Python cannot do this with these kinds of values ({text})",
            "Check what type each value is, for example with print(type(value))." + none_hint,
        )
    if "AttributeError" in bases:
        module = re.search(r"module '([^']+)' has no attribute '([^']+)'", text)
        if module:
            return (
                f"The file {module.group(1)}.py has nothing called '{module.group(2)}'",
                "Check the spelling, and that the def is not indented inside another function.",
            )
        return (
            f"Your code used a name after a dot that this value does not have ({text})",
            "Check the spelling after the dot." + none_hint,
        )
    if "OSError" in bases and "Read-only file system" in text:
        path = _quoted(text)
        return (
            f"Your code tried to change {path}, a file of the course, which no code may "
            "change during a check",
            "Write your files in your own exercise folder: a name with no folder in front, "
            "like open('notes.txt', 'w'), lands there.",
        )
    if "OSError" in bases and "File too large" in text:
        return (
            "Your code wrote a file bigger than a check allows",
            "Look for a loop that keeps writing to a file.",
        )
    if "ValueError" in bases:
        return (
            f"A value had the right type but a wrong content ({text})",
            "For example int('abc') cannot work. Check the value you pass.",
        )
    return None
