"""A learner's page as text: what a browser would show, for a machine with no browser.

The page is loaded in the checks' DOM (tutor/checks/dom.py) so its scripts run
first, then its body is turned into Markdown by markdownify (headings, lists,
links with where they go, tables, images by their alt text), which the TUI
shows with its Markdown widget. Form controls, which have no text of their own,
are drawn as [ boxes ] first so a form reads with its labels.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from bs4 import BeautifulSoup, Tag
from markdownify import markdownify

from tutor.checks.dom import BrowserPage
from tutor.checks.failure import CheckFailure

DROPPED = ("script", "style", "noscript", "template", "head")


@dataclass(frozen=True)
class PageText:
    markdown: str
    console: list[str] = field(default_factory=list)
    problem: str | None = None  # why the scripts could not run, in the checks' words


def page_file(folder: Path, edited: list[str] | tuple[str, ...] = ()) -> str | None:
    """The page to show: the first .html file the learner edits, else index.html, else any."""
    for name in edited:
        if name.lower().endswith((".html", ".htm")):
            return name
    if (folder / "index.html").is_file():
        return "index.html"
    pages = sorted(p.name for p in folder.glob("*.htm*"))
    return pages[0] if pages else None


def page_as_text(folder: Path, name: str) -> PageText:
    """The page after its scripts ran; when they fail, the page as written, and why."""
    try:
        page = BrowserPage(folder, name)
    except CheckFailure as failure:
        try:
            written = (folder / name).read_text(encoding="utf-8", errors="replace")
        except OSError:
            return PageText("", problem=str(failure))
        return PageText(html_as_markdown(written), problem=str(failure))
    html = page.evaluate("document.documentElement.outerHTML") or ""
    return PageText(html_as_markdown(str(html)), console=page.console)


def html_as_markdown(html: str) -> str:
    soup = BeautifulSoup(html, "html5lib")
    title = soup.title.get_text(strip=True) if soup.title else ""
    for tag in soup.find_all(DROPPED):
        tag.decompose()
    for control in soup.find_all(["input", "button", "select", "textarea"]):
        control.replace_with(_drawn(control))
    for link in soup.find_all("a", href=True):
        # The Markdown widget shows a link's text only; the learner needs where it goes.
        link.append(f" (link: {link['href']})")
        link.unwrap()
    for image in soup.find_all("img"):
        alt = str(image.get("alt") or "").strip()
        image.replace_with(f"[image: {alt}]" if alt else "[image with no alt text]")
    body = soup.body or soup
    text = markdownify(str(body), heading_style="ATX", bullets="*-+").strip()
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return (f"*Title: {title}*\n\n" if title else "") + text


def _drawn(control: Tag) -> str:
    """A form control as the text a reader would see in its place."""
    kind = str(control.get("type") or "").lower()
    if control.name == "button" or kind in ("submit", "button", "reset"):
        label = control.get_text(strip=True) or str(control.get("value") or "Submit")
        return f" [ {label} ] "
    if kind == "checkbox":
        return " [x] " if control.has_attr("checked") else " [ ] "
    if kind == "radio":
        return " (o) " if control.has_attr("checked") else " ( ) "
    if kind == "hidden":
        return ""
    if control.name == "select":
        chosen = control.find("option", selected=True) or control.find("option")
        return f" [ {chosen.get_text(strip=True) if chosen else ''} v ] "
    value = control.get_text() if control.name == "textarea" else str(control.get("value") or "")
    shown = value or str(control.get("placeholder") or "")
    return f" [ {shown or '_' * 10} ] "
