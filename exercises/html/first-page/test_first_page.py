"""Checks for index.html: a whole page with a language, a title and a paragraph."""


def test_page_has_no_tag_mistakes(html_page):
    html_page().assert_well_formed()


def test_html_tag_says_the_page_is_in_english(html_page):
    page = html_page()
    html = page.one("html", "<html> tag")
    lang = str(html.get("lang", "")).strip()
    assert lang, (
        'The <html> tag has no lang attribute yet. Write it as <html lang="en">: '
        "the attribute goes inside the opening tag, after the word html and a space."
    )
    assert lang.lower() == "en", (
        f'The <html> tag says lang="{lang}", but this page is in English: write lang="en".'
    )


def test_title_is_my_first_page(html_page):
    page = html_page()
    got = page.text_of("head title", "<title> inside <head>")
    assert got, (
        "The <title> is empty. Write My first page between <title> and </title>."
    )
    assert got.lower() == "my first page", (
        f"The title should be 'My first page', but it is '{got}'. "
        "Check the spelling between <title> and </title>."
    )


def test_body_has_a_paragraph_with_some_words(html_page):
    page = html_page()
    paragraph = page.one(
        "body p", "paragraph inside <body>",
        "Write one like <p>Hello, this is my page.</p> between <body> and </body>.",
    )
    words = paragraph.get_text(" ").split()
    assert len(words) >= 2, (
        f"Your paragraph has {len(words)} word(s). Write a few words between <p> and </p>."
    )
