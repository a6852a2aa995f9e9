"""HTML pages: find elements with CSS selectors, explain parse errors in plain words."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import Comment, PageElement

from tutor.checks.failure import CheckFailure, plural, problems_message, where
from tutor.checks.html_content import content_problems
from tutor.checks.html_errors import HtmlProblem, nesting_depth, parse_problems, tag_events

# Text inside these never shows on the page.
NEVER_SHOWN = frozenset({"script", "style", "template", "noscript", "head"})
# Elements that flow inside a line of text: no space is added around them, so
# <b>Hel</b>lo reads "Hello". Every other element starts a new block (a space).
INLINE = frozenset(
    {
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "cite",
        "code",
        "data",
        "del",
        "dfn",
        "em",
        "i",
        "ins",
        "kbd",
        "label",
        "mark",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "time",
        "u",
        "var",
    }
)
LISTS = ("ul", "ol", "dl", "menu")
# Tags open inside each other at once, at most. html5lib and BeautifulSoup take
# time that grows with the square of the depth (each new tag looks through every
# open one: 3,000 unclosed <div> took 2.4 s, 6,000 over the check's 5 s), so a
# deeper page is refused at once with a sentence instead. Browsers stop nesting
# at about this depth too (Chromium's parser puts deeper tags beside, not inside).
MAX_DEPTH = 512
_COMMENT = re.compile(r"<!--.*?(-->|$)", re.DOTALL)


class Page:
    """One HTML page, parsed the way a browser would (html5lib)."""

    def __init__(self, text: str, filename: str = "index.html") -> None:
        self.text = text
        self.filename = filename
        self._events = tag_events(text)
        _refuse_deep_nesting(self._events, filename)
        self.soup = BeautifulSoup(text, "html5lib")
        self._problems: list[HtmlProblem] | None = None

    def __repr__(self) -> str:
        return f"Page({self.filename!r})"

    @property
    def parse_errors(self) -> list[HtmlProblem]:
        if self._problems is None:
            content, explained_ends = content_problems(self.text)
            parsed = parse_problems(self.text, self._events, explained_ends)
            # Both lists are in order of place; keep one order for the learner.
            self._problems = sorted(
                [*parsed, *content], key=lambda problem: (problem.line, problem.col)
            )
        return self._problems

    def select(self, css: str) -> list[Tag]:
        return self.soup.select(css)

    def has(self, css: str) -> bool:
        return self.soup.select_one(css) is not None

    def one(self, css: str, what: str | None = None, hint: str = "") -> Tag:
        """The first element matching `css`; a sentence naming what is missing if none."""
        found = self.soup.select_one(css)
        if found is None:
            thing = what or f"element matching {css}"
            tail = f" {hint}" if hint else ""
            raise CheckFailure(f"{self.filename} has no {thing}.{tail}", self.filename)
        return found

    def text_of(self, css: str, what: str | None = None) -> str:
        """The visible text of the first match, with spaces tidied (same as visible_text)."""
        return self.visible_text(css, what)

    def visible_text(self, css: str = "body", what: str | None = None) -> str:
        """The text a reader sees in the first match of `css`, whitespace tidied.

        Scripts, styles and elements with the hidden attribute are left out;
        <b>Hel</b>lo gives "Hello", <li>a</li><li>b</li> gives "a b".
        """
        return _tidy(_shown_text(self.one(css, what), skip=()))

    def own_text(self, element: Tag | str, without: tuple[str, ...] = LISTS) -> str:
        """An element's text without the lists nested in it: a list item's own words.

        own_text(li) for <li>Papers<ul><li>passport</li></ul></li> is "Papers".
        `element` is a Tag or a CSS selector (its first match).
        """
        tag = self.one(element) if isinstance(element, str) else element
        return _tidy(_shown_text(tag, skip=without))

    def source_has_tag(self, name: str) -> bool:
        """True when the learner wrote <name> in the file (comments aside).

        The parsed page cannot tell: html5lib adds the <tbody>, <head> and <body>
        a browser would add, so page.has("tbody") is True for every table with rows.
        """
        source = _COMMENT.sub("", self.text)
        return re.search(rf"<{re.escape(name)}(?=[\s>/])", source, re.IGNORECASE) is not None

    def count(self, css: str) -> int:
        return len(self.soup.select(css))

    def line_of(self, element: Tag) -> int | None:
        """The line an element starts on in the learner's file (when known)."""
        return getattr(element, "sourceline", None)

    def assert_well_formed(self, most: int = 5) -> None:
        problems = self.parse_errors
        if problems:
            raise CheckFailure(
                problems_message(
                    self.filename, problems, "in its tags that a browser has to guess around", most
                ),
                self.filename,
                problems[0].line,
            )

    def assert_has_lang(self) -> None:
        html = self.soup.find("html")
        if not (isinstance(html, Tag) and str(html.get("lang", "")).strip()):
            raise CheckFailure(
                f"The <html> tag in {self.filename} has no lang attribute. Screen readers "
                f'use it to choose a voice: write <html lang="en">.',
                self.filename,
                self._line_of_tag("html"),
            )

    def assert_images_have_alt(self) -> None:
        missing = [img for img in self.soup.find_all("img") if img.get("alt") is None]
        if missing:
            lines = ", ".join(str(self._tag_line(img)) for img in missing)
            src = missing[0].get("src", "")
            verb = "has" if len(missing) == 1 else "have"
            raise CheckFailure(
                f"{self.filename}: {plural(len(missing), 'image')} {verb} "
                f"no alt text (line {lines}). Describe each picture for people who cannot "
                f'see it, like <img src="{src}" alt="A red bicycle">.',
                self.filename,
                self._tag_line(missing[0]),
            )

    def assert_labels_for_inputs(self) -> None:
        """Every visible input, select and textarea has a label (for=id, wrapping, or aria)."""
        labelled = {str(label.get("for")) for label in self.soup.find_all("label")}
        for field in self.soup.find_all(["input", "select", "textarea"]):
            kind = str(field.get("type", "text")).lower()
            if kind in {"hidden", "submit", "button", "reset", "image"}:
                continue
            if field.get("id") in labelled or field.find_parent("label"):
                continue
            if field.get("aria-label") or field.get("aria-labelledby"):
                continue
            name = field.get("name") or field.get("id") or field.name
            ident = field.get("id") or str(name)
            raise CheckFailure(
                f"{where(self.filename, self._tag_line(field))}: the <{field.name}> called "
                f"'{name}' has no <label>. Add one so people know what to type, like "
                f'<label for="{ident}">Your {name}</label> with id="{ident}" on the '
                f"<{field.name}>.",
                self.filename,
                self._tag_line(field),
            )

    def _tag_line(self, element: Tag) -> int | None:
        return getattr(element, "sourceline", None)

    def _line_of_tag(self, name: str) -> int | None:
        for number, line in enumerate(self.text.splitlines(), start=1):
            if f"<{name}" in line.lower():
                return number
        return None


