"""A JavaScript error in a page's scripts, said for a beginner, at their file and line.

Everything quickjs runs is called "<input>", so the page's scripts are laid out
in numbered slots of SLOT_LINES lines (dom.py): line 30003 is line 4 of the
third script. The harness and linkedom live below the first slot and are
never blamed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tutor.checks.failure import CheckFailure, close_name, where

SLOT_LINES = 10_000

# What a page's script may mean besides its own names.
BROWSER_NAMES = (
    "console", "document", "window", "localStorage", "sessionStorage", "setTimeout",
    "setInterval", "clearTimeout", "clearInterval", "fetch", "alert", "confirm", "prompt",
    "Math", "JSON", "Number", "String", "Array", "Object", "Boolean", "Date", "Promise",
    "parseInt", "parseFloat", "isNaN", "undefined", "null", "true", "false", "Event",
)  # fmt: skip

_FRAME = re.compile(r"at (?P<fn>\S+) \(?<input>:(?P<line>\d+)(?::(?P<col>\d+))?\)?")
_BARE = re.compile(r"<input>:(?P<line>\d+)")
_NULL_USE = re.compile(
    r"TypeError: cannot (?:read|set) propert(?:y|ies) '?(?P<prop>[^' ]+)'? of "
    r"(?P<what>null|undefined)"
)
_NOT_FUNCTION = re.compile(r"TypeError: (?P<what>.+) is not a function")
# Methods a page's script calls most; a misspelt one is "not a function".
DOM_METHODS = (
    "addEventListener", "removeEventListener", "querySelector", "querySelectorAll",
    "getElementById", "getElementsByClassName", "getElementsByTagName", "createElement",
    "appendChild", "append", "prepend", "remove", "removeChild", "insertAdjacentHTML",
    "setAttribute", "getAttribute", "removeAttribute", "hasAttribute", "toggleAttribute",
    "preventDefault", "stopPropagation", "closest", "matches", "contains", "add", "toggle",
    "replace", "focus", "blur", "click", "submit", "reset", "getItem", "setItem",
    "removeItem", "forEach", "push", "map", "filter", "join", "trim", "toUpperCase",
    "toLowerCase", "then", "catch", "json", "text", "log",
)  # fmt: skip
_CALLED = re.compile(r"\.\s*([A-Za-z_$][\w$]*)\s*\(")
_MISSING = re.compile(r"ReferenceError: '?(?P<name>[\w$]+)'? is not defined")
_FINDER = re.compile(
    r"""(?:document|\w+)\s*\.\s*(?P<how>querySelector|getElementById|querySelectorAll)"""
    r"""\s*\(\s*(?P<q>['"`])(?P<sel>.*?)(?P=q)\s*\)"""
)


@dataclass(frozen=True)
class Slot:
    """Where one script of the page came from."""

    file: str  # the learner's file, as the workspace names it
    first_line: int  # the file's line that the slot's first line holds
    source: str  # that script's text, for the sentence


def place_of(stack: str, slots: dict[int, Slot]) -> tuple[Slot | None, int | None]:
    """The learner's file and line of the innermost frame that is theirs."""
    lines = [int(m.group("line")) for m in _FRAME.finditer(stack)]
    if not lines:
        lines = [int(m.group("line")) for m in _BARE.finditer(stack)]
    for line in lines:
        slot = slots.get(line // SLOT_LINES)
        if slot is not None:
            return slot, slot.first_line + line % SLOT_LINES
    return None, None


def explain(
    message: str,
    slots: dict[int, Slot],
    doing: str,
    page_ids: list[str],
    time_limit: float,
    finds: Callable[[str, str], bool] | None = None,
) -> CheckFailure:
    """A CheckFailure for a JSException's text raised while `doing` something to the page.

    finds(how, selector): whether the page has a match now, so that a querySelector on
    the line that did find its element is not blamed for another part's null.
    """
    first = message.strip().splitlines()[0] if message.strip() else ""
    slot, line = place_of(message, slots)
    file = slot.file if slot else None
    here = f"{where(slot.file, line)}: " if slot else ""
    if "interrupted" in first:
        # quickjs names the line it was on, or where the running function starts: "near".
        near = f" (near {where(slot.file, line)})" if slot else ""
        return CheckFailure(
            f"Your JavaScript ran for more than {time_limit:g} seconds while {doing}{near}; it "
            "may be stuck in a loop that never ends, or be doing far more work than a page "
            "needs (such as adding a million elements). Check that each loop's condition "
            "becomes false at some point, and that a timer or event does not start itself "
            "forever.",
            file,
            line,
        )
    if first in ("", "null") or "out of memory" in first:
        return CheckFailure(
            f"Your JavaScript used up all the memory it may use while {doing}. A loop may be "
            "adding elements or text forever.",
            file,
            line,
        )
    if first.startswith("SyntaxError"):
        return CheckFailure(
            f"{here}JavaScript cannot read this ({first}). Look for a missing bracket, quote "
            "or comma on this line or just before it.",
            file,
            line,
        )
    code_line = _source_line(slot, line)
    null_use = _NULL_USE.match(first)
    if null_use and slot is not None and line is not None:
        found = _finder_for(code_line, slot.source, line - slot.first_line + 1)
        if found is not None and finds is not None and finds(*found):
            found = None  # it found its element: something else on the line is null
        if found is not None:
            how, selector = found
            return CheckFailure(
                f"{here}{how}('{selector}') found nothing, so .{null_use.group('prop')} cannot "
                f"be used on it. {_nothing_matches(how, selector, page_ids)}",
                file,
                line,
            )
        return CheckFailure(
            f"{here}something on this line is {null_use.group('what')}, so "
            f".{null_use.group('prop')} cannot be used on it ({first}). If it came from "
            "querySelector or getElementById, check that the page has an element that "
            "matches.",
            file,
            line,
        )
    missing = _MISSING.match(first)
    if missing:
        sources = "\n".join(s.source for s in slots.values())
        names = {*re.findall(r"[A-Za-z_$][\w$]*", sources), *BROWSER_NAMES}
        meant = close_name(missing.group("name"), names, own=False)
        return CheckFailure(
            f"{here}your JavaScript used the name {missing.group('name')}, which nothing "
            f"defines ({first}).{meant} Check the spelling (capital letters count), and that "
            "it is declared with let, const or function first.",
            file,
            line,
        )
    if first == "TypeError: not a function":  # quickjs-ng does not name it: find it
        misspelt = _misspelt_method(code_line)
        if misspelt is not None:
            name, meant = misspelt
            return CheckFailure(
                f"{here}{name} is not a function, so it cannot be called ({first}).{meant}"
                + ("" if "Capital" in meant else " Capital letters count.")
                + " addEventListener, querySelector and textContent have capital letters in "
                "the middle.",
                file,
                line,
            )
    not_function = _NOT_FUNCTION.match(first)
    if not_function:
        return CheckFailure(
            f"{here}{not_function.group('what')} is not a function, so it cannot be called "
            f"({first}). Check the spelling of the method: addEventListener, querySelector, "
            "textContent and classList.add have capital letters in the middle.",
            file,
            line,
        )
    return CheckFailure(f"{here}while {doing}, your JavaScript stopped with {first}", file, line)


def _misspelt_method(code_line: str) -> tuple[str, str] | None:
    """A method called on this line that is a near miss of a DOM method, and the hint."""
    for name in _CALLED.findall(code_line):
        if name in DOM_METHODS:
            continue
        meant = close_name(name, DOM_METHODS, own=False)
        if meant:
            return name, meant
    return None


def _source_line(slot: Slot | None, line: int | None) -> str:
    if slot is None or line is None:
        return ""
    lines = slot.source.splitlines()
    index = line - slot.first_line
    return lines[index] if 0 <= index < len(lines) else ""


def _finder_for(code_line: str, source: str, line_in_slot: int) -> tuple[str, str] | None:
    """The querySelector/getElementById call behind a null on this line.

    On the line itself, or where the variable used on the line was given its value
    (`const button = document.querySelector("#ad")` a few lines above).
    """
    found = _FINDER.search(code_line)
    if found:
        return _shown(found), found.group("sel")
    used = re.match(r"\s*(?:[\w$]+\s*=\s*)?([\w$]+)\s*\.", code_line)
    if not used:
        return None
    variable = used.group(1)
    assigned = re.compile(rf"\b{re.escape(variable)}\s*=\s*(?P<call>.+)")
    for earlier in reversed(source.splitlines()[: max(0, line_in_slot - 1)]):
        match = assigned.search(earlier)
        if match:
            call = _FINDER.search(match.group("call"))
            return (_shown(call), call.group("sel")) if call else None
    return None


def _shown(match: re.Match[str]) -> str:
    return f"document.{match.group('how')}"


def _nothing_matches(how: str, selector: str, page_ids: list[str]) -> str:
    by_id = how.endswith("getElementById")
    wanted = selector if by_id else selector[1:]
    if by_id or re.fullmatch(r"#[\w-]+", selector):
        meant = close_name(wanted, page_ids, own=False) if page_ids else ""
        return (
            f"No element has id '{wanted}'.{meant} Check the id in the HTML and in the "
            "JavaScript: they must match exactly."
        )
    return (
        f"No element in the page matches '{selector}'. Check the selector: # for an id, . for "
        "a class, and a plain name for a tag."
    )


def read_learner_file(workspace: Path, name: str) -> str:
    path = workspace / name
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CheckFailure(
            f"The page needs {name}, but there is no such file in your folder. Check the "
            "file's name, and the src or href that points to it (capital letters count).",
            name,
        ) from None
    except UnicodeDecodeError:
        raise CheckFailure(
            f"{name} is not plain text (UTF-8), so it cannot be read. Save it again as text.",
            name,
        ) from None
