"""Content-model mistakes beginners make, which a browser repairs without a word.

html5lib reports tags that do not fit, but it quietly accepts (or re-nests)
some mistakes that change the page: a <p> inside an <h1>, a <div> inside a
<p>, a <p> never closed before the next one, an <li> outside any list. This
pass walks the tags as the learner wrote them (the stdlib tokenizer keeps
their places) and names each mistake where it starts.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

from tutor.checks.html_errors import OPTIONAL_END, VOID_ELEMENTS, HtmlProblem

HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
LISTS = frozenset({"ul", "ol", "menu"})
# Elements that start a new block: a paragraph or a heading cannot hold them.
BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "details", "dialog", "div", "dl",
    "fieldset", "figcaption", "figure", "footer", "form", "header", "hgroup", "hr", "main",
    "menu", "nav", "ol", "p", "pre", "section", "table", "ul", *HEADINGS,
})  # fmt: skip
# Elements that hold blocks themselves: a <p> outside them is not ended by a block inside.
CONTAINERS = frozenset({"li", "dd", "dt", "td", "th", "caption", "button", "object", "body"})
# Inside these, tags are not HTML elements of the page (or are left alone by browsers).
FOREIGN = frozenset({"svg", "math", "template"})
INLINE_EXAMPLES = "text and inline tags such as <a>, <b>, <em>, <span>"


@dataclass
class _Open:
    tag: str
    line: int
    col: int
    reported: bool = False


class ContentCheck(HTMLParser):
    """Feed it a page; read `.problems`, and `.explained_ends` (the (line, tag) of end
    tags that html5lib will call stray because of a mistake named here)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[HtmlProblem] = []
        self.explained_ends: set[tuple[int, str]] = set()
        self.stack: list[_Open] = []
        self.closed_for_you: dict[str, int] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line, offset = self.getpos()
        if any(open_tag.tag in FOREIGN for open_tag in self.stack):
            if tag not in VOID_ELEMENTS:
                self.stack.append(_Open(tag, line, offset + 1))
            return
        if tag in BLOCKS:
            self._block_starts(tag, line, offset + 1)
        elif tag == "li":
            self._list_item_starts(line, offset + 1)
        if tag not in VOID_ELEMENTS:
            self.stack.append(_Open(tag, line, offset + 1))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID_ELEMENTS and self.stack and self.stack[-1].tag == tag:
            self.stack.pop()  # <div/>: html5lib reports it; treat it as closed here

    def handle_endtag(self, tag: str) -> None:
        line, _ = self.getpos()
        for place in range(len(self.stack) - 1, -1, -1):
            if self.stack[place].tag == tag:
                self._paragraphs_left_open(self.stack[place + 1 :], f" (before </{tag}>)", line)
                del self.stack[place:]
                return
        if self.closed_for_you.get(tag):
            # The browser closed this tag earlier: this end tag has nothing to close.
            self.closed_for_you[tag] -= 1
            self.explained_ends.add((line, tag))

    def _innermost(self, tags: frozenset[str]) -> _Open | None:
        for open_tag in reversed(self.stack):
            if open_tag.tag in tags:
                return open_tag
        return None

    def close(self) -> None:
        super().close()
        end = self.getpos()[0]
        # When tags that need an end tag are still open, html5lib names them all (and a
        # </p> would not be the fix): say nothing more here.
        if all(open_tag.tag in OPTIONAL_END for open_tag in self.stack):
            self._paragraphs_left_open(self.stack, "", end)
        self.stack.clear()

    def _paragraphs_left_open(self, closing: list[_Open], where: str, line: int) -> None:
        """A <p> still open when its parent closes: the browser ends it, the learner should."""
        for open_tag in closing:
            if open_tag.tag == "p":
                self._report(
                    line,
                    open_tag.col,
                    "paragraph-not-closed",
                    f"The paragraph <p> opened on line {open_tag.line} is never closed. "
                    f"Add </p> where the paragraph's text ends{where}.",
                )

    def _open_paragraph(self) -> _Open | None:
        """The <p> a new block would end: open, with only inline tags inside it."""
        for open_tag in reversed(self.stack):
            if open_tag.tag == "p":
                return open_tag
            if open_tag.tag in BLOCKS or open_tag.tag in CONTAINERS:
                return None
        return None

    def _report(self, line: int, col: int, code: str, message: str) -> None:
        self.problems.append(HtmlProblem(line, col, code, message))

    def _block_starts(self, tag: str, line: int, col: int) -> None:
        paragraph = self._open_paragraph()
        if paragraph is not None:
            if tag == "p":
                message = (
                    f"A new <p> starts while the paragraph <p> from line {paragraph.line} is "
                    "still open. Close each paragraph with </p> before the next one starts"
                )
            else:
                message = (
                    f"<{tag}> cannot go inside the paragraph <p> opened on line "
                    f"{paragraph.line}: a paragraph holds only {INLINE_EXAMPLES}. The browser "
                    f"ends the paragraph before <{tag}>. Close it with </p> before <{tag}>"
                )
            self._report(line, col, "block-in-paragraph", message + ".")
            # As a browser does: the paragraph ends here, so a later </p> closes nothing.
            del self.stack[self.stack.index(paragraph) :]
            self.closed_for_you["p"] = self.closed_for_you.get("p", 0) + 1
            return
        heading = self._innermost(HEADINGS)
        if heading is not None and not heading.reported and tag not in HEADINGS:
            # (A heading inside a heading: html5lib reports that one itself.)
            heading.reported = True
            self._report(
                line,
                col,
                "block-in-heading",
                f"<{tag}> is inside the heading <{heading.tag}> opened on line {heading.line}: "
                f"a heading holds only {INLINE_EXAMPLES}. Close the heading with "
                f"</{heading.tag}> first, then start <{tag}> after it.",
            )

    def _list_item_starts(self, line: int, col: int) -> None:
        innermost = self._innermost(LISTS | {"li"})
        if innermost is not None and innermost.tag == "li":
            # <li>one<li>two: a browser ends the first item here, as the rules allow.
            del self.stack[self.stack.index(innermost) :]
            innermost = self._innermost(LISTS)
        if innermost is None:
            self._report(
                line,
                col,
                "list-item-outside-list",
                "<li> is a list item, but it is not inside a list. Put the items inside "
                "<ul> ... </ul> (a list with bullets) or <ol> ... </ol> (a numbered list).",
            )


def content_problems(text: str) -> tuple[list[HtmlProblem], set[tuple[int, str]]]:
    """The content-model mistakes of a page, in order, and the end tags they explain."""
    check = ContentCheck()
    try:
        check.feed(text)
        check.close()
    except Exception:  # noqa: BLE001 - html5lib reports what the tokenizer cannot read
        pass
    return check.problems, check.explained_ends
