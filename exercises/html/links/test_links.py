"""Checks for index.html and about.html: links between them and to another website."""


VAGUE_TEXT = {"click here", "here", "link", "this link", "click", "this", "more", "read more"}


def tidy(element):
    return " ".join(element.get_text(" ").split())


def links_to(page, address):
    return [a for a in page.select("a[href]") if str(a["href"]).strip() == address]


def describe_links(page):
    found = [f'<a href="{a.get("href", "")}">{tidy(a)}</a>' for a in page.select("a")]
    return ", ".join(found) if found else "no links at all"


def test_home_page_links_to_the_about_page(html_page):
    page = html_page("index.html")
    found = links_to(page, "about.html")
    assert found, (
        'index.html should have a link with href="about.html", but it has '
        f"{describe_links(page)}. Check the spelling of about.html: it must match the file name."
    )
    got = tidy(found[0])
    assert got.lower() == "about the library", (
        f"The link to about.html should say 'About the library', but it says '{got}'. "
        "The link text goes between <a ...> and </a>."
    )


def test_about_page_links_back_home(html_page):
    page = html_page("about.html")
    found = links_to(page, "index.html")
    assert found, (
        'about.html should have a link with href="index.html", but it has '
        f"{describe_links(page)}."
    )
    got = tidy(found[0])
    assert got.lower() == "home", (
        f"The link back to index.html should say 'Home', but it says '{got}'."
    )


def test_about_page_links_to_project_gutenberg(html_page):
    page = html_page("about.html")
    found = [a for a in page.select("a[href]") if "gutenberg.org" in str(a["href"])]
    assert found, (
        "about.html should have a link to https://www.gutenberg.org/, but it has "
        f"{describe_links(page)}."
    )
    href = str(found[0]["href"]).strip()
    assert href.startswith("https://"), (
        f'The link to gutenberg.org has href="{href}". An address on another website must '
        'start with https://, or the browser looks for a file in your folder: '
        'write href="https://www.gutenberg.org/".'
    )
    text = tidy(found[0])
    assert text and text.lower().strip(" .!") not in VAGUE_TEXT, (
        f"The link to gutenberg.org says '{text}'. Link text should say where the link goes, "
        "even when read on its own: for example 'free books at Project Gutenberg'."
    )


def test_links_to_your_own_pages_point_at_files_that_exist(html_page, files):
    for name in ("index.html", "about.html"):
        page = html_page(name)
        for link in page.select("a[href]"):
            href = str(link["href"]).strip()
            if "://" in href or href.startswith(("#", "mailto:")) or not href:
                continue
            target = href.split("#")[0]
            assert files.exists(target), (
                f'In {name}, the link "{tidy(link)}" goes to {href}, but there is no file '
                "with that name in your folder. Check the spelling and the capital letters."
            )


def test_pages_have_no_tag_mistakes(html_page):
    for name in ("index.html", "about.html"):
        html_page(name).assert_well_formed()
