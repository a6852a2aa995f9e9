"""The offline reference: short Markdown pages in reference/, searched by words,
and Python's own documentation (pydoc) for standard-library names.

Learners cannot look anything up on the web, so this is where a lesson sends
them for details. A page is `reference/<topic>/NN-name.md`; its id is
"<topic>/<name>" (the leading number only orders the pages, as for lessons).
The first line is `# Title`, the first paragraph after it is the summary.

Lessons link to a page with a Markdown link whose address is `ref:<id>`,
like `[flexbox](ref:css/flexbox)`.

This module is core: it never imports Textual or Rich.
"""

from __future__ import annotations

import builtins
import contextlib
import importlib
import importlib.util
import io
import pydoc
import re
import sys
import sysconfig
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

REFERENCE_FOLDER = "reference"

# Topics in the order learners meet them; a topic not named here comes after,
# in alphabetical order, so an instructor's new folder still shows up.
TOPIC_ORDER = ("html", "css", "javascript", "python", "git", "sql", "pytest", "web")

# Ranking weights: a word found in a title beats one found in a heading,
# which beats one found only in the text, however often.
TITLE_WEIGHT = 100.0
HEADING_WEIGHT = 10.0
TEXT_WEIGHT = 1.0

REF_LINK = re.compile(r"\]\(\s*ref:([^)\s#]+)(#[^)\s]*)?\s*\)")
FENCE = re.compile(r"^\s*(```|~~~)")
NUMBER_PREFIX = re.compile(r"^\d+[-_]")
MODULE_REFERENCE = re.compile(r"^MODULE REFERENCE\n(?:[ \t]+.*\n|\n)*", re.MULTILINE)
PYTHON_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")


@dataclass(frozen=True)
class ReferencePage:
    id: str
    title: str
    summary: str
    topic: str
    text: str
    path: Path
    headings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Hit:
    """One search result: the page, its score, and a line that shows why it matched."""

    page: ReferencePage
    score: float
    snippet: str = ""


@dataclass
class ReferenceIndex:
    pages: list[ReferencePage] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_id = {page.id: page for page in self.pages}
        # Lower-cased copies made once, so each search is only substring tests.
        self._folded = [
            (
                f"{page.title} {page.topic} {page.id}".lower(),
                [heading.lower() for heading in page.headings],
                page.text.lower(),
            )
            for page in self.pages
        ]

    def page(self, page_id: str) -> ReferencePage | None:
        """The page with this id ("css/flexbox"), or None; a `ref:` prefix is allowed."""
        page_id = page_id.strip()
        if page_id.startswith("ref:"):
            page_id = page_id[len("ref:") :]
        return self._by_id.get(page_id.split("#", 1)[0].strip("/"))

    def topics(self) -> list[str]:
        return list(dict.fromkeys(page.topic for page in self.pages))

    def search(self, query: str) -> list[Hit]:
        """Pages holding every word of the query, best first.

        An empty query gives every page, in course order. Case is ignored; a
        word matches inside longer words too ("flex" finds "flexbox").
        """
        words = query.lower().split()
        if not words:
            return [Hit(page, 0.0) for page in self.pages]
        phrase = " ".join(words)
        hits: list[tuple[float, int, Hit]] = []
        for order, (page, (title, headings, text)) in enumerate(
            zip(self.pages, self._folded, strict=True)
        ):
            score = 0.0
            for word in words:
                word_score = _word_score(word, title, headings, text)
                if word_score == 0.0:
                    break
                score += word_score
            else:
                if phrase in page.title.lower():
                    score += TITLE_WEIGHT
                if page.title.lower() == phrase or page.id.split("/")[-1] == phrase:
                    score += TITLE_WEIGHT
                hits.append((score, order, Hit(page, score, _snippet(page, words))))
        hits.sort(key=lambda item: (-item[0], item[1]))
        return [hit for _, _, hit in hits]


def _word_score(word: str, title: str, headings: list[str], text: str) -> float:
    if word in title:
        # A title word that starts with the query word ranks above one that
        # merely contains it: "list" is about lists more than about "checklist".
        starts = re.search(r"\b" + re.escape(word), title) is not None
        return TITLE_WEIGHT + (TITLE_WEIGHT / 2 if starts else 0.0)
    if any(word in heading for heading in headings):
        return HEADING_WEIGHT
    count = text.count(word)
    if count:
        # More mentions count a little, but never enough to beat a heading.
        return TEXT_WEIGHT + min(count, 8) / 10
    return 0.0


