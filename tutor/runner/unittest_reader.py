"""Which argument of a failed `self.assertX(...)` is the learner's, in the test's own words.

The values come from the check's child (unittest_facts.py); the test's source
(test_source.py) says which argument calls the learner's code, how the test
names it ("square(4)"), and the subTest case it ran in.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from typing import Any

from tutor.runner import test_source
from tutor.runner.messages import Locator
from tutor.runner.result import Where
from tutor.runner.test_source import LearnerCode, Source

# `err.exception.args[0]`, `str(err.exception)` (unittest) or `err.value...` (pytest.raises).
ERROR_MESSAGE = re.compile(r"^(?:str\()?(\w+)\.(?:exception|value)(?:\.args\[0\])?\)?$")


@dataclass
class Explained:
    message: str
    where: Where | None
    expected: str | None = None
    actual: str | None = None


@dataclass
class Side:
    """One argument of the assert call: its value, and the test's words for it."""

    value: str
    what: str | None  # "square(4)" when it calls the learner's code and reads well
    learner: tuple[ast.Call, str, str] | None  # the learner call inside it


class AssertReader:
    """The failed assert call: its arguments' values (from the child) and source (the test's)."""

    def __init__(self, facts: dict[str, Any], text: str, locator: Locator) -> None:
        self.facts = facts
        self.text = text
        self.method: str = facts.get("method", "")
        self.args: dict[str, str] = facts.get("args", {})
        self.params: list[str] = facts.get("params", [])
        self.names: dict[str, str] = facts.get("names", {})
        self.line: int = facts.get("line") or 0
        self.source: Source | None = test_source.read_source(facts.get("file", ""))
        self.learner = LearnerCode(self.source, locator.workspace) if self.source else None
        self.call = (
            test_source.call_at(self.source, self.line, self.method)
            if self.source and self.method != "__exit__"
            else None
        )
        self.where: Where | None = None
        self.replaced: set[str] = set()  # test variables shown by their values

    def node(self, param: str) -> ast.expr | None:
        if self.call is None:
            return None
        for keyword in self.call.keywords:
            if keyword.arg == param:
                return keyword.value
        index = self.params.index(param) if param in self.params else -1
        return self.call.args[index] if 0 <= index < len(self.call.args) else None

    def side(self, param: str) -> Side:
        node = self.node(param)
        found = self.learner.called_in(node) if node is not None and self.learner else None
        what = None
        if node is not None and found is not None and self.source is not None:
            what = self.words_for(node)
        elif node is not None and self.source is not None:
            what = self.error_message_of(node)
        return Side(self.args.get(param, "?"), what, found)

    def error_message_of(self, node: ast.AST) -> str | None:
        """`err.exception.args[0]` or `str(err.exception)`: the message of the learner's error."""
        assert self.source is not None
        match = ERROR_MESSAGE.match(self.source.segment(node))
        block = match and test_source.raises_bound_to(self.source, match.group(1), self.line)
        if not block:
            return None
        kinds = test_source.block_error_names(block)
        kind = kinds[0] if kinds else "error"
        if self.learner is not None and kinds:
            self.where = self.where or self.learner.raise_with_message(kind)
        return f"The message of your {kind}"

    def words_for(self, node: ast.AST) -> str | None:
        """`square(4)` as the test wrote it, or with its variables' values: `square(3)`."""
        assert self.source is not None
        replaced = test_source.with_values(node, self.names)
        if replaced is not None and test_source.shown(replaced[0]):
            self.replaced |= replaced[1]
            return test_source.shown(replaced[0])
        text = test_source.shown(self.source.segment(node))
        return test_source.with_names(text, self.names, node) if text else None

    def pair(self, first: str, second: str) -> tuple[Side, Side, bool]:
        """(learner's side, expected side, swapped): the learner's is the one calling their code."""
        one, two = self.side(first), self.side(second)
        if two.learner is not None and one.learner is None:
            return two, one, True
        return one, two, False

    def point_at(self, side: Side) -> None:
        if side.learner is not None and self.learner is not None:
            _call, name, module = side.learner
            self.where = self.learner.definition(name, module)

    def instructor_message(self) -> str:
        """The instructor's msg= argument: a string literal as written, else from the text."""
        if self.method == "fail":
            return self.text.strip()
        node = self.node("msg") if "msg" in self.params else None
        if node is None:
            return ""
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        return self.text.split(" : ", 1)[1].strip() if " : " in self.text else ""

    def subtest(self, said: str) -> str:
        if self.source is None:
            return ""
        found = test_source.subtest_values(self.source, self.line, self.names)
        # A value already written into the call ("square(3)") need not be said again.
        values = [
            text
            for text, used in found
            if text not in said and not (used and used <= self.replaced)
        ]
        return f"In the case {', '.join(values)}: " if values else ""
