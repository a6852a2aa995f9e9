"""Checks for index.html: a bulleted list with a nested list, and a numbered list."""

from bs4 import NavigableString

from tutor.checks.failure import CheckFailure


def own_text(item):
    """The words of a list item itself, without the words of a list nested inside it."""
    words = " ".join(str(part) for part in item.contents if isinstance(part, NavigableString))
    return " ".join(words.split()).rstrip(".").lower()


def items(list_element):
    """The <li> items directly inside a <ul> or <ol> (not those of a nested list)."""
    return list_element.find_all("li", recursive=False)


def list_after_heading(page, heading, kind, words):
    """The first <ul>/<ol> after the <h2> that says `heading`."""
    for h2 in page.select("h2"):
        if " ".join(h2.get_text().split()).lower() == heading.lower():
            found = h2.find_next(["ul", "ol"])
            if found is None or found.find_previous("h2") is not h2:
                raise CheckFailure(
                    f"There is no list under the heading '{heading}' yet. Write a {words} "
                    f"list there: <{kind}> with an <li> for each item.",
                    "index.html", page.line_of(h2),
                )
            return found
    raise CheckFailure(
        f"The heading '{heading}' is missing. It was in the file when you started: "
        "put it back as an <h2>.",
        "index.html",
    )


def test_packing_list_has_clothes_books_and_papers(html_page):
    page = html_page()
    packing = list_after_heading(page, "What to pack", "ul", "bulleted")
    assert packing.name == "ul", (
        "The list under 'What to pack' is a numbered list (<ol>). The order of these items "
        "does not matter, so use a bulleted list: <ul>."
    )
    got = [own_text(li) for li in items(packing)]
    assert got == ["clothes", "books", "papers"], (
        f"The list under 'What to pack' should have the items Clothes, Books, Papers, but it "
        f"has {got}. Each item is one <li>...</li> directly inside the <ul>."
    )


def test_papers_item_holds_a_nested_list(html_page):
    page = html_page()
    packing = list_after_heading(page, "What to pack", "ul", "bulleted")
    papers = [li for li in items(packing) if own_text(li) == "papers"]
    assert papers, "The packing list has no Papers item yet. Add <li>Papers</li> first."
    nested = papers[0].find(["ul", "ol"], recursive=False)
    assert nested is not None, (
        "The Papers item has no list inside it. Put a <ul> with the two items inside the "
        "Papers <li>, after the word Papers and before its </li>."
    )
    got = [own_text(li) for li in items(nested)]
    assert got == ["id card", "letters"], (
        f"The list inside Papers should have the items ID card, Letters, but it has {got}."
    )


def test_steps_are_a_numbered_list_in_order(html_page):
    page = html_page()
    steps = list_after_heading(page, "How to pack", "ol", "numbered")
    assert steps.name == "ol", (
        "The list under 'How to pack' has bullets (<ul>), but these are steps, where the "
        "order matters: use a numbered list, <ol>."
    )
    got = [own_text(li) for li in items(steps)]
    wanted = ["empty the shelves", "fill the boxes", "write a label on each box"]
    assert got == wanted, (
        "The steps should be, in order: Empty the shelves, Fill the boxes, Write a label on "
        f"each box. Your list has {got}."
    )


def test_page_has_no_tag_mistakes(html_page):
    html_page().assert_well_formed()
