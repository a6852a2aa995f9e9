"""Milestone "access": everyone can use the page, with a screen reader or with weak eyes."""

from tutor.checks import CheckFailure

BACKGROUND = "#ffffff"  # a browser's own page colour, when style.css gives none


def test_the_page_says_its_language(html_page):
    html_page("index.html").assert_has_lang()


def test_the_photo_is_described_in_words(html_page):
    page = html_page("index.html")
    page.assert_images_have_alt()
    for img in page.select("img"):
        alt = str(img.get("alt", "")).strip()
        if len(alt.split()) < 3 or "." in alt.split()[-1]:
            raise CheckFailure(
                f"index.html line {img.sourceline}: the photo's alt text is {alt!r}. A screen "
                "reader says it aloud in place of the picture, so describe what the photo "
                'shows in a few words, like alt="Three jars of honey on a shelf".',
                "index.html",
                img.sourceline,
            )


def test_the_headings_go_in_order(html_page):
    page = html_page("index.html")
    headings = page.select("h1, h2, h3, h4, h5, h6")
    ones = [h for h in headings if h.name == "h1"]
    assert len(ones) == 1, (
        f"The page should have one <h1> (its name, Amina's Bakery), but it has {len(ones)}. "
        "Use <h2> for the parts of the page."
    )
    level = 0
    for heading in headings:
        this = int(heading.name[1])
        if this > level + 1:
            raise CheckFailure(
                f"index.html line {heading.sourceline}: <{heading.name}> comes after "
                f"{'<h' + str(level) + '>' if level else 'no heading'}, so a level is skipped. "
                "Screen reader users move through a page by its headings, and a missing level "
                f"sounds like a missing part. Use <h{level + 1}> here, and change its size with "
                "CSS if you want it smaller.",
                "index.html",
                heading.sourceline,
            )
        level = this


def test_the_page_has_its_main_part_marked(html_page):
    page = html_page("index.html")
    assert page.count("main") == 1, (
        "Wrap the page's main part (what is baked, the hours) in one <main> ... </main>. A "
        "screen reader can then jump straight to it, past the heading at the top."
    )


def test_the_text_is_easy_to_read(stylesheet):
    sheet = stylesheet("style.css")
    sheet.rule("body").declaration("color")
    sheet.assert_contrast("body", at_least=4.5, background=BACKGROUND)
