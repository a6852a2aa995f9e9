"""Checks for index.html: a heading that says hello and a paragraph."""


def test_page_has_no_tag_mistakes(html_page):
    html_page().assert_well_formed()


def test_page_has_a_heading_that_says_hello(html_page):
    page = html_page()
    heading = page.one(
        "body h1",
        "<h1> heading inside <body>",
        "Write one like <h1>Hello, I am Ana</h1> in place of the first TODO comment.",
    )
    text = " ".join(heading.get_text(" ").split())
    assert "hello" in text.lower(), (
        f"Your <h1> heading says '{text}', but it should have the word Hello in it "
        f"(index.html line {page.line_of(heading)}). Write your words between <h1> and </h1>."
    )


def test_page_has_a_paragraph_of_a_few_words(html_page):
    page = html_page()
    paragraph = page.one(
        "body p",
        "<p> paragraph inside <body>",
        "Write one like <p>I like long walks.</p> in place of the second TODO comment.",
    )
    words = paragraph.get_text(" ").split()
    assert len(words) >= 3, (
        f"Your paragraph has {len(words)} word(s) (index.html line {page.line_of(paragraph)}). "
        "Write at least three words between <p> and </p>."
    )
