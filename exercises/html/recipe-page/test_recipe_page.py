"""Checks for index.html: a whole recipe page, written from nothing."""

from tutor.checks.failure import CheckFailure


def words_of(element):
    return " ".join(element.get_text(" ").split())


def list_under(page, heading, kind, kind_words):
    """The list that comes next after the <h2> whose words hold `heading`."""
    for h2 in page.select("h2"):
        if heading in words_of(h2).lower():
            found = h2.find_next(["ul", "ol"])
            if found is None or found.find_previous("h2") is not h2:
                raise CheckFailure(
                    f"There is no list under your heading '{words_of(h2)}'. Put a {kind_words} "
                    f"list right after it: <{kind}> with one <li> for each item.",
                    "index.html", page.line_of(h2),
                )
            if found.name != kind:
                raise CheckFailure(
                    f"The list under '{words_of(h2)}' is a <{found.name}>, but it should be a "
                    f"{kind_words} list, <{kind}>. Change both its opening and closing tag.",
                    "index.html", page.line_of(found),
                )
            return found
    raise CheckFailure(
        f"index.html has no <h2> heading with the word '{heading.capitalize()}'. Write one, "
        f"like <h2>{heading.capitalize()}</h2>, inside <body>.",
        "index.html",
    )


def test_page_has_no_tag_mistakes(html_page):
    html_page().assert_well_formed()


def test_page_has_a_language_and_a_title(html_page):
    page = html_page()
    page.assert_has_lang()
    title = page.one("head title", "<title> inside <head>",
                     "The title is the text on the browser's tab: <title>Lentil soup</title>.")
    assert words_of(title), (
        "The <title> is empty. Write the dish's name between <title> and </title>."
    )


def test_page_has_one_main_heading_with_the_dish(html_page):
    page = html_page()
    headings = page.select("h1")
    assert headings, (
        "index.html has no <h1> heading. The dish's name is the page's main heading: "
        "write it between <h1> and </h1>, first thing inside <body>."
    )
    assert len(headings) == 1, (
        f"index.html has {len(headings)} <h1> headings, but a page has one main heading. "
        "Make the others <h2> (line " + str(page.line_of(headings[1])) + ")."
    )
    assert words_of(headings[0]), "The <h1> heading is empty: write the dish's name in it."


def test_page_says_what_the_dish_is(html_page):
    page = html_page()
    paragraph = page.one("body p", "<p> paragraph",
                         "Under the <h1>, write a sentence that says what the dish is.")
    assert len(words_of(paragraph).split()) >= 4, (
        f"Your first paragraph says only '{words_of(paragraph)}' (index.html line "
        f"{page.line_of(paragraph)}). Write a sentence of at least four words about the dish."
    )


def test_ingredients_are_a_bulleted_list(html_page):
    page = html_page()
    ingredients = list_under(page, "ingredients", "ul", "bulleted")
    items = [li for li in ingredients.find_all("li", recursive=False) if words_of(li)]
    assert len(items) >= 3, (
        f"The ingredients list has {len(items)} item(s) with words in them, but it needs at "
        f"least 3 (index.html line {page.line_of(ingredients)}). Each ingredient is one <li>."
    )


def test_steps_are_a_numbered_list(html_page):
    page = html_page()
    steps = list_under(page, "steps", "ol", "numbered")
    items = [li for li in steps.find_all("li", recursive=False) if words_of(li)]
    assert len(items) >= 3, (
        f"The steps list has {len(items)} item(s) with words in them, but it needs at least "
        f"3 (index.html line {page.line_of(steps)}). Each step is one <li>, in order."
    )


def test_page_links_to_all_recipes(html_page):
    page = html_page()
    links = page.select("a")
    # "./recipes.html" names the same file in the same folder
    targets = [link.get("href", "").strip().removeprefix("./") for link in links]
    assert "recipes.html" in targets, (
        "index.html needs a link to the page recipes.html, in the same folder. "
        + (f"Your links go to: {', '.join(repr(t) for t in targets)}. " if targets else "")
        + "The address goes in the href of an <a>."
    )
    link = links[targets.index("recipes.html")]
    assert words_of(link), (
        f"The link to recipes.html has no words (line {page.line_of(link)}), so nobody can "
        "see it. Write the words a reader clicks between <a ...> and </a>."
    )