def _tidy(text: str) -> str:
    return " ".join(text.split())


def _shown_text(element: PageElement, skip: tuple[str, ...]) -> str:
    """The text of `element` as shown: blocks apart, inline elements joined to their words.

    A loop with its own stack, not recursion: a deeply nested page must not
    reach Python's recursion limit.
    """
    parts: list[str] = []
    todo: list[tuple[bool, Any]] = [(False, element)]  # (is text to add, text or element)
    while todo:
        is_text, item = todo.pop()
        if is_text:
            parts.append(item)
        elif isinstance(item, Comment):
            continue
        elif isinstance(item, NavigableString):
            parts.append(str(item))
        elif isinstance(item, Tag):
            for child in reversed(item.contents):
                if isinstance(child, Tag) and (
                    child.name in NEVER_SHOWN or child.name in skip or child.has_attr("hidden")
                ):
                    continue
                # A block, a table cell or a <br> starts a new run of words.
                block = isinstance(child, Tag) and child.name not in INLINE
                if block:
                    todo.append((True, " "))
                todo.append((False, child))
                if block:
                    todo.append((True, " "))
    return "".join(parts)


def _refuse_deep_nesting(events: list[Any], filename: str) -> None:
    depth, still_open = nesting_depth(events, MAX_DEPTH)
    if depth <= MAX_DEPTH:
        return
    line = still_open[-1].line
    first = [f"<{e.tag}> (line {e.line})" for e in still_open[:3]]
    common = Counter(e.tag for e in still_open).most_common(1)[0][0]
    raise CheckFailure(
        f"{where(filename, line)}: more than {MAX_DEPTH} tags are open inside each other "
        f"here. This almost always means closing tags are missing: {', '.join(first[:2])} "
        f"and {first[2]} are still open there, and many more after them. Close each tag you "
        f"open, like <{common}>...</{common}>. (The tutor does not check a page nested this "
        "deep: it takes too long to read.)",
        filename,
        line,
    )


def load_page(path: Path | str, filename: str | None = None) -> Page:
    """Read and parse an HTML file (no fixture needed)."""
    path = Path(path)
    return Page(path.read_text(encoding="utf-8"), filename or path.name)
