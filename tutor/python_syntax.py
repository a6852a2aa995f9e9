"""What to say when Python cannot read a file: the same words wherever it is found.

A leaf (imports no other part): the runner says it of a test file that fails to
import, the checks (checks/files.py, import_fresh) of the learner's own file.
"""

from __future__ import annotations


def is_indentation_error(error: BaseException) -> bool:
    return isinstance(error, IndentationError)  # TabError is one too


def indentation_message(file: str, line: int | str | None, reason: str, shown: str = "") -> str:
    """The spaces at the start of a line are wrong; `shown`: the line, already laid out."""
    return (
        f"The spaces at the start of line {line if line is not None else '?'} of {file} are "
        f"not right ({reason}).{shown}\n\nPython uses indentation to know which "
        "lines belong together: lines in the same block must start at the same column, "
        "and the line after one ending in ':' must be indented more. Use spaces, "
        "not tabs."
    )
