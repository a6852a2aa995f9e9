"""Checks for index.html: the garden page rebuilt from landmarks."""

from tutor.checks.failure import CheckFailure


def tidy(element):
    return " ".join(element.get_text(" ").split())


def section(page, ident):
    main = page.one("main", "<main>", 'The "content" div becomes <main> ... </main>.')
    found = main.find("section", id=ident)
    if found is None:
        elsewhere = page.soup.find(id=ident)
        now = f" Right now id=\"{ident}\" is on a <{elsewhere.name}>." if elsewhere else ""
        raise CheckFailure(
            f'<main> has no <section id="{ident}">.{now} Change that part\'s tags to '
            f'<section id="{ident}"> ... </section>, inside <main>.',
            "index.html",
        )
    return found


def test_header_holds_the_main_heading(html_page):
    page = html_page()
    header = page.one("body header", "<header>",
                      'Change <div class="top"> to <header>, and its </div> to </header>.')
    heading = header.find("h1")
    assert heading is not None, (
        "The <header> has no <h1> inside it. The main heading Riverside Community Garden "
        "belongs inside the header."
    )
    assert "riverside community garden" in tidy(heading).lower(), (
        f"The main heading should still say 'Riverside Community Garden', but it says "
        f"'{tidy(heading)}'."
    )


def test_nav_in_the_header_lists_the_links(html_page):
    page = html_page()
    nav = page.one("header nav", "<nav> inside the <header>",
                   "Wrap the menu links in <nav> ... </nav>, inside the header.")
    links = nav.select("a[href]")
    assert links, "The <nav> has no links in it. Move the About and Events links into it."
    for link in links:
        item = link.find_parent("li")
        assert item is not None and item.find_parent("ul") is not None, (
            f"The link '{tidy(link)}' in the nav is not in a list item. Put each link in "
            "its own <li>, and all the <li> in one <ul>: <ul><li><a ...>...</a></li></ul>."
        )
    hrefs = [str(a["href"]) for a in links]
    for wanted in ("#about", "#events"):
        assert wanted in hrefs, (
            f'The nav should still have the link to {wanted}, but it has only {hrefs}.'
        )


def test_main_holds_the_about_and_events_sections(html_page):
    page = html_page()
    mains = page.select("main")
    assert len(mains) <= 1, f"The page has {len(mains)} <main> elements, but a page has one."
    for ident, heading in (("about", "about the garden"), ("events", "events")):
        part = section(page, ident)
        h2 = part.find("h2")
        assert h2 is not None and tidy(h2).lower() == heading, (
            f"The section {ident} should start with its <h2> heading, "
            f"'{heading.capitalize()}'. Keep the heading inside the section."
        )


def test_join_us_section_exists_and_the_nav_links_to_it(html_page):
    page = html_page()
    join = section(page, "join")
    h2 = join.find("h2")
    assert h2 is not None and tidy(h2).lower() == "join us", (
        "The join section needs a second-level heading that says Join us: "
        "<h2>Join us</h2>, inside the section."
    )
    paragraph = join.find("p")
    assert paragraph is not None and len(tidy(paragraph).split()) >= 3, (
        "The join section needs a paragraph (<p>...</p>) of a few words that says how to join."
    )
    links = [a for a in page.select("nav a[href]") if str(a["href"]).strip() == "#join"]
    assert links, (
        'The nav has no link to the new section. Add <li><a href="#join">Join us</a></li> '
        "to its list."
    )
    assert tidy(links[0]).lower() == "join us", (
        f"The link to #join should say 'Join us', but it says '{tidy(links[0])}'."
    )


def test_every_nav_link_goes_to_a_section(html_page):
    page = html_page()
    for link in page.select("nav a[href]"):
        href = str(link["href"]).strip()
        if not href.startswith("#"):
            continue
        target = page.soup.find(id=href[1:])
        assert target is not None, (
            f'The nav link "{tidy(link)}" goes to {href}, but no element has id="{href[1:]}". '
            "The id is written without the #, and must match the link exactly."
        )


def test_footer_holds_the_address(html_page):
    page = html_page()
    footer = page.one("body footer", "<footer>",
                      'Change <div class="bottom"> to <footer>, and its </div> to </footer>.')
    assert "mill lane" in tidy(footer).lower(), (
        "The footer should still hold the address paragraph (Mill Lane...). Keep the words."
    )
    assert footer.find_parent("main") is None, (
        "The <footer> is inside <main>. Close </main> before the footer starts."
    )


def test_no_divs_are_left(html_page):
    page = html_page()
    divs = page.select("div")
    if divs:
        lines = [str(page.line_of(d)) for d in divs if page.line_of(d)]
        where = f" (line {', '.join(lines)})" if lines else ""
        raise CheckFailure(
            f"The page still has {len(divs)} <div>{'' if len(divs) == 1 else 's'}{where}. "
            "Each one should become a landmark: header, nav, main, section or footer.",
            "index.html", page.line_of(divs[0]),
        )


def test_page_has_no_tag_mistakes(html_page):
    page = html_page()
    page.assert_well_formed()
    page.assert_has_lang()
