"""HTML pages: selectors, plain-English parse errors, accessibility rules."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tutor.checks.failure import CheckFailure
from tutor.checks.html import Page, load_page

FailureOf = Callable[[Callable[[], object]], CheckFailure]


def test_a_good_page_is_well_formed_and_accessible(samples: Path) -> None:
    page = load_page(samples / "good.html")
    page.assert_well_formed()
    page.assert_has_lang()
    page.assert_images_have_alt()
    page.assert_labels_for_inputs()
    assert page.parse_errors == []
    assert page.text_of("h1") == "Growing tomatoes"
    assert page.text_of("p") == "Tomatoes like sunny places."
    assert [a.name for a in page.select("body > *")][:3] == ["h1", "p", "img"]
    assert page.line_of(page.one("img")) == 10


def test_a_missing_element_is_named_in_a_sentence(samples: Path, failure_of: FailureOf) -> None:
    page = load_page(samples / "good.html")
    error = failure_of(
        lambda: page.one("h2", "<h2> heading", "Add one inside <body>, like <h2>Watering</h2>.")
    )
    assert str(error) == (
        "good.html has no <h2> heading. Add one inside <body>, like <h2>Watering</h2>."
    )


def test_an_unclosed_div_names_the_line_it_was_opened_on(
    samples: Path, failure_of: FailureOf
) -> None:
    page = load_page(samples / "unclosed.html")
    error = failure_of(page.assert_well_formed)
    message = str(error)
    assert "unclosed.html line 7" in message
    assert "</body> comes before <div> (opened on line 5) is closed" in message
    assert "Add </div> before </body>" in message
    assert error.line == 7


def test_misnested_tags_explain_the_closing_order(samples: Path, failure_of: FailureOf) -> None:
    page = load_page(samples / "misnested.html")
    message = str(failure_of(page.assert_well_formed))
    assert (
        "misnested.html line 5: </b> was found while <i> (opened on line 5) is still "
        "open. Add </i> before </b>"
    ) in message
    assert (
        "misnested.html line 5: </i> closes a <i> that is already closed. Tags close in "
        "the reverse order they opened: <b><i>...</i></b>, not <b><i>...</b></i>."
    ) in message
    assert "adoption" not in message  # html5lib's own jargon never reaches the learner


def test_an_image_without_alt_text_is_reported_with_its_line(
    samples: Path, failure_of: FailureOf
) -> None:
    page = load_page(samples / "no_alt_no_lang.html")
    error = failure_of(page.assert_images_have_alt)
    assert str(error).startswith("no_alt_no_lang.html: 1 image has no alt text (line 5).")
    assert '<img src="cat.png" alt="A red bicycle">' in str(error)
    assert error.line == 5


def test_a_page_without_lang_is_reported(samples: Path, failure_of: FailureOf) -> None:
    page = load_page(samples / "no_alt_no_lang.html")
    message = str(failure_of(page.assert_has_lang))
    assert message.startswith("The <html> tag in no_alt_no_lang.html has no lang attribute.")
    assert '<html lang="en">' in message


def test_an_input_without_a_label_is_reported(samples: Path, failure_of: FailureOf) -> None:
    page = load_page(samples / "no_alt_no_lang.html")
    message = str(failure_of(page.assert_labels_for_inputs))
    assert message.startswith("no_alt_no_lang.html line 7: the <input> called 'age' has no")
    assert '<label for="age">' in message


def test_a_missing_doctype_is_explained() -> None:
    page = Page("<html lang='en'><body><p>hi</p></body></html>", "index.html")
    assert [p.message for p in page.parse_errors] == [
        "The page should start with <!DOCTYPE html> before <html>."
    ]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            "<h1>Hi</h2>",
            "line 4: </h2> was found while <h1> (opened on line 4) is still open. "
            "Add </h1> before </h2>, or check the spelling of </h2>.",
        ),
        (
            "<p>hi</p></span>",
            "line 4: </span> closes a <span> that was never opened. Remove it, "
            "or check the spelling of the opening tag.",
        ),
        (
            '<img src="x.png alt="x">',
            "line 4: After an attribute value in quotes there should be "
            "a space or '>': check the quotes on this line.",
        ),
        ("<p>a</br>b</p>", "line 4: </br> is not a closing tag: write <br> alone, with no </br>."),
        (
            "<div>\n<section>\n<p>hi",
            "line 6: The file ends while these tags are still open: "
            "<div> (line 4), <section> (line 5). Close each one, the last "
            "opened first.",
        ),
    ],
)
def test_common_mistakes_read_as_sentences(source: str, expected: str) -> None:
    page = Page(f"<!DOCTYPE html>\n<html lang='en'>\n<body>\n{source}\n</body>\n</html>\n")
    if source.startswith("<div>"):  # the file really ends inside the <p>
        page = Page(f"<!DOCTYPE html>\n<html lang='en'>\n<body>\n{source}")
    assert str(page.parse_errors[0]) == expected


def test_well_formed_failure_puts_the_first_mistake_on_the_first_line(
    samples: Path, failure_of: FailureOf
) -> None:
    error = failure_of(load_page(samples / "misnested.html").assert_well_formed)
    first, *rest = str(error).splitlines()
    assert first == (
        "misnested.html line 5: </b> was found while <i> (opened on line 5) is "
        "still open. Add </i> before </b>, or check the spelling of </b>."
    )
    assert rest[0] == (
        "That is the first of 2 mistakes in its tags that a browser has to "
        "guess around. The others:"
    )
    assert rest[1].startswith("  misnested.html line 5: </i> closes a <i>")


LIST_PAGE = """<!DOCTYPE html>
<html lang="en">
<head><title>Packing</title><style>li { color: red; }</style></head>
<body>
  <h1>Packing   <em>list</em></h1>
  <ul>
    <li>Clo<b>thes</b></li>
    <li>
      Papers
      <ul>
        <li>passport</li>
        <li>tickets</li>
      </ul>
    </li>
  </ul>
  <p hidden>secret</p>
  <script>let hidden = "no";</script>
  <!-- <tbody> in a comment does not count -->
  <table><tr><td>Mon</td><td>Swim</td></tr></table>
