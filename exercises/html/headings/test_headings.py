"""Checks for index.html: headings, paragraphs and one important word."""


def tidy(element):
    return " ".join(element.get_text(" ").split())


def test_page_has_one_main_heading_growing_tomatoes(html_page):
    page = html_page()
    headings = page.select("h1")
    assert headings, (
        "The page has no main heading yet. Put <h1> and </h1> around the line "
        "Growing tomatoes."
    )
    assert len(headings) == 1, (
        f"The page has {len(headings)} main headings (<h1>), but a page has only one. "
        "The other titles are second-level headings: <h2>."
    )
    got = tidy(headings[0])
    assert got.lower() == "growing tomatoes", (
        f"The main heading should say 'Growing tomatoes', but it says '{got}'."
    )


def test_page_has_two_second_level_headings(html_page):
    page = html_page()
    got = [tidy(h) for h in page.select("h2")]
    wanted = ["what you need", "planting"]
    assert [text.lower() for text in got] == wanted, (
        f"The page should have two <h2> headings, 'What you need' then 'Planting', "
        f"but it has {len(got)}: {got}. Put <h2> and </h2> around each of those two lines."
    )


def test_sentences_are_paragraphs(html_page):
    page = html_page()
    paragraphs = [tidy(p).lower() for p in page.select("p")]
    for start in ("a sunny spot", "plant the seedling"):
        assert any(text.startswith(start) for text in paragraphs), (
            f"The sentence that starts '{start.capitalize()}...' is not in a paragraph yet. "
            "Put <p> before it and </p> after it."
        )


def test_the_word_sunny_is_marked_important(html_page):
    page = html_page()
    strong = page.select("p strong")
    assert strong, (
        "No word is marked as important yet. Put <strong> and </strong> around the word "
        "sunny, inside its paragraph."
    )
    got = [tidy(s) for s in strong]
    assert [text.lower() for text in got] == ["sunny"], (
        f"Only the word 'sunny' should be inside <strong>, but <strong> holds: {got}. "
        "Move </strong> so it comes straight after the word sunny."
    )


def test_page_has_no_tag_mistakes(html_page):
    html_page().assert_well_formed()