def _snippet(page: ReferencePage, words: list[str]) -> str:
    """The first heading or line of text that holds the first word."""
    for line in page.text.splitlines()[1:]:
        if words[0] in line.lower() and line.strip():
            return line.strip().lstrip("#").strip()[:120]
    return page.summary[:120]


def load_reference(course_root: Path) -> ReferenceIndex:
    """Every page under course_root/reference/, in course order.

    Never raises for a bad page: a page that cannot be read is left out and
    described in `problems`; a page without a title gets its file name.
    """
    folder = Path(course_root) / REFERENCE_FOLDER
    if not folder.is_dir():
        return ReferenceIndex()
    pages: list[ReferencePage] = []
    problems: list[str] = []
    seen: dict[str, Path] = {}
    for path in sorted(folder.rglob("*.md"), key=lambda p: _sort_key(folder, p)):
        relative = path.relative_to(folder)
        if len(relative.parts) < 2 or path.name.lower() == "readme.md":
            continue  # a README at any level describes the folder, it is not a page
        page_id = "/".join([*relative.parts[:-1], NUMBER_PREFIX.sub("", path.stem)])
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            problems.append(f"{relative.as_posix()}: cannot be read ({error})")
            continue
        if page_id in seen:
            problems.append(
                f"{relative.as_posix()}: the id '{page_id}' is already used by "
                f"{seen[page_id].relative_to(folder).as_posix()}; this page is left out"
            )
            continue
        seen[page_id] = path
        page, problem = parse_page(page_id, text, path)
        if problem:
            problems.append(f"{relative.as_posix()}: {problem}")
        pages.append(page)
    return ReferenceIndex(pages, problems)


def _sort_key(folder: Path, path: Path) -> tuple[int, str, str]:
    topic = path.relative_to(folder).parts[0]
    rank = TOPIC_ORDER.index(topic) if topic in TOPIC_ORDER else len(TOPIC_ORDER)
    return (rank, topic, path.relative_to(folder).as_posix())


def parse_page(page_id: str, text: str, path: Path) -> tuple[ReferencePage, str | None]:
    """A page from its Markdown; the second value describes a missing title or summary."""
    title = ""
    summary_lines: list[str] = []
    headings: list[str] = []
    in_code = False
    part = "title"  # the page is read as: title, then summary, then body
    for line in text.splitlines():
        if FENCE.match(line):
            in_code = not in_code
            part = "body" if part == "summary" and summary_lines else part
            continue
        stripped = line.strip()
        if in_code:
            continue
        if stripped.startswith("#"):
            heading = stripped.lstrip("#").strip()
            if part == "title" and stripped.startswith("# "):
                title, part = heading, "summary"
            else:
                headings.append(heading)
                part = "body"
        elif part == "summary":
            if stripped:
                summary_lines.append(stripped)
            elif summary_lines:
                part = "body"
    problem = None
    if not title:
        title = page_id.split("/")[-1].replace("-", " ").capitalize()
        problem = "the first line should be the title, like '# Flexbox'"
    elif not summary_lines:
        problem = "give a one-line summary under the title"
    topic = page_id.split("/", 1)[0]
    page = ReferencePage(
        page_id, title, " ".join(summary_lines), topic, text, path, tuple(headings)
    )
    return page, problem


def find_ref_links(markdown: str) -> list[str]:
    """The page ids of every `[text](ref:topic/name)` link in some Markdown."""
    return [match.group(1).strip("/") for match in REF_LINK.finditer(markdown)]


# --- Python's own documentation ------------------------------------------------

# Standard-library modules that do something when imported or documented
# (print, open a browser or a window, start IDLE, touch the terminal), or that
# run code found on disk. Their parts are refused too ("tkinter.ttk").
REFUSED_MODULES = frozenset(
    {
        "antigravity", "this", "webbrowser", "turtle", "turtledemo", "tkinter",
        "idlelib", "test", "readline", "curses", "ensurepip", "venv", "pydoc",
        "lib2to3", "msilib", "winsound", "site", "sitecustomize", "usercustomize",
    }
)  # fmt: skip


