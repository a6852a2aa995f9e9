"""Whose code raised an error: the check's, the learner's on purpose, or Python's.

An IndexError on the test's line `err.exception.args[0]` is not the
learner's IndexError: their `raise ValueError` has no message, and the check
reads it. A `raise TypeError("no negative squares")` the learner wrote is not
"Python cannot do this with these kinds of values". The traceback's last
frame says whose code raised; the test's source says what the check expected.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tutor.runner import test_source
from tutor.runner.messages import Locator, first_line
from tutor.runner.result import Where
from tutor.runner.test_source import LearnerCode, Source

NONE_HINT = (
    " The value was None: a function that ends without `return` gives back None. "
    "Check that your function returns its answer."
)
# `err.exception.args[0]` (unittest) or `err.value.args[0]` (pytest) reading an error's message.
READS_MESSAGE = re.compile(r"\b(\w+)\.(?:exception|value)\.args\[")


def blame(info: dict[str, Any], locator: Locator) -> tuple[str, Where | None] | None:
    """A message when the error is the check's own, or raised on purpose by the learner."""
    try:
        return _blame(info, locator)
    except Exception:  # noqa: BLE001 - unusual source or frames: the plain words still serve
        return None


def _blame(info: dict[str, Any], locator: Locator) -> tuple[str, Where | None] | None:
    frames = info.get("frames") or []
    if not frames or "Exception" not in info.get("bases", []):
        return None
    tests = [at for at, frame in enumerate(frames) if _is_test(frame, locator)]
    # A test file in the learner's own folder is theirs (TDD): its errors are theirs to read.
    instructors = bool(tests) and locator.where_in_frames([frames[tests[-1]]]) is None
    if instructors:
        after = frames[tests[-1] + 1 :]
        # Nothing of the learner's ran after the test's line: their code had returned.
        if all(locator.where_in_frames([frame]) is None for frame in after):
            return _in_the_check(info, frames[tests[-1]], locator)
    last = frames[-1]
    code = (last.get("code") or "").strip()
    if locator.where_in_frames([last]) is not None and re.match(r"raise\b", code):
        test_frame = frames[tests[-1]] if tests else None
        return _raised_on_purpose(info, last, test_frame, locator)
    return None


def _is_test(frame: dict[str, Any], locator: Locator) -> bool:
    try:
        return Path(frame["file"]).resolve() in locator.test_files
    except OSError:
        return False


def _test_name(frame: dict[str, Any], locator: Locator) -> str:
    where = locator.where_in_file(frame["file"], None)
    return Path(where.file).name if where else "the test file"


def _in_the_check(
    info: dict[str, Any], frame: dict[str, Any], locator: Locator
) -> tuple[str, Where | None] | None:
    """The test's own line raised, after the learner's code had returned."""
    kind, text, code = info.get("type", "Exception"), info.get("text", ""), frame.get("code", "")
    if re.search(r"positional argument|takes \d+|required (keyword|positional)", text):
        return None  # the test called the learner's function with arguments its `def` lacks
    if re.search(r"module '[^']+' has no attribute", text):
        return None  # the learner's file lacks a function the test uses
    source = test_source.read_source(frame["file"])
    learner = LearnerCode(source, locator.workspace) if source else None
    reads = READS_MESSAGE.search(code)
    if reads and "IndexError" in info.get("bases", []) and source and learner:
        return _needs_a_message(source, learner, reads.group(1), frame["line"])
    line = f"line {frame['line']} of {_test_name(frame, locator)}"
    hint = (
        NONE_HINT
        if "NoneType" in text
        else (
            " Check that your function returns the kind of value the task asks for: "
            "print it to see what it gives."
        )
    )
    message = (
        f"The check could not use what your code gave back. At {line}, the check's code\n\n"
        f"    {code}\n\nraised {kind}: {first_line(text)}.{hint}"
    )
    where = _learner_definition(source, learner, frame["line"])
    return message, where


def _learner_definition(
    source: Source | None, learner: LearnerCode | None, line: int
) -> Where | None:
    """The learner function the test's statement at this line calls."""
    if source is None or learner is None:
        return None
    for node in test_source.statements_at(source, line):
        found = learner.called_in(node)
        if found is not None:
            return learner.definition(found[1], found[2])
    return None


def _needs_a_message(
    source: Source, learner: LearnerCode, name: str, line: int
) -> tuple[str, Where | None]:
    block = test_source.raises_bound_to(source, name, line)
    kinds = test_source.block_error_names(block) if block is not None else []
    kind = kinds[0] if kinds else "error"
    wanted = next((s for s in test_source.strings_in_statement(source, line) if s.strip()), "...")
    example = f'raise {kind if kinds else "ValueError"}("{wanted}")'
    message = (
        f"Your code raised {kind} as the check expected, but without a message, and the check "
        f"reads the message. Your {kind} needs a message, like {example}"
    )
    where = learner.raise_without_message(kind) if kinds else None
    return message, where


def _raised_on_purpose(
    info: dict[str, Any],
    frame: dict[str, Any],
    test_frame: dict[str, Any] | None,
    locator: Locator,
) -> tuple[str, Where | None]:
    kind, text = info.get("type", "Exception"), first_line(info.get("text", ""))
    where = locator.where_in_frames([frame])
    said = f': "{text}"' if text else " (with no message)"
    if kind == "NotImplementedError":  # a starter's placeholder, not a decision of the learner
        return (
            f"This part is not written yet: the code{_at(where)} raises NotImplementedError"
            f"{said}. Replace that `raise` line with your own code.",
            where,
        )
    message = f"Your code raised {kind} on purpose{_at(where)}{said}."
    if test_frame is None:
        return message, where
    source = test_source.read_source(test_frame["file"])
    expected = test_source.expected_error_at(source, test_frame["line"]) if source else None
    unittest_expected = (info.get("unittest") or {}).get("expected_types")
    expected = expected or unittest_expected
    if expected:
        wanted = " or ".join(expected)
        message += f" The check expected {wanted} here, not {kind}: raise {expected[0]} instead."
    else:
        call = (test_frame.get("code") or "").strip()
        message += (
            f" The check did not expect an error here: it ran\n\n    {call}\n\n"
            "and wanted an answer. Check the condition that leads to this raise."
        )
    return message, where


def _at(where: Where | None) -> str:
    if where is None or where.line is None:
        return ""
    return f" at line {where.line} of {where.file}"