</body>
</html>
"""


def test_visible_text_is_what_a_reader_sees() -> None:
    page = Page(LIST_PAGE)
    assert page.visible_text("h1") == "Packing list"
    assert page.visible_text("ul li") == "Clothes"  # <b> inside a word adds no space
    assert page.visible_text("td") == "Mon"
    assert page.visible_text("tr") == "Mon Swim"  # cells are apart
    assert page.visible_text() == ("Packing list Clothes Papers passport tickets Mon Swim")
    assert page.text_of("h1") == "Packing list"


def test_own_text_leaves_out_nested_lists() -> None:
    page = Page(LIST_PAGE)
    items = page.select("body > ul > li")
    assert [page.own_text(li) for li in items] == ["Clothes", "Papers"]
    assert page.visible_text("body > ul > li:nth-of-type(2)") == "Papers passport tickets"
    assert page.own_text("ul ul li") == "passport"


def test_a_missing_element_in_visible_text_is_a_sentence(failure_of: FailureOf) -> None:
    page = Page(LIST_PAGE)
    assert str(failure_of(lambda: page.visible_text("footer", "<footer>"))) == (
        "index.html has no <footer>."
    )


def test_source_has_tag_sees_only_what_the_learner_wrote() -> None:
    page = Page(LIST_PAGE)
    assert page.has("tbody")  # html5lib adds it, as a browser does
    assert not page.source_has_tag("tbody")  # ...but the learner did not write it
    assert page.source_has_tag("table") and page.source_has_tag("TITLE")
    assert not page.source_has_tag("t")  # a whole tag name, not the start of one
    written = Page("<table>\n<TBODY class='days'><tr><td>Mon</td></tr></TBODY></table>")
    assert written.source_has_tag("tbody")
