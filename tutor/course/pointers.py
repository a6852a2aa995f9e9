"""Dead pointers: a lesson or reference page that names a reference page or a
course file that does not exist ("see reference/html.md", `[grid](ref:css/grids)`).

A learner who follows such a pointer finds nothing and cannot look elsewhere, so
`tutor lint` reports each one where it is written, with the closest real page.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from tutor.course.model import Problem, Severity
from tutor.spelling import closest_name

# `ref:css/flexbox`, in a Markdown link or on its own.
REF_MENTION = re.compile(r"(?<![\w/])ref:([A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)*)")
# A path into the course: reference/html.md, exercises/html/first-page/starter/index.html.
PATH_MENTION = re.compile(
    r"(?<![\w./-])((?:reference|exercises|lessons)/[A-Za-z0-9_./-]*[A-Za-z0-9_-])"
)
NUMBER_PREFIX = re.compile(r"^\d+[-_]")
MAX_LISTED = 12


def pointer_problems(root: Path) -> list[Problem]:
    """A warning for every dead pointer in lessons/**/*.toml and reference/**/*.md."""
    from tutor.reference import load_reference  # not at import: it is only needed here

    page_ids = [page.id for page in load_reference(root).pages]
    problems = []
    files = sorted((root / "lessons").rglob("*.toml")) + sorted((root / "reference").rglob("*.md"))
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue  # the loader reports unreadable lesson files
        for number, line in enumerate(text.splitlines(), start=1):
            for message in _dead_pointers(line, root, page_ids):
                problems.append(Problem(path, number, message, Severity.WARNING))
    return problems


def _dead_pointers(line: str, root: Path, page_ids: list[str]) -> Iterator[str]:
    for match in REF_MENTION.finditer(line):
        page_id = match.group(1).rstrip(".").strip("/")
        if page_id not in page_ids:
            yield f"the link ref:{page_id} names no reference page: {_suggest(page_id, page_ids)}"
    for match in PATH_MENTION.finditer(line):
        mentioned = match.group(1).rstrip("./")
        if (root / mentioned).exists():
            continue
        if mentioned.startswith("reference/"):
            guess = _page_id_of(mentioned)
            yield (
                f"{mentioned} does not exist, so a learner who looks for it finds nothing: "
                f"{_suggest(guess, page_ids)}"
            )
        else:
            yield f"{mentioned} does not exist in this course{_closest_file(root, mentioned)}"


def _page_id_of(mentioned: str) -> str:
    """reference/css/06-flexbox.md -> css/flexbox; reference/html.md -> html."""
    parts = mentioned.removeprefix("reference/").removesuffix(".md").split("/")
    return "/".join(NUMBER_PREFIX.sub("", part) for part in parts)


def _suggest(guess: str, page_ids: list[str]) -> str:
    """How to point at a real page instead: the closest id, or the pages of a topic."""
    topic, _, name = guess.partition("/")
    in_topic = [page_id for page_id in page_ids if page_id.split("/", 1)[0] == topic]
    # A whole topic ("reference/html.md") or a page of it: look in that topic first.
    closest = closest_name(guess, in_topic) if name else None
    if closest is None and name:
        closest = closest_name(guess, page_ids)
    if closest is not None:
        return f"did you mean [words](ref:{closest})?"
    if in_topic:
        listed = ", ".join(in_topic[:MAX_LISTED])
        return f"link to one of the {topic} pages with [words](ref:{topic}/NAME): {listed}"
    return "link to a page that exists with [words](ref:topic/name) (see the reference/ folder)"


def _closest_file(root: Path, mentioned: str) -> str:
    """': did you mean exercises/html/first-page?' from the deepest folder that exists."""
    folder = root
    parts = mentioned.split("/")
    for index, part in enumerate(parts):
        if not (folder / part).exists():
            names = [child.name for child in folder.iterdir()] if folder.is_dir() else []
            closest = closest_name(part, names)
            if closest is None:
                return ""
            return ": did you mean " + "/".join([*parts[:index], closest]) + "?"
        folder = folder / part
    return ""
