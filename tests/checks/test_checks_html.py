"""HTML pages: selectors, plain-English parse errors, accessibility rules."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tutor.checks.failure import CheckFailure
from tutor.checks.html import load_page

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
    error = failure_of(lambda: page.one("h2", "<h2> heading",
                                        "Add one inside <body>, like <h2>Watering</h2>."))
    assert str(error) == ("good.html has no <h2> heading. "
                          "Add one inside <body>, like <h2>Watering</h2>.")


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
    assert "misnested.html line 5" in message
    assert "tags must close in the reverse order they opened" in message
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
    from tutor.checks.html import Page

    page = Page("<html lang='en'><body><p>hi</p></body></html>", "index.html")
    assert [p.message for p in page.parse_errors] == [
        "The page should start with <!DOCTYPE html> before <html>."
    ]
