"""html5lib's parse errors, told in plain words with the line a tag was opened on.

html5lib reports where it noticed a problem (often the closing tag that did
not fit) with terse codes. A second, simple pass with the stdlib tokenizer
knows which tags were open at that point, so a message can say "<div>
(opened on line 5) is still open" instead of "expected-one-end-tag".
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

import html5lib

VOID_ELEMENTS = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr",
})
# Tags a browser may close by itself; not worth naming as "still open" at the end.
OPTIONAL_END = frozenset({"html", "head", "body", "p", "li", "dt", "dd", "option", "tr", "td",
                          "th", "thead", "tbody", "tfoot"})

# {name}, {got}, {expected} come from html5lib's data; {inner} is the innermost
# tag still open there and {inner_line} the line it was opened on.
_SENTENCES: dict[str, str] = {
    "expected-named-closing-tag-but-got-eof":
        "the file ends but <{name}>{opened} is never closed. Add </{name}>",
    "expected-one-end-tag-but-got-another":
        "</{got}> comes before <{expected}>{opened} is closed. Add </{expected}> before </{got}>",
    "end-tag-too-early-named":
        "</{got}> was found, but <{expected}>{opened} is still open. Add </{expected}> first",
    "end-tag-too-early-ignored": "</{name}> comes too early and is ignored",
    "unexpected-end-tag-before-html": "</{name}> comes before <html>. Remove it",
    "end-tag-after-implied-root": "</{name}> comes after the end of the page",
    "expected-doctype-but-got-start-tag":
        "the page should start with <!DOCTYPE html> before <{name}>",
    "expected-doctype-but-got-chars": "the page should start with <!DOCTYPE html>",
    "expected-doctype-but-got-end-tag": "the page should start with <!DOCTYPE html>",
    "expected-doctype-but-got-eof": "the page is empty: start it with <!DOCTYPE html>",
    "unknown-doctype": "the first line should be exactly <!DOCTYPE html>",
    "unexpected-doctype": "<!DOCTYPE html> belongs only once, on the first line",
    "missing-end-tag": "<{name}>{opened} is never closed. Add </{name}>",
    "no-end-tag": "<{name}>{opened} is never closed. Add </{name}>",
    "two-heads-are-not-better-than-one": "there is a second <head>; a page has only one",
    "unexpected-start-tag": "<{name}> is in a place where it is not allowed",
    "unexpected-start-tag-ignored": "<{name}> is in a place where it is not allowed",
    "unexpected-start-tag-out-of-my-head": "<{name}> belongs inside <head>, above <body>",
    "unexpected-start-tag-implies-end-tag":
        "<{startName}> starts while <{endName}> is still open, so the browser closes "
        "<{endName}> for you. Close it yourself with </{endName}> first",
    "unexpected-end-tag-treated-as":
        "</{originalName}> is not a closing tag: write <{originalName}> alone, with no "
        "</{originalName}>",
    "expected-eof-but-got-start-tag": "<{name}> comes after </html>: move it inside <body>",
    "expected-eof-but-got-char": "there is text after </html>: move it inside <body>",
    "expected-eof-but-got-end-tag": "</{name}> comes after </html>: remove it",
    "unexpected-char-after-body": "there is text after </body>: move it inside <body>",
    "unexpected-start-tag-after-body": "<{name}> comes after </body>: move it inside <body>",
    "unexpected-end-tag-after-body": "</{name}> comes after </body>",
    "duplicate-attribute": "a tag has the same attribute twice; the second one is ignored",
    "eof-in-tag-name": "the file ends in the middle of a tag: a '>' is missing",
    "eof-in-attribute-value-double-quote":
        'the file ends inside an attribute value: a closing " is missing',
    "eof-in-attribute-value-single-quote":
        "the file ends inside an attribute value: a closing ' is missing",
    "unexpected-character-after-attribute-value":
        "after an attribute value in quotes there should be a space or '>': "
        "check the quotes on this line",
    "invalid-character-in-attribute-name":
        "an attribute name has a quote or other sign in it: check the quotes on this line",
    "unexpected-character-in-unquoted-attribute-value":
        'put attribute values in quotes, like href="page.html"',
    "equals-in-unquoted-attribute-value": 'put attribute values in quotes, like href="page.html"',
    "eof-in-comment": "a comment <!-- is never closed with -->",
    "non-void-element-with-trailing-solidus":
        "<{name} /> is not allowed: <{name}> needs a separate </{name}>",
    "expected-tag-name": "a '<' is not followed by a tag name. To show a < sign, write &lt;",
    "named-entity-without-semicolon": "an entity like &amp; needs a ';' at its end",
}
# Codes for a closing tag that does not fit what is open: told from our own stack.
_MISFIT_END = frozenset({"unexpected-end-tag", "end-tag-too-early", "adoption-agency-1.1",
                         "adoption-agency-1.2", "adoption-agency-1.3", "adoption-agency-4.4"})
_MISPLACED_ROOT = ("<{name}> is in a place where it is not allowed: a page has one <html>, "
                   "one <head> and one <body>, and nothing goes between </head> and <body>")


@dataclass(frozen=True)
class HtmlProblem:
    line: int
    col: int
    code: str
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass(frozen=True)
class _Event:
    kind: str  # "start" or "end"
    tag: str
    line: int
    col: int


class _Events(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.events: list[_Event] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in VOID_ELEMENTS:
            self.events.append(_Event("start", tag, *self.getpos()))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        pass  # <br/>: opens nothing

    def handle_endtag(self, tag: str) -> None:
        self.events.append(_Event("end", tag, *self.getpos()))


def _events(text: str) -> list[_Event]:
    reader = _Events()
    try:
        reader.feed(text)
        reader.close()
    except Exception:  # noqa: BLE001 - this pass only helps to name lines
        pass
    return reader.events


def _open_at(events: list[_Event], line: int, col: int) -> list[_Event]:
    """Tags still open just before html5lib's error at (line, col)."""
    before = [e for e in events if (e.line, e.col) < (line, col)]
    if before and before[-1].kind == "end":
        before.pop()  # the closing tag html5lib is complaining about
    stack: list[_Event] = []
    for event in before:
        if event.kind == "start":
            stack.append(event)
        elif any(open_.tag == event.tag for open_ in stack):
            while stack.pop().tag != event.tag:
                pass
    return stack


