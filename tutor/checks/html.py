"""HTML pages: find elements with CSS selectors, explain parse errors in plain words."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup, Tag

from tutor.checks.failure import CheckFailure, plural, where
from tutor.checks.html_errors import HtmlProblem, parse_problems


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
