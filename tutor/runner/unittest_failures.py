"""A failed `self.assertX(...)` in plain words, like a failed plain `assert`.

The child sends the assert method's arguments (unittest_facts.py); the test's
source says which of them calls the learner's code (test_source.py). So
`self.assertEqual(square(4), 16)` reads "square(4) should give 16, but your
code gave 17." whichever order the instructor wrote the arguments in, and
never with unittest's own "[41 chars]" cuts or difflib's `?` lines.
"""

from __future__ import annotations

import ast
import re
from typing import Any

from tutor.runner import test_source
from tutor.runner.messages import Locator, first_line
from tutor.runner.unittest_reader import AssertReader, Explained

NONE_HINT = " (A function that ends without `return` gives back None.)"

# Methods that compare two values, and how: first two parameters, in order.
EQUAL = {
    "assertEqual",
    "assertListEqual",
    "assertTupleEqual",
    "assertDictEqual",
    "assertSetEqual",
    "assertMultiLineEqual",
    "assertSequenceEqual",
}
ORDER = {
    "assertGreater": ">",
    "assertGreaterEqual": ">=",
    "assertLess": "<",
    "assertLessEqual": "<=",
}
FLIPPED = {">": "<", ">=": "<=", "<": ">", "<=": ">="}
ORDER_WORDS = {">": "greater than", ">=": "at least", "<": "less than", "<=": "at most"}


def explain_unittest(info: dict[str, Any], locator: Locator) -> Explained | None:
    """The message for a failed unittest assertion, or None if it was not one."""
    facts = info.get("unittest")
    if not facts or not facts.get("by_unittest") or "AssertionError" not in info.get("bases", []):
        return None
    try:
        reader = AssertReader(facts, info.get("text", ""), locator)
        explained = _explain(reader)
        if explained is None:
            return None
        explained.message = reader.subtest(explained.message) + explained.message
        instructor = reader.instructor_message()
    except Exception:  # noqa: BLE001 - unusual source or facts: the plain words still serve
        return None
    if instructor and instructor not in explained.message:
        explained.message = f"{instructor}\n{explained.message}"
    explained.where = reader.where or locator.where_in_frames(info.get("frames", []))
    return explained


def _explain(reader: AssertReader) -> Explained | None:
    method = reader.method
    if "raises" in reader.facts:
        return _raises(reader, reader.facts["raises"])
    if method == "fail":
        return Explained(reader.instructor_message() or "This check failed.", None)
    if method in EQUAL or method in ("assertNotEqual", "assertIs", "assertIsNot"):
        return _equal(reader)
    if method in ("assertAlmostEqual", "assertNotAlmostEqual"):
        return _almost(reader)
    if method == "assertCountEqual":
        return _count(reader)
    if method in ORDER:
        return _order(reader)
    if method in ("assertIn", "assertNotIn"):
        return _contains(reader)
    if method in ("assertTrue", "assertFalse"):
        return _truth(reader)
    if method in ("assertIsNone", "assertIsNotNone"):
        return _none(reader)
    if method in ("assertIsInstance", "assertNotIsInstance"):
        return _instance(reader)
    if method in ("assertRegex", "assertNotRegex"):
        return _regex(reader)
    return _other(reader)


def _values(reader: AssertReader) -> tuple[str, str]:
    values = [p for p in reader.params if p != "msg"]
    return (values[0], values[1]) if len(values) >= 2 else ("first", "second")


def _equal(reader: AssertReader) -> Explained:
    mine, expected, _ = reader.pair(*_values(reader))
    reader.point_at(mine)
    got, want = mine.value, expected.value
    if reader.method == "assertNotEqual":
        text = (
            f"{mine.what} should not give {want}, but your code gave exactly that."
            if mine.what
            else f"Expected something other than {want}, but got exactly that."
        )
        return Explained(text, None, f"not {want}", got)
    if reader.method == "assertIs" and want not in ("True", "False", "None"):
        text = f"Expected the very same object as {want}, but got {got}."
        if mine.what:
            text = (
                f"{mine.what} should give the very same object as {want}, but your code gave {got}."
            )
        return Explained(text, None, want, got)
    if reader.method == "assertIsNot":
        text = f"Expected a different object from {want}, but got that very object."
        return Explained(text, None, f"not {want}", got)
    hint = NONE_HINT if got == "None" else ""
    if mine.what and mine.what.startswith("The message of"):
        return Explained(f"{mine.what} should be {want}, but it is {got}.", None, want, got)
    if mine.what:
        return Explained(
            f"{mine.what} should give {want}, but your code gave {got}.{hint}", None, want, got
        )
    return Explained(f"Expected {want}, but got {got}.{hint}", None, want, got)


