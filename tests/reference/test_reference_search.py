"""Loading pages from a folder, and searching them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.reference import ReferenceIndex, find_ref_links, load_reference


def write(root: Path, relative: str, text: str) -> None:
    path = root / "reference" / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def index(tmp_path: Path) -> ReferenceIndex:
    write(tmp_path, "css/01-flexbox.md", "# Flexbox\n\nBoxes in a row.\n\n## gap\n\nSpace.\n")
    write(
        tmp_path,
        "css/02-grid.md",
        "# Grid\n\nRows and columns.\n\n## Flexbox or grid?\n\nUse grid for two axes.\n",
    )
    write(
        tmp_path,
        "html/01-lists.md",
        "# Lists\n\nItems.\n\nA menu laid out with flexbox, flexbox and flexbox.\n",
    )
    write(tmp_path, "python/01-built-ins.md", "# Built-in functions\n\nlen and more.\n")
    return load_reference(tmp_path)


def ids(index: ReferenceIndex, query: str) -> list[str]:
    return [hit.page.id for hit in index.search(query)]


def test_ids_drop_the_ordering_number(index: ReferenceIndex) -> None:
    assert [page.id for page in index.pages] == [
        "html/lists",
        "css/flexbox",
        "css/grid",
        "python/built-ins",
    ]


def test_page_has_title_summary_topic_and_headings(index: ReferenceIndex) -> None:
    page = index.page("css/grid")
    assert page is not None
    assert (page.title, page.summary, page.topic) == ("Grid", "Rows and columns.", "css")
    assert page.headings == ("Flexbox or grid?",)


def test_page_accepts_a_ref_address(index: ReferenceIndex) -> None:
    assert index.page("ref:css/flexbox") is index.page("css/flexbox")
    assert index.page("css/nothing") is None


def test_a_title_match_ranks_above_a_heading_match_above_a_text_match(
    index: ReferenceIndex,
) -> None:
    assert ids(index, "flexbox") == ["css/flexbox", "css/grid", "html/lists"]


def test_search_ignores_case(index: ReferenceIndex) -> None:
    assert ids(index, "FLEXBOX")[0] == "css/flexbox"


def test_every_word_must_match(index: ReferenceIndex) -> None:
    assert ids(index, "flexbox axes") == ["css/grid"]
    assert ids(index, "flexbox zebra") == []


def test_a_word_matches_inside_longer_words(index: ReferenceIndex) -> None:
    assert ids(index, "flex")[0] == "css/flexbox"


def test_the_topic_counts_as_part_of_the_title(index: ReferenceIndex) -> None:
    assert set(ids(index, "css")) == {"css/flexbox", "css/grid"}


def test_an_empty_query_lists_every_page_in_order(index: ReferenceIndex) -> None:
    assert ids(index, "  ") == [page.id for page in index.pages]


def test_a_hit_shows_the_line_that_matched(index: ReferenceIndex) -> None:
    hit = index.search("axes")[0]
    assert hit.snippet == "Use grid for two axes."


def test_the_real_reference_ranks_the_page_named_in_the_query_first() -> None:
    index = load_reference(Path(__file__).resolve().parents[2])
    assert ids(index, "flexbox")[0] == "css/flexbox"
    assert ids(index, "git commit")[0] == "git/add-and-commit"
    assert ids(index, "merge conflict")[0] == "git/conflicts"
    assert ids(index, "join")[0] == "sql/join"


def test_a_bad_page_is_reported_not_fatal(tmp_path: Path) -> None:
    write(tmp_path, "css/01-a.md", "no title here\n")
    write(tmp_path, "css/02-b.md", "# B\n")
    (tmp_path / "reference" / "css" / "03-c.md").write_bytes(b"# C\n\n\xff\xfe bad\n")
    write(tmp_path, "css/a.md", "# Again\n\nSame id as 01-a.\n")
    write(tmp_path, "css/README.md", "# About this folder\n")
    write(tmp_path, "loose.md", "# Not in a topic\n")
    index = load_reference(tmp_path)
    assert [page.id for page in index.pages] == ["css/a", "css/b"]
    assert index.page("css/a").title == "A"  # the file name stands in for a title
    problems = "\n".join(index.problems)
    assert "css/01-a.md: the first line should be the title" in problems
    assert "css/02-b.md: give a one-line summary" in problems
    assert "css/03-c.md: cannot be read" in problems
    assert "css/a.md: the id 'css/a' is already used by css/01-a.md" in problems


def test_no_reference_folder_gives_an_empty_index(tmp_path: Path) -> None:
    index = load_reference(tmp_path)
    assert index.pages == [] and index.search("anything") == []


def test_code_blocks_are_not_headings(tmp_path: Path) -> None:
    write(tmp_path, "python/01-a.md", "# A\n\nSummary.\n\n```python\n# a comment\n```\n")
    page = load_reference(tmp_path).page("python/a")
    assert page is not None and page.headings == ()


def test_ref_links_are_found_in_markdown() -> None:
    text = "See [flexbox](ref:css/flexbox) and [grid]( ref:css/grid#areas ), not [x](css/x)."
    assert find_ref_links(text) == ["css/flexbox", "css/grid"]
