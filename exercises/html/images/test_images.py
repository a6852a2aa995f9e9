"""Checks for index.html: a described image in a figure, and a decorative one."""

from tutor.checks.failure import CheckFailure

USELESS_ALT = {"image", "picture", "photo", "img", "drawing", "lighthouse", "a lighthouse",
               "an image", "a picture"}


def tidy(element):
    return " ".join(element.get_text(" ").split())


def image(page, name):
    """The <img> whose src ends with `name`, or a failure that lists what is there."""
    for img in page.select("img"):
        if str(img.get("src", "")).strip().endswith(name):
            return img
    found = [str(img.get("src", "")) for img in page.select("img")]
    listed = ", ".join(found) if found else "none"
    raise CheckFailure(
        f'index.html has no <img> with src="images/{name}" (images found: {listed}). '
        "An image is written <img src=\"...\" alt=\"...\">.",
        "index.html",
    )


def test_every_image_file_exists(html_page, files):
    page = html_page()
    for img in page.select("img"):
        src = str(img.get("src", "")).strip()
        assert src, "An <img> has no src attribute: src says which picture file to show."
        assert files.exists(src), (
            f'An <img> has src="{src}", but there is no file with that name. The pictures '
            "are in the folder images: write images/ before the file name, and check the spelling."
        )


def test_lighthouse_is_in_a_figure_with_a_caption(html_page):
    page = html_page()
    lighthouse = image(page, "lighthouse.svg")
    figure = lighthouse.find_parent("figure")
    assert figure is not None, (
        "The lighthouse <img> is not inside a <figure>. Put <figure> before it and "
        "</figure> after its caption."
    )
    caption = figure.find("figcaption")
    assert caption is not None, (
        "The lighthouse figure has no <figcaption>. Add "
        "<figcaption>The lighthouse at Cape Reed</figcaption> inside the <figure>."
    )
    got = tidy(caption)
    assert got.lower().rstrip(".") == "the lighthouse at cape reed", (
        f"The caption should say 'The lighthouse at Cape Reed', but it says '{got}'."
    )


def test_lighthouse_has_alt_text_that_describes_it(html_page):
    page = html_page()
    lighthouse = image(page, "lighthouse.svg")
    alt = lighthouse.get("alt")
    assert alt is not None, (
        'The lighthouse image has no alt attribute. Add alt="..." with a few words that '
        "say what the picture shows."
    )
    alt = " ".join(str(alt).split())
    assert alt, (
        'The lighthouse image has alt="", which tells screen readers to skip it. This '
        "picture matters: describe what it shows."
    )
    assert ".svg" not in alt.lower() and alt.lower() not in USELESS_ALT, (
        f'The lighthouse alt text is "{alt}". That does not tell a blind reader what the '
        "picture looks like. Describe it: the colours, the shapes, what is around it."
    )
    assert len(alt.split()) >= 3, (
        f'The lighthouse alt text "{alt}" is very short. Use at least three words to '
        "describe the picture."
    )


def test_wave_is_decoration_with_empty_alt(html_page):
    page = html_page()
    wave = image(page, "wave.svg")
    alt = wave.get("alt")
    assert alt is not None, (
        'The wave image has no alt attribute. It is only decoration, so write alt="" '
        "(empty): that tells screen readers to skip it. Leaving alt out makes some of them "
        "read the file name aloud."
    )
    assert str(alt).strip() == "", (
        f'The wave image has alt="{alt}". It is only decoration, so its alt should be '
        'empty: alt="".'
    )


def test_page_has_no_tag_mistakes(html_page):
    html_page().assert_well_formed()