def looks_like_python_name(text: str) -> bool:
    """True for "len", "str.split", "sqlite3.connect": names pydoc_text may know."""
    return bool(PYTHON_NAME.match(text.strip()))


def may_have_pydoc(name: str) -> bool:
    """A quick guess, importing nothing: does name start with a builtin or a stdlib module?

    Lets a front end offer Python's help for "len" or "json.dumps" next to
    the pages that mention them; pydoc_text has the last word.
    """
    if not looks_like_python_name(name):
        return False
    first = name.strip().split(".")[0]
    if hasattr(builtins, first):
        return True
    return (
        first in sys.stdlib_module_names
        and first not in REFUSED_MODULES
        and not first.startswith("_")
    )


def pydoc_text(name: str) -> str | None:
    """Python's documentation for a builtin or standard-library name, as plain text.

    None when the name is not one: nothing is imported unless it is a module
    of the standard library found in Python's own folders (never a file of the
    learner's with the same name), and never one of REFUSED_MODULES.
    """
    name = name.strip()
    if not looks_like_python_name(name):
        return None
    try:
        target = _resolve(name.split("."))
        if target is None:
            return None
        # pydoc.plaintext: TextDoc without the backspace bold; typeshed does not list it.
        plain = pydoc.plaintext  # type: ignore[attr-defined]
        text = pydoc.render_doc(target, title="Python's help for %s", renderer=plain)
    except Exception:  # noqa: BLE001 - any failure to document means "no help for this"
        return None
    # The learner has no web: drop the section that points at the online docs.
    return MODULE_REFERENCE.sub("", text)


def _resolve(parts: list[str]) -> object | None:
    first, rest = parts[0], parts[1:]
    if first not in sys.stdlib_module_names and hasattr(builtins, first):
        target: object = getattr(builtins, first)
        return _attributes(target, rest)
    module = _import_stdlib(first)
    if module is None:
        return None
    # Walk down the dotted name: a part is a submodule if the package has one
    # by that name, otherwise an attribute ("os.path.join", "json.dumps").
    while rest and getattr(module, "__path__", None) is not None:
        submodule = _import_stdlib(f"{module.__name__}.{rest[0]}")
        if submodule is None:
            break
        module, rest = submodule, rest[1:]
    return _attributes(module, rest)


def _attributes(target: object, names: list[str]) -> object | None:
    for attribute in names:
        if not hasattr(target, attribute):
            return None
        target = getattr(target, attribute)
    return target


def _import_stdlib(dotted: str) -> ModuleType | None:
    parts = dotted.split(".")
    if parts[0] not in sys.stdlib_module_names:
        return None
    if any(part.startswith("_") for part in parts) or parts[0] in REFUSED_MODULES:
        return None  # private modules and __main__ run code when imported
    if dotted in sys.modules:
        module = sys.modules[dotted]
        return module if _is_stdlib_origin(getattr(module, "__file__", None)) else None
    try:
        spec = importlib.util.find_spec(dotted)
    except (ImportError, ValueError):
        return None
    if spec is None or not _is_stdlib_origin(spec.origin):
        return None
    # Some old modules warn when imported; a warning printed to the terminal
    # would draw over the TUI, so warnings and stray output are swallowed.
    sink = io.StringIO()
    with warnings.catch_warnings(), contextlib.redirect_stdout(sink):
        warnings.simplefilter("ignore")
        with contextlib.redirect_stderr(sink):
            return importlib.import_module(dotted)


def _stdlib_folders() -> tuple[list[Path], list[Path]]:
    paths = sysconfig.get_paths()
    inside = [Path(paths[key]).resolve() for key in ("stdlib", "platstdlib") if key in paths]
    outside = [Path(paths[key]).resolve() for key in ("purelib", "platlib") if key in paths]
    return inside, outside


def _is_stdlib_origin(origin: str | None) -> bool:
    """True for built-in and frozen modules and files in Python's own library folder."""
    if origin in ("built-in", "frozen"):
        return True
    if not origin:
        return False
    path = Path(origin).resolve()
    if any(part in ("site-packages", "dist-packages") for part in path.parts):
        return False
    inside, outside = _stdlib_folders()
    if any(path.is_relative_to(folder) for folder in outside):
        return False
    return any(path.is_relative_to(folder) for folder in inside)
