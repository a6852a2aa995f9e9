"""html5lib's parse errors, told in plain words with the line a tag was opened on.

html5lib reports where it noticed a problem (often the closing tag that did
not fit) with terse codes. A second, simple pass with the stdlib tokenizer
knows which tags were open at that point, so a message can say "<div>
(opened on line 5) is still open" instead of "expected-one-end-tag".
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

import html5lib

# fmt: off
# (The tables below are laid out by hand: one message per line reads best.)

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


# fmt: on


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


def tag_events(text: str) -> list[_Event]:
    """Every start and end tag in the file, with its place (the stdlib's tokenizer)."""
    reader = _Events()
    try:
        reader.feed(text)
        reader.close()
    except Exception:  # noqa: BLE001 - this pass only helps to name lines
        pass
    return reader.events


class _OpenTags:
    """The tags open at a point of the file, kept as the events go by.

    Every step is O(1) (closing pops each tag once), so a page of thousands of
    tags and thousands of mistakes costs linear time, not tags x mistakes.
    """

    def __init__(self) -> None:
        self.stack: list[_Event] = []
        self.by_tag: dict[str, list[int]] = {}  # tag -> its places in the stack
        self.required: list[int] = []  # places of tags not in OPTIONAL_END

    def push(self, event: _Event) -> None:
        self.by_tag.setdefault(event.tag, []).append(len(self.stack))
        if event.tag not in OPTIONAL_END:
            self.required.append(len(self.stack))
        self.stack.append(event)

    def pop(self) -> _Event:
        event = self.stack.pop()
        self.by_tag[event.tag].pop()
        if event.tag not in OPTIONAL_END:
            self.required.pop()
        return event

    def close(self, tag: str) -> None:
        """An end tag closes the innermost open tag of its name, and every tag inside it."""
        if self.by_tag.get(tag):
            while self.pop().tag != tag:
                pass

    def apply(self, event: _Event) -> None:
        if event.kind == "start":
            self.push(event)
        else:
            self.close(event.tag)

    def innermost(self, tag: str) -> _Event | None:
        places = self.by_tag.get(tag)
        return self.stack[places[-1]] if places else None

    def innermost_required_or(self, tag: str) -> _Event | None:
        """The innermost open tag that needs its end tag, or one named `tag`."""
        places = [*self.required[-1:], *self.by_tag.get(tag, [])[-1:]]
        return self.stack[max(places)] if places else None

    def still_open(self) -> list[_Event]:
        return [self.stack[place] for place in self.required]


def nesting_depth(events: list[_Event], limit: int) -> tuple[int, list[_Event]]:
    """How deep tags that need an end tag nest (at most up to `limit`, then it stops).

    Returns the depth reached and, when it passed `limit`, the tags open at that
    point, outermost first. Tags a browser closes by itself (<p>, <li>, ...) do
    not count, so this never says "too deep" where a browser would not nest.
    """
    open_tags = _OpenTags()
    deepest = 0
    for event in events:
        open_tags.apply(event)
        deepest = max(deepest, len(open_tags.required))
        if deepest > limit:
            return deepest, open_tags.still_open()
    return deepest, []


class _Sweep:
    """Walks the events once, in step with html5lib's errors (sorted by place)."""

    def __init__(self, events: list[_Event]) -> None:
        self.events = events
        self.next = 0
        self.open = _OpenTags()
        self.held: _Event | None = None  # the last event before the error, not applied yet
        self.last_start_line: dict[str, int] = {}

    def move_to(self, line: int, col: int) -> None:
        while self.next < len(self.events):
            event = self.events[self.next]
            if (event.line, event.col) >= (line, col):
                break
            if self.held is not None:
                self.open.apply(self.held)
            self.held = event
            if event.kind == "start":
                self.last_start_line[event.tag] = event.line
            self.next += 1

    def sentence(self, code: str, data: dict[str, Any], line: int, col: int) -> str:
        """Tags open just before the error: the closing tag complained about is left out."""
        self.move_to(line, col)
        held_start = self.held is not None and self.held.kind == "start"
        if held_start:
            assert self.held is not None
            self.open.push(self.held)
        try:
            return _sentence(code, data, self.open, self.last_start_line)
        finally:
            if held_start:
                self.open.pop()


def _misfit_end(name: str, open_tags: _OpenTags) -> str | None:
    inner = open_tags.innermost_required_or(name)
    if inner is None or inner.tag == name:
        return None
    tag, line = inner.tag, inner.line
    return (
        f"</{name}> was found while <{tag}> (opened on line {line}) is still open. "
        f"Add </{tag}> before </{name}>, or check the spelling of </{name}>"
    )


def _eof_sentence(open_tags: _OpenTags, most: int = 8) -> str:
    still = open_tags.still_open()
    if not still:
        return "the file ends in the middle of a tag: a '>' or a closing tag is missing"
    shown = still if len(still) <= most + 1 else still[:most]
    named = ", ".join(f"<{e.tag}> (line {e.line})" for e in shown)
    if len(shown) < len(still):
        named += f" and {len(still) - len(shown)} more"
    return (
        f"the file ends while {'this tag is' if len(still) == 1 else 'these tags are'} "
        f"still open: {named}. Close each one, the last opened first"
    )


def _sentence(
    code: str, data: dict[str, Any], open_tags: _OpenTags, last_start_line: dict[str, int]
) -> str:
    name = str(data.get("name", data.get("gotName", "")))
    expected = str(data.get("expectedName", ""))
    if code in _MISFIT_END and (misfit := _misfit_end(name, open_tags)):
        return misfit
    if code in _MISFIT_END and name in last_start_line:
        return (
            f"</{name}> closes a <{name}> that is already closed. Tags close in the "
            f"reverse order they opened: <b><i>...</i></b>, not <b><i>...</b></i>"
        )
    if code in _MISFIT_END:
        return (
            f"</{name}> closes a <{name}> that was never opened. Remove it, or check "
            f"the spelling of the opening tag"
        )
    if code in ("expected-closing-tag-but-got-eof", "eof-in-tag-name") and open_tags.stack:
        return _eof_sentence(open_tags)
    if code == "unexpected-start-tag-implies-end-tag" and data.get("startName") == "a" == data.get(
        "endName"
    ):
        # The innermost <a> is the new one (it is held open here); the outer link is next.
        places = open_tags.by_tag.get("a", [])
        outer = open_tags.stack[places[-2]] if len(places) >= 2 else None
        opened = f" opened on line {outer.line}" if outer is not None else ""
        return (
            f"a link <a> starts inside another link{opened}: a link cannot hold a link, "
            f"so the browser ends the first one here. Close it with </a> before the "
            f"next <a>"
        )
    if code == "unexpected-start-tag" and name in ("html", "head", "body"):
        return _MISPLACED_ROOT.format(name=name)
    wanted = expected or name
    inner = open_tags.innermost(wanted)
    opened_line = inner.line if inner is not None else last_start_line.get(wanted)
    fields = {
        "name": name,
        "got": data.get("gotName", name),
        "expected": expected,
        "startName": data.get("startName", ""),
        "endName": data.get("endName", ""),
        "originalName": data.get("originalName", name),
        "opened": f" (opened on line {opened_line})" if opened_line is not None else "",
    }
    template = _SENTENCES.get(code)
    if template is not None:
        return template.format(**fields)
    try:
        detail = html5lib.constants.E.get(code, code) % data if data else code
    except (KeyError, TypeError, ValueError):
        detail = code
    return f"the browser had to guess here ({detail})"


def parse_problems(
    text: str, events: list[_Event] | None = None, explained_ends: Collection[tuple[int, str]] = ()
) -> list[HtmlProblem]:
    """html5lib's parse errors as plain-English problems, in order.

    `events` is tag_events(text) when the caller has it already. `explained_ends`
    holds the (line, tag) of end tags another message already explains (a </p>
    after the browser ended that paragraph itself): they are not told twice.
    """
    parser = html5lib.HTMLParser(strict=False, namespaceHTMLElements=False)
    parser.parse(text)
    sweep = _Sweep(tag_events(text) if events is None else events)
    errors = [
        error
        for error in parser.errors
        if not (
            error[1] in _MISFIT_END
            and (error[0][0], (error[2] or {}).get("name")) in explained_ends
        )
    ]
    messages: dict[int, str] = {}
    # One pass over the tags: take the errors in the order of their places.
    for index in sorted(range(len(errors)), key=lambda i: errors[i][0]):
        (line, col), code, data = errors[index]
        messages[index] = sweep.sentence(code, dict(data or {}), line, col)
    problems = []
    for index, ((line, col), code, _data) in enumerate(errors):
        message = messages[index]
        problems.append(HtmlProblem(line, col, code, message[0].upper() + message[1:] + "."))
    return problems