def _misfit_end(name: str, stack: list[_Event]) -> str | None:
    inner = [e for e in stack if e.tag not in OPTIONAL_END or e.tag == name]
    if not inner or inner[-1].tag == name:
        return None
    tag, line = inner[-1].tag, inner[-1].line
    return (f"</{name}> was found while <{tag}> (opened on line {line}) is still open. "
            f"Add </{tag}> before </{name}>, or check the spelling of </{name}>")


def _eof_sentence(stack: list[_Event]) -> str:
    still = [e for e in stack if e.tag not in OPTIONAL_END]
    if not still:
        return "the file ends in the middle of a tag: a '>' or a closing tag is missing"
    named = ", ".join(f"<{e.tag}> (line {e.line})" for e in still)
    return (f"the file ends while {'this tag is' if len(still) == 1 else 'these tags are'} "
            f"still open: {named}. Close each one, the last opened first")


def _sentence(code: str, data: dict[str, Any], line: int, col: int,
              events: list[_Event]) -> str:
    name = str(data.get("name", data.get("gotName", "")))
    expected = str(data.get("expectedName", ""))
    stack = _open_at(events, line, col)
    if code in _MISFIT_END and (misfit := _misfit_end(name, stack)):
        return misfit
    if code in _MISFIT_END and any(e.kind == "start" and e.tag == name and (e.line, e.col) <
                                   (line, col) for e in events):
        return (f"</{name}> closes a <{name}> that is already closed. Tags close in the "
                f"reverse order they opened: <b><i>...</i></b>, not <b><i>...</b></i>")
    if code in _MISFIT_END:
        return (f"</{name}> closes a <{name}> that was never opened. Remove it, or check "
                f"the spelling of the opening tag")
    if code in ("expected-closing-tag-but-got-eof", "eof-in-tag-name") and stack:
        return _eof_sentence(stack)
    if code == "unexpected-start-tag" and name in ("html", "head", "body"):
        return _MISPLACED_ROOT.format(name=name)
    wanted = expected or name
    opened = [e.line for e in stack if e.tag == wanted] or [
        e.line for e in events if e.kind == "start" and e.tag == wanted and e.line <= line]
    fields = {"name": name, "got": data.get("gotName", name), "expected": expected,
              "startName": data.get("startName", ""), "endName": data.get("endName", ""),
              "originalName": data.get("originalName", name),
              "opened": f" (opened on line {opened[-1]})" if opened else ""}
    template = _SENTENCES.get(code)
    if template is not None:
        return template.format(**fields)
    try:
        detail = html5lib.constants.E.get(code, code) % data if data else code
    except (KeyError, TypeError, ValueError):
        detail = code
    return f"the browser had to guess here ({detail})"


def parse_problems(text: str) -> list[HtmlProblem]:
    """html5lib's parse errors as plain-English problems, in order."""
    parser = html5lib.HTMLParser(strict=False, namespaceHTMLElements=False)
    parser.parse(text)
    events = _events(text)
    problems = []
    for (line, col), code, data in parser.errors:
        message = _sentence(code, dict(data or {}), line, col, events)
        problems.append(HtmlProblem(line, col, code, message[0].upper() + message[1:] + "."))
    return problems
