"""Checks for style.css and index.html: a mobile-first grid, images that shrink to fit,
and a photo offered in two sizes with srcset and sizes."""

import re

from tutor.checks.failure import CheckFailure

FILES = {"images/hills-600.svg", "images/hills-1200.svg"}


def columns(value):
    """How many columns a grid-template-columns value makes: '1fr 1fr' and 'repeat(2, 1fr)'
    are 2. None when it cannot tell."""
    text = (value or "").strip().lower()
    repeat = re.fullmatch(r"repeat\(\s*(\d+)\s*,\s*([^)]+)\)", text)
    if repeat:
        return int(repeat.group(1)) * len(repeat.group(2).split())
    return len(text.split()) if text and "(" not in text else None


def test_stylesheet_has_no_mistakes(stylesheet):
    stylesheet().assert_valid()


def test_walks_have_one_column_on_small_screens(stylesheet):
    value = stylesheet().get(".walks", "grid-template-columns")
    assert value is None or columns(value) == 1, (
        f"Outside any @media rule, .walks has grid-template-columns: {value}, so small "
        "screens get more than one column. Mobile first: the plain .walks rule is for the "
        "smallest screens. Take the columns out of it; they go in the min-width rule."
    )
    assert stylesheet().value(".walks", "display") == "grid", (
        "Keep display: grid on .walks, so the gap between the walks still works."
    )


def test_walks_have_three_columns_from_700px(stylesheet):
    wide = stylesheet().media("(min-width: 700px)")
    value = wide.get(".walks", "grid-template-columns")
    assert value is not None, (
        "Inside @media (min-width: 700px), .walks needs a grid-template-columns for three "
        "equal columns."
    )
    assert columns(value) == 3 and "fr" in value, (
        f"Inside the min-width rule, .walks has grid-template-columns: {value}. Three equal "
        "columns is repeat(3, 1fr), or 1fr three times."
    )


def test_no_max_width_query_is_left(stylesheet):
    left = [query for query, _ in stylesheet().media_blocks if "max-width" in query.lower()]
    assert not left, (
        f"style.css still has @media {left[0] if left else ''}. Mobile first needs no "
        "max-width query here: the plain rules already are the small-screen layout. Delete it."
    )


def test_images_shrink_to_fit_their_box(stylesheet):
    sheet = stylesheet()
    width = sheet.get("img", "max-width")
    assert width is not None and width.replace(" ", "") == "100%", (
        "Add a rule for img with max-width: 100%; so no image is wider than its box"
        + (f" (it has max-width: {width} now)." if width else ".")
    )
    height = sheet.get("img", "height")
    assert height == "auto", (
        "The img rule also needs height: auto; so the height follows the width and the "
        "picture keeps its shape" + (f" (it has height: {height} now)." if height else ".")
    )


def the_photo(page):
    return page.one(
        "img.hero", 'photo <img class="hero">', "It was in the file when you started: put it back."
    )


def real_width(workspace, name):
    path = workspace / name
    match = re.search(r'<svg[^>]*\swidth="(\d+)"', path.read_text(encoding="utf-8"))
    return int(match.group(1)) if match else None


def test_photo_offers_two_sizes_with_their_real_widths(html_page, workspace):
    photo = the_photo(html_page())
    srcset = str(photo.get("srcset", "")).strip()
    assert srcset, (
        'The photo has no srcset yet. Add srcset="..." inside its <img> tag, listing the two '
        "files, each followed by its width and a w."
    )
    entries = {}
    for entry in srcset.split(","):
        parts = entry.split()
        if len(parts) != 2 or not re.fullmatch(r"\d+w", parts[1]):
            raise CheckFailure(
                f"In the srcset, '{entry.strip()}' should be a file, a space, then its width "
                "in pixels with a w, like images/boat-500.jpg 500w. Separate the entries "
                "with commas.",
                "index.html",
                photo.sourceline,
            )
        entries[parts[0].removeprefix("./")] = int(parts[1][:-1])
    missing = sorted(FILES - set(entries))
    assert not missing, (
        f"The srcset should list both files, but {', '.join(missing)} is not in it. Write "
        "the path from index.html, with the folder: images/..."
    )
    for name in sorted(entries):
        if not (workspace / name).is_file():
            raise CheckFailure(
                f"The srcset names {name}, but there is no such file. The files are "
                f"{' and '.join(sorted(FILES))}.",
                "index.html",
                photo.sourceline,
            )
        width = real_width(workspace, name)
        assert width is None or entries[name] == width, (
            f"The srcset says {name} is {entries[name]}w, but the file is {width} pixels "
            f"wide. The number is the file's real width: write {width}w."
        )


def test_photo_says_how_wide_it_is_shown(html_page):
    photo = the_photo(html_page())
    sizes = " ".join(str(photo.get("sizes", "")).split())
    assert sizes == "100vw", 'The photo is as wide as the screen, so give it sizes="100vw"' + (
        f', not sizes="{sizes}".' if sizes else "."
    )
    assert str(photo.get("src", "")).strip(), (
        "Keep the photo's src, for browsers that do not know srcset."
    )
    assert str(photo.get("alt", "")).strip(), (
        "Keep the photo's alt text: it describes the picture for people who cannot see it."
    )


def test_page_has_no_tag_mistakes(html_page):
    html_page().assert_well_formed()