def _almost(reader: AssertReader) -> Explained:
    mine, expected, _ = reader.pair("first", "second")
    reader.point_at(mine)
    delta = reader.args.get("delta", "None")
    places = reader.args.get("places", "None")
    if delta != "None":
        close = f"give or take {delta}"
    else:
        close = f"to {places if places != 'None' else 7} decimal places"
    got, want = mine.value, expected.value
    if reader.method == "assertNotAlmostEqual":
        return Explained(
            f"{mine.what or 'The value'} should not be this close to {want} ({close}), "
            f"but your code gave {got}.",
            None,
            f"not about {want}",
            got,
        )
    said = f"{mine.what} should give {want}" if mine.what else f"Expected {want}"
    gave = "your code gave" if mine.what else "got"
    return Explained(f"{said} ({close}), but {gave} {got}.", None, f"{want} ({close})", got)


def _count(reader: AssertReader) -> Explained:
    mine, expected, swapped = reader.pair("first", "second")
    reader.point_at(mine)
    got, want = mine.value, expected.value
    said = f"{mine.what} should give" if mine.what else "Expected"
    gave = "your code gave" if mine.what else "got"
    text = f"{said} {want} (in any order), but {gave} {got}."
    missing: list[str] = []
    extra: list[str] = []
    # unittest's own lines: "First has 0, Second has 1:  3" (one per value that differs).
    for match in re.finditer(r"^First has (\d+), Second has (\d+):  (.*)$", reader.text, re.M):
        first, second, value = int(match.group(1)), int(match.group(2)), match.group(3)
        learner_count, expected_count = (second, first) if swapped else (first, second)
        (missing if expected_count > learner_count else extra).append(value)
    if missing:
        text += f" Missing: {', '.join(missing)}."
    if extra:
        text += f" Not expected: {', '.join(extra)}."
    return Explained(text, None, f"{want} (in any order)", got)


def _order(reader: AssertReader) -> Explained:
    mine, other, swapped = reader.pair(*_values(reader))
    reader.point_at(mine)
    op = ORDER[reader.method]
    words = ORDER_WORDS[FLIPPED[op] if swapped else op]
    got, limit = mine.value, other.value
    if mine.what:
        text = f"{mine.what} should give a value {words} {limit}, but your code gave {got}."
    else:
        text = f"Expected a value {words} {limit}, but got {got}."
    return Explained(text, None, f"{words} {limit}", got)


def _contains(reader: AssertReader) -> Explained:
    member, container = reader.side("member"), reader.side("container")
    inside = reader.method == "assertIn"
    if member.learner is not None and container.learner is None:
        reader.point_at(member)
        what = member.what or "Your code's value"
        if inside:
            text = (
                f"{what} should give one of {container.value}, but your code gave {member.value}."
            )
            return Explained(text, None, f"one of {container.value}", member.value)
        text = (
            f"{what} should not give any of {container.value}, but your code gave {member.value}."
        )
        return Explained(text, None, f"none of {container.value}", member.value)
    reader.point_at(container)
    if container.what:
        verb = "should contain" if inside else "should not contain"
        text = f"{container.what} {verb} {member.value}, but your code gave {container.value}."
    elif inside:
        text = f"Expected to find {member.value} in {container.value}, but it is not there."
    else:
        text = f"Expected {member.value} not to be in {container.value}, but it is."
    wanted = f"{'something containing' if inside else 'nothing containing'} {member.value}"
    return Explained(text, None, wanted, container.value)


def _truth(reader: AssertReader) -> Explained:
    side = reader.side("expr")
    reader.point_at(side)
    want = "True" if reader.method == "assertTrue" else "False"
    hint = NONE_HINT if side.value == "None" else ""
    if side.what:
        text = f"{side.what} should give {want}, but your code gave {side.value}.{hint}"
    else:
        node = reader.node("expr")
        shown = test_source.shown(reader.source.segment(node)) if node and reader.source else None
        text = (
            f"This check needs `{shown}` to be {want.lower()}, but it is {side.value}."
            if shown
            else f"Expected {want}, but got {side.value}."
        )
    return Explained(text, None, want, side.value)


def _none(reader: AssertReader) -> Explained:
    side = reader.side("obj")
    reader.point_at(side)
    what = side.what or "The value"
    if reader.method == "assertIsNone":
        return Explained(
            f"{what} should give None, but gave {side.value}.", None, "None", side.value
        )
    return Explained(
        f"{what} should give a value, but gave None.{NONE_HINT}", None, "a value (not None)", "None"
    )


