"""HTML pages: find elements with CSS selectors, explain parse errors in plain words."""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser as _Tokenizer
from pathlib import Path
from typing import Any

import html5lib
from bs4 import BeautifulSoup, Tag

from tutor.checks.failure import CheckFailure, plural, where

# html5lib's error codes, as sentences. {name}, {got}, {expected} come from its
# data; {opened} is " (opened on line N)" when we can find where it started.
_ERROR_SENTENCES: dict[str, str] = {
    "expected-closing-tag-but-got-eof": "the file ends in the middle of a closing tag",
    "expected-named-closing-tag-but-got-eof":
        "the file ends but <{name}>{opened} is never closed. Add </{name}>",
    "expected-one-end-tag-but-got-another":
        "</{got}> comes before <{expected}>{opened} is closed. Add </{expected}> before </{got}>",
    "end-tag-too-early":
        "</{name}> closes an element while another one inside it is still open",
    "end-tag-too-early-named":
        "</{got}> was found, but <{expected}>{opened} is still open. Add </{expected}> first",
    "end-tag-too-early-ignored": "</{name}> comes too early and is ignored",
    "unexpected-end-tag":
        "</{name}> closes a <{name}> that is not open here. Remove it, "
        "or check the opening tag's spelling",
    "unexpected-end-tag-before-html": "</{name}> comes before <html>. Remove it",
    "end-tag-after-implied-root": "</{name}> comes after the end of the page",
    "adoption-agency-1.1": "</{name}> closes a <{name}> that is not open here",
    "adoption-agency-1.2":
        "</{name}> is in the wrong order: tags must close in the reverse order they opened "
        "(<b><i>...</i></b>, not <b><i>...</b></i>)",
    "adoption-agency-1.3":
        "</{name}> closes <{name}> while a tag opened inside it is still open: tags must "
        "close in the reverse order they opened (<b><i>...</i></b>, not <b><i>...</b></i>)",
    "adoption-agency-4.4": "</{name}> is in the wrong order: close the inner tag first",
    "expected-doctype-but-got-start-tag":
        "the page should start with <!DOCTYPE html> before <{name}>",
    "expected-doctype-but-got-chars": "the page should start with <!DOCTYPE html>",
    "expected-doctype-but-got-end-tag": "the page should start with <!DOCTYPE html>",
    "expected-doctype-but-got-eof": "the page is empty: start it with <!DOCTYPE html>",
    "unknown-doctype": "the first line should be exactly <!DOCTYPE html>",
    "unexpected-doctype": "<!DOCTYPE html> belongs only once, on the first line",
    "missing-end-tag": "<{name}>{opened} is never closed. Add </{name}>",
    "missing-end-tags": "some tags are never closed: {name}",
    "no-end-tag": "<{name}>{opened} is never closed. Add </{name}>",
    "two-heads-are-not-better-than-one": "there is a second <head>; a page has only one",
    "unexpected-start-tag": "<{name}> is in a place where it is not allowed",
    "unexpected-start-tag-ignored": "<{name}> is in a place where it is not allowed",
    "unexpected-start-tag-out-of-my-head": "<{name}> belongs inside <head>, above <body>",
    "unexpected-start-tag-implies-end-tag":
        "<{startName}> starts while <{endName}> is still open, so <{endName}> is closed "
        "for you. Close it yourself with </{endName}> first",
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
    "eof-in-comment": "a comment <!-- is never closed with -->",
    "non-void-element-with-trailing-solidus":
        "<{name} /> is not allowed: <{name}> needs a separate </{name}>",
    "expected-tag-name": "a '<' is not followed by a tag name. To show a < sign, write &lt;",
    "named-entity-without-semicolon": "an entity like &amp; needs a ';' at its end",
}


@dataclass(frozen=True)
class HtmlProblem:
    line: int
    col: int
    code: str
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


class _StartTags(_Tokenizer):
    """Remembers the line of every start tag, to say where an unclosed one began."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.starts: list[tuple[str, int, int]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line, col = self.getpos()
        self.starts.append((tag, line, col))


def _opened_line(starts: list[tuple[str, int, int]], name: str, line: int) -> str:
    before = [s for s in starts if s[0] == name and s[1] <= line]
    return f" (opened on line {before[-1][1]})" if before else ""


def parse_problems(text: str) -> list[HtmlProblem]:
    """html5lib's parse errors as plain-English problems, in order."""
    parser = html5lib.HTMLParser(strict=False, namespaceHTMLElements=False)
    parser.parse(text)
    starts = _StartTags()
    try:
        starts.feed(text)
        starts.close()
    except Exception:  # noqa: BLE001 - the stdlib tokenizer only helps find lines
        pass
    problems = []
    for (line, col), code, data in parser.errors:
        data = dict(data or {})
        name = str(data.get("name", data.get("gotName", "")))
        expected = str(data.get("expectedName", ""))
        fields: dict[str, Any] = {
            "name": name, "got": data.get("gotName", name), "expected": expected,
            "startName": data.get("startName", ""), "endName": data.get("endName", ""),
            "opened": _opened_line(starts.starts, expected or name, line),
        }
        template = _ERROR_SENTENCES.get(code)
        if template is None:
            message = html5lib.constants.E.get(code, code) % data if data else code
            message = f"the browser had to guess here ({message})"
        else:
            message = template.format(**fields)
        problems.append(HtmlProblem(line, col, code, message[0].upper() + message[1:] + "."))
    return problems


class Page:
    """One HTML page, parsed the way a browser would (html5lib)."""

    def __init__(self, text: str, filename: str = "index.html") -> None:
        self.text = text
        self.filename = filename
        self.soup = BeautifulSoup(text, "html5lib")
        self._problems: list[HtmlProblem] | None = None

    def __repr__(self) -> str:
        return f"Page({self.filename!r})"

    @property
    def parse_errors(self) -> list[HtmlProblem]:
        if self._problems is None:
            self._problems = parse_problems(self.text)
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
        """The visible text of the first match, with spaces tidied."""
        return " ".join(self.one(css, what).get_text(" ").split())

    def count(self, css: str) -> int:
        return len(self.soup.select(css))

    def line_of(self, element: Tag) -> int | None:
        """The line an element starts on in the learner's file (when known)."""
        return getattr(element, "sourceline", None)

    def assert_well_formed(self, most: int = 5) -> None:
        problems = self.parse_errors
        if not problems:
            return
        shown = "\n".join(f"  {self.filename} {p}" for p in problems[:most])
        more = f"\n  ... and {len(problems) - most} more." if len(problems) > most else ""
        first = problems[0]
        raise CheckFailure(
            f"{self.filename} has {plural(len(problems), 'mistake')} in its tags "
            f"that a browser has to guess around:\n{shown}{more}",
            self.filename,
            first.line,
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


def load_page(path: Path | str, filename: str | None = None) -> Page:
    """Read and parse an HTML file (no fixture needed)."""
    path = Path(path)
    return Page(path.read_text(encoding="utf-8"), filename or path.name)
