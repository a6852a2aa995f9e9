"""Checks for the food bank's page: one check for each item of the accessibility
checklist, in index.html and style.css."""

import re

from tutor.checks.failure import CheckFailure

VAGUE_LINKS = {"click here", "here", "click", "read more", "more", "this", "this link",
               "link", "go", "click this link"}  # fmt: skip
FILE_NAME = re.compile(r"\.(svg|png|jpe?g|gif|webp)$", re.IGNORECASE)


def tidy(text):
    return " ".join(text.split())


def line(element):
    return getattr(element, "sourceline", None)


def test_page_says_its_language(html_page):
    html_page().assert_has_lang()


def test_title_names_the_page(html_page):
    page = html_page()
    title = page.text_of("title", "<title> in the <head>") if page.has("title") else ""
    assert "food bank" in title.lower(), (
        f"The page's title is '{title}'. The title is what a screen reader says first and "
        "what a browser tab shows: make it name the page, with the words Food bank in it."
    )


def test_headings_go_down_one_level_at_a_time(html_page):
    page = html_page()
    headings = page.select("h1, h2, h3, h4, h5, h6")
    ones = [h for h in headings if h.name == "h1"]
    assert len(ones) == 1, (
        f"The page should have exactly one <h1>, its main title, but it has {len(ones)}."
    )
    level = 0
    for heading in headings:
        new = int(heading.name[1])
        if new > level + 1:
            raise CheckFailure(
                f"index.html line {line(heading)}: the heading '{tidy(heading.get_text(' '))}' "
                f"is an <{heading.name}> right after an <h{level}>, so it skips a level. A "
                "screen reader user hears that a part is missing. Make it one level below "
                "the heading before it.",
                "index.html",
                line(heading),
            )
        level = new


def images(page, name):
    return [img for img in page.select("img") if str(img.get("src", "")).endswith(name)]


def test_photo_is_described(html_page):
    page = html_page()
    photos = images(page, "crates.svg")
    assert photos, "The photo images/crates.svg is missing: put its <img> back."
    alt = tidy(str(photos[0].get("alt", "")))
    assert alt, (
        f"index.html line {line(photos[0])}: the photo of the crates has no alt text. "
        "Describe what it shows, for people who cannot see it."
    )
    assert not FILE_NAME.search(alt) and len(alt.split()) >= 3, (
        f"The photo's alt text is '{alt}'. Describe what the picture shows, in a few words, "
        "as you would to someone on the phone."
    )


def test_decoration_has_an_empty_alt(html_page):
    page = html_page()
    lines = images(page, "divider.svg")
    assert lines, "The decoration images/divider.svg is missing: put its <img> back."
    alt = lines[0].get("alt")
    assert alt == "", (
        f"index.html line {line(lines[0])}: the wavy line is only decoration, but "
        + (
            f"its alt text '{alt}' is read out to screen reader users. "
            if alt
            else "it has no alt, so screen readers may read out its file name. "
        )
        + 'Give it an empty alt: alt="".'
    )


def test_every_link_says_where_it_goes(html_page):
    page = html_page()
    for link in page.select("a"):
        words = tidy(link.get_text(" ")).lower().rstrip(".!")
        if words in VAGUE_LINKS or not words:
            raise CheckFailure(
                f"index.html line {line(link)}: a link says '{tidy(link.get_text(' '))}'. Read "
                "on its own, in a list of links, it does not say where it goes. Put the words "
                "that say it inside the link, such as what the page it opens is about.",
                "index.html",
                line(link),
            )


def test_every_field_has_a_label(html_page):
    html_page().assert_labels_for_inputs()


def test_days_are_a_group_with_a_legend(html_page):
    page = html_page()
    radios = page.select('input[type="radio"]')
    assert len(radios) == 2, "Keep the two radio buttons, Tuesday and Saturday."
    fieldset = radios[0].find_parent("fieldset")
    assert fieldset is not None and radios[1].find_parent("fieldset") is fieldset, (
        "Put both radio buttons, with their labels, inside one <fieldset>, so a screen reader "
        "reads them as answers to one question."
    )
    legend = fieldset.find("legend")
    words = tidy(legend.get_text(" ")) if legend else ""
    assert "day" in words.lower(), (
        "The <fieldset> needs a <legend> with the question the radio buttons answer, "
        "'Which day can you help?', as the first thing inside it."
        + (f" Its legend says '{words}'." if legend else "")
    )


def test_form_is_sent_with_a_real_button(html_page):
    page = html_page()
    fakes = [tag for tag in page.select(".button") if tag.name not in {"button", "input"}]
    if fakes:
        fake = fakes[0]
        raise CheckFailure(
            f"index.html line {line(fake)}: the Sign up box is a <{fake.name}>. It looks like "
            "a button, but it does not send the form, the keyboard cannot reach it, and a "
            "screen reader does not say it is a button. Make it a real <button>.",
            "index.html",
            line(fake),
        )
    form = page.one("form", "<form>", "It was in the file when you started: put it back.")
    # <input type="submit" value="..."> is a real button too: it sends the form.
    buttons = form.select('button, input[type="submit" i]')
    assert buttons, 'The form has no <button>. Add <button type="submit">Sign up</button>.'
    button = buttons[-1]
    if button.name == "input":
        words = tidy(str(button.get("value", "")))
    else:
        kind = str(button.get("type", "submit")).lower()
        assert kind == "submit", (
            f'The button has type="{kind}", so it does not send the form. Write type="submit".'
        )
        words = tidy(button.get_text(" "))
    assert words.lower() == "sign up", f"The button should say 'Sign up', but it says '{words}'."


def test_page_has_no_tag_mistakes(html_page):
    html_page().assert_well_formed()


def test_notice_text_is_readable(stylesheet):
    stylesheet().assert_contrast(".notice", at_least=4.5)


def all_rules(sheet):
    return [*sheet.rules, *(rule for _, inner in sheet.media_blocks for rule in inner.rules)]


def keeps_the_keyboard_ring(rule):
    """:focus:not(:focus-visible) hides the ring only after a mouse click: that is allowed."""
    return all(":not(:focus-visible)" in part.replace(" ", "") for part in rule.selectors)


def test_focus_ring_is_not_hidden(stylesheet):
    for rule in all_rules(stylesheet()):
        if ":focus" not in rule.selector or keeps_the_keyboard_ring(rule):
            continue
        outline = " ".join(
            d.value.lower()
            for d in rule.declarations
            if d.name in {"outline", "outline-style", "outline-width"}
        )
        if re.search(r"(^|\s)(none|0|0px)(\s|$)", outline):
            raise CheckFailure(
                f"style.css line {rule.line}: the rule for {rule.selector} hides the focus "
                "ring, so people who use the keyboard cannot see where they are. Remove the "
                "outline from it, or give it a ring of your own.",
                "style.css",
                rule.line,
            )


def test_stylesheet_has_no_mistakes(stylesheet):
    stylesheet().assert_valid()