def _instance(reader: AssertReader) -> Explained:
    side = reader.side("obj")
    reader.point_at(side)
    cls = reader.args.get("cls", "")
    names = re.findall(r"<class '(?:[\w.]*\.)?(\w+)'>", cls) or [cls]
    kind = " or ".join(names)
    got_kind = reader.facts.get("types", {}).get("obj", "?")
    what = side.what or "The value"
    if reader.method == "assertIsInstance":
        text = f"{what} should give {_a(kind)}, but gave {side.value}, which is {_a(got_kind)}."
        return Explained(text, None, _a(kind), f"{side.value} ({_a(got_kind)})")
    text = f"{what} should not give {_a(kind)}, but gave {side.value}."
    return Explained(text, None, f"not {_a(kind)}", side.value)


def _a(noun: str) -> str:
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"


def _regex(reader: AssertReader) -> Explained:
    side = reader.side("text")
    reader.point_at(side)
    compiled = reader.args.get("expected_regex") or reader.args.get("unexpected_regex") or ""
    found = re.fullmatch(r"re\.compile\((.*?)(?:, re\.\w+(?:\|re\.\w+)*)?\)", compiled)
    pattern = found.group(1) if found else compiled
    what = side.what or "The text"
    if reader.method == "assertRegex":
        text = f"{what} should match the pattern {pattern}, but your code gave {side.value}."
        return Explained(text, None, f"text matching {pattern}", side.value)
    text = f"{what} should not match the pattern {pattern}, but your code gave {side.value}."
    return Explained(text, None, f"text not matching {pattern}", side.value)


def _raises(reader: AssertReader, raises: dict[str, Any]) -> Explained:
    kinds = " or ".join(raises.get("expected") or ["an error"])
    what = _raising_call(reader)
    pattern, raised, message = raises.get("regex"), raises.get("raised"), raises.get("raised_text")
    if raised is None:
        said = f"{what} should raise {kinds}" if what else f"This check expected {kinds}"
        example = (raises.get("expected") or ["ValueError"])[0]
        wanted_text = pattern if pattern and _is_plain(pattern) else "..."
        text = f'{said}, but your code raised no error. Add a `raise {example}("{wanted_text}")` '
        text += "for this case."
        return Explained(text, None, kinds, "no error")
    plain = pattern is not None and _is_plain(pattern)
    wanted = f"{raised}({pattern!r})" if plain else f"{raised} with a message matching {pattern!r}"
    lead = (
        f"{what} raised {raised} as it should"
        if what
        else f"Your code raised {raised} as it should"
    )
    if not message:
        text = f"{lead}, but with no message. The check wants one"
        text += f": raise {raised}({pattern!r})." if plain else f" matching {pattern!r}."
    else:
        text = f"{lead}, but its message should {'be' if plain else 'match'} {pattern!r}, "
        text += f"and your code's message was {message!r}."
    return Explained(text, None, wanted, f"{raised}({message!r})")


def _is_plain(pattern: str) -> bool:
    """A regex that matches only its own text: it can be shown as the message to write."""
    return not any(c in pattern for c in ".^$*+?{}[]\\|()")


def _raising_call(reader: AssertReader) -> str | None:
    """The learner call the check expected to raise, in the test's own words."""
    if reader.source is None or reader.learner is None:
        return None
    # The call form: assertRaises(E, square, -1) or assertRaisesRegex(E, "text", square, -1).
    skip = 2 if reader.method == "assertRaisesRegex" else 1
    if reader.call is not None and len(reader.call.args) > skip:
        func, *rest = reader.call.args[skip:]
        found = reader.learner.called_in(ast.Call(func=func, args=[], keywords=[]))
        if found is not None:
            reader.where = reader.learner.definition(found[1], found[2])
        parts = [reader.source.segment(node) for node in rest]
        return test_source.shown(f"{reader.source.segment(func)}({', '.join(parts)})")
    block = test_source.raises_block_at(reader.source, reader.line)
    for statement in block.body if block else []:
        found = reader.learner.called_in(statement)
        if found is not None:
            reader.where = reader.learner.definition(found[1], found[2])
            node = statement.value if isinstance(statement, ast.Expr) else statement
            return reader.words_for(node)
    return None


def _other(reader: AssertReader) -> Explained:
    """An assert method without its own words: the check's line and the values it saw."""
    shown = (
        test_source.shown(reader.source.segment(reader.call))
        if reader.call and reader.source
        else None
    )
    values = ", ".join(f"{k} = {v}" for k, v in reader.args.items() if v != "None")
    lead = (
        f"This check failed: `{shown}`."
        if shown
        else f"This check failed: {first_line(reader.text)}"
    )
    return Explained(f"{lead} The values: {values}." if values else lead, None)
