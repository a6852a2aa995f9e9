"""The shipped reference pages: each loads, is well formed, and its examples work.

Learners cannot check a page anywhere else, so what can be checked by a
machine is: every link leads somewhere, every Python example compiles, and
every SQL example runs against a copy of the course's library database.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from tutor.reference import FENCE, ReferencePage, find_ref_links, load_reference

COURSE_ROOT = Path(__file__).resolve().parents[2]
INDEX = load_reference(COURSE_ROOT)
PAGES = INDEX.pages
CODE_BLOCK = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)

# The library from the databases track, small but with every case the pages
# talk about: loans still out (NULL), members without loans, books never lent.
LIBRARY = """
CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT NOT NULL);
CREATE TABLE books (
  id INTEGER PRIMARY KEY, title TEXT NOT NULL,
  author_id INTEGER NOT NULL REFERENCES authors(id),
  year INTEGER NOT NULL, pages INTEGER NOT NULL, genre TEXT NOT NULL
);
CREATE TABLE members (id INTEGER PRIMARY KEY, name TEXT NOT NULL, wing TEXT NOT NULL);
CREATE TABLE loans (
  id INTEGER PRIMARY KEY,
  book_id INTEGER NOT NULL REFERENCES books(id),
  member_id INTEGER NOT NULL REFERENCES members(id),
  loaned_on TEXT NOT NULL, returned_on TEXT
);
INSERT INTO authors VALUES (1, 'Chinua Achebe', 'Nigeria'), (2, 'Toni Morrison', 'USA'),
  (3, 'Andrea Levy', 'UK');
INSERT INTO books VALUES (1, 'Things Fall Apart', 1, 1958, 209, 'Fiction'),
  (2, 'Beloved', 2, 1987, 324, 'Fiction'), (3, 'Small Island', 3, 2004, 441, 'Fiction'),
  (4, 'Collected Poems', 1, 2004, 120, 'Poetry'), (5, 'The Bluest Eye', 2, 1970, 206, 'Fiction');
INSERT INTO members VALUES (1, 'Ana', 'A'), (2, 'Bo', 'B'), (3, 'Cy', 'A'), (4, 'Dee', 'C');
INSERT INTO loans VALUES (1, 1, 1, '2024-05-01', '2024-05-10'),
  (2, 2, 1, '2024-05-11', NULL), (3, 3, 2, '2024-05-12', NULL);
"""


def code_blocks(page: ReferencePage, language: str) -> list[str]:
    return [code for lang, code in CODE_BLOCK.findall(page.text) if lang == language]


def page_params() -> list[pytest.param]:
    return [pytest.param(page, id=page.id) for page in PAGES]


def test_the_reference_has_pages_for_every_topic() -> None:
    topics = {page.topic for page in PAGES}
    expected = {"html", "css", "javascript", "python", "git", "sql", "pytest", "web"}
    assert expected <= topics, f"topics without pages: {sorted(expected - topics)}"
    assert len(PAGES) >= 50


def test_every_page_loads_without_a_problem() -> None:
    assert INDEX.problems == []


@pytest.mark.parametrize("page", page_params())
def test_page_has_a_title_and_a_one_line_summary(page: ReferencePage) -> None:
    assert page.text.startswith(f"# {page.title}\n"), "the first line should be '# Title'"
    assert page.summary, "the first paragraph under the title is the summary"
    assert "\n" not in page.summary.strip()
    assert len(page.summary) <= 200, "keep the summary to one line"


@pytest.mark.parametrize("page", page_params())
def test_page_is_short_enough_to_read_in_a_terminal(page: ReferencePage) -> None:
    lines = page.text.count("\n")
    assert 40 <= lines <= 160, f"{page.id} has {lines} lines; aim for 40 to 150"


@pytest.mark.parametrize("page", page_params())
def test_every_code_block_names_its_language(page: ReferencePage) -> None:
    opening = True
    for number, line in enumerate(page.text.splitlines(), start=1):
        if FENCE.match(line):
            if opening:
                assert line.strip().strip("`~").strip(), (
                    f"{page.id} line {number}: name the language after ``` "
                    "(html, css, javascript, python, sql, bash, text)"
                )
            opening = not opening
    assert opening, f"{page.id}: a code block is not closed"


@pytest.mark.parametrize("page", page_params())
def test_python_examples_compile(page: ReferencePage) -> None:
    for code in code_blocks(page, "python"):
        compile(code, page.id, "exec")


@pytest.mark.parametrize(
    "page", [param for param in page_params() if code_blocks(param.values[0], "sql")]
)
def test_sql_examples_run_on_the_library_database(page: ReferencePage) -> None:
    for code in code_blocks(page, "sql"):
        connection = sqlite3.connect(":memory:")
        try:
            connection.executescript(LIBRARY)
            connection.executescript(code)
        except sqlite3.Error as error:
            pytest.fail(f"{page.id}: this example fails with {error}:\n{code}")
        finally:
            connection.close()


def test_every_ref_link_in_lessons_and_reference_leads_to_a_page() -> None:
    broken = []
    sources = [*COURSE_ROOT.glob("lessons/**/*.toml"), *COURSE_ROOT.glob("reference/**/*.md")]
    for path in sources:
        for page_id in find_ref_links(path.read_text(encoding="utf-8")):
            if INDEX.page(page_id) is None:
                broken.append(f"{path.relative_to(COURSE_ROOT)}: ref:{page_id}")
    assert broken == [], "links to pages that do not exist:\n" + "\n".join(broken)
