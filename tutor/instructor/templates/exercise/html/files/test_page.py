"""Placeholder checks: replace them with checks of your own exercise."""


def test_page_has_no_tag_mistakes(html_page):
    html_page("index.html").assert_well_formed()


def test_page_has_a_main_heading_that_says_welcome(html_page):
    page = html_page("index.html")
    page.one("h1", "<h1> heading", "Add one inside <body>, like <h1>Welcome</h1>.")
    said = page.text_of("h1")
    assert said == "Welcome", (
        f'The <h1> heading in index.html should say "Welcome", but it says "{said}".'
    )
