"""Checks for style.css: page colours, a font with a fallback, sizes, and a readable heading."""

from tutor.checks import contrast_ratio, is_colour, same_colour

GENERIC_FAMILIES = {"serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui"}


def test_page_is_dark_text_on_cream(stylesheet):
    sheet = stylesheet()
    sheet.assert_colour("body", "background-color", "#fdf6e3")
    sheet.assert_colour("body", "color", "#222222")


def test_page_font_is_verdana_with_a_fallback(stylesheet):
    declaration = stylesheet().rule("body").declaration("font-family")
    fonts = [name.strip().strip("\"'").lower() for name in declaration.value.split(",")]
    assert fonts[0] == "verdana", (
        f"style.css line {declaration.line}: the first font should be Verdana, but the list "
        f"is {declaration.value}."
    )
    assert len(fonts) >= 2 and fonts[-1] in GENERIC_FAMILIES, (
        f"style.css line {declaration.line}: the font list {declaration.value} has no "
        "fallback at the end. Add a comma and sans-serif after Verdana."
    )
    assert fonts[-1] == "sans-serif", (
        f"style.css line {declaration.line}: Verdana has no small strokes on its letters, so "
        f"its fallback should be sans-serif, not {fonts[-1]}."
    )


def test_text_is_18px_with_one_and_a_half_line_height(stylesheet):
    rule = stylesheet().rule("body")
    size = rule.declaration("font-size")
    assert size.value.lower() == "18px", (
        f"style.css line {size.line}: the font-size of body should be 18px, but it is "
        f"{size.value}."
        + (" The browser skips a size with a space before its unit: write 18px."
           if " " in size.value else "")
    )
    height = rule.declaration("line-height")
    assert height.value.lower() in {"1.5", "150%"}, (
        f"style.css line {height.line}: the line-height of body should be 1.5, but it is "
        f"{height.value}."
    )


def test_heading_has_its_own_colour_with_enough_contrast(stylesheet):
    sheet = stylesheet()
    declaration = sheet.rule("h1").declaration("color")
    value = declaration.value
    assert is_colour(value), (
        f"style.css line {declaration.line}: '{value}' is not a colour CSS knows. Try a "
        "colour name like darkred, or a hex code like #1d4e89."
    )
    for plain in ("black", "#222222"):
        assert not same_colour(value, plain), (
            f"style.css line {declaration.line}: the h1 colour {value} is the same as "
            f"{plain}. Choose a colour of your own, so the heading stands out."
        )
    ratio = contrast_ratio(value, "#fdf6e3")
    shown = int(ratio * 100) / 100  # 4.499 shows as 4.49, not 4.50
    assert ratio >= 4.5, (
        f"style.css line {declaration.line}: the h1 colour {value} on the cream background "
        f"has a contrast ratio of {shown:.2f}, but it needs at least 4.5 to be easy to read. "
        "Choose a darker colour."
    )


def test_stylesheet_has_no_mistakes(stylesheet):
    stylesheet().assert_valid()
