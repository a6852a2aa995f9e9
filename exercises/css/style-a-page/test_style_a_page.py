"""Checks for style.css: a whole page styled, from the body down to small screens."""

import re

from tutor.checks import contrast_ratio, is_colour
from tutor.checks.failure import CheckFailure

GENERIC_FAMILIES = {"serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui"}
SIDES = ("top", "right", "bottom", "left")


# ---- helpers ----------------------------------------------------------------

def colour_of(rule, prop):
    """The colour a rule sets for `prop` ('background' counts for background-color)."""
    value = rule.get(prop)
    if value is None and prop == "background-color":
        value = rule.get("background")
    return value


def check_contrast(rule, where):
    text, back = colour_of(rule, "color"), colour_of(rule, "background-color")
    assert text is not None and back is not None, (
        f"{where} needs both a text colour (color) and a background colour "
        f"(background-color). It has color: {text or 'not set'} and background-color: "
        f"{back or 'not set'}."
    )
    for value in (text, back):
        assert is_colour(value), (
            f"{where}: '{value}' is not a colour the checks can read. Use a colour name, "
            "a hex code like #1b4332, or rgb(...)."
        )
    ratio = contrast_ratio(text, back)
    shown = int(ratio * 100) / 100  # 4.499 shows as 4.49, not 4.50
    assert ratio >= 4.5, (
        f"{where}: the text colour {text} on the background {back} has a contrast ratio of "
        f"{shown:.2f}, but it needs at least 4.5. Make the dark colour darker or the light "
        "colour lighter."
    )


def sides(rule, prop):
    """The four sides of margin or padding, from the shorthand and the longhands, in order."""
    found = dict.fromkeys(SIDES)
    for declaration in rule.declarations:
        if declaration.name == prop:
            parts = declaration.value.lower().split()
            parts = {1: parts * 4, 2: parts * 2, 3: parts + parts[1:2]}.get(len(parts), parts)
            found.update(zip(SIDES, parts, strict=False))
        elif declaration.name in {f"{prop}-{side}" for side in SIDES}:
            found[declaration.name.rsplit("-", 1)[1]] = declaration.value.lower()
    return found


def zero(value):
    return value is not None and value.strip().lower() in {"0", "0px", "0rem", "0em"}


def columns(value):
    """'repeat(3, 1fr)' -> ['1fr', '1fr', '1fr']."""
    value = re.sub(r"repeat\(\s*(\d+)\s*,\s*([^()]+?)\s*\)",
                   lambda m: " ".join([m.group(2)] * int(m.group(1))), value.lower())
    return value.split()


def check_list_reset(rule, selector):
    bullets = rule.get("list-style") or rule.get("list-style-type")
    assert bullets is not None and bullets.lower() == "none", (
        f"{selector} still has bullets. Add list-style: none; to its rule."
    )
    padding = sides(rule, "padding")
    assert zero(padding["left"]), (
        f"{selector} still has the padding a list has on its left by default. Add padding: 0; "
        "to its rule."
    )


def check_flex_row(rule, selector):
    display = rule.get("display")
    assert display == "flex", (
        f"{selector} should be a flex container (display: flex;), but its display is "
        f"{display or 'not set'}."
    )
    direction = rule.get("flex-direction")
    assert direction in (None, "row"), (
        f"{selector} has flex-direction: {direction} outside the @media rule, so it stacks on "
        "every screen. Set it only inside @media (max-width: 600px)."
    )


# ---- 1. base ----------------------------------------------------------------

def test_base_font_has_a_generic_fallback(stylesheet):
    declaration = stylesheet().rule("body").declaration("font-family")
    fonts = [name.strip().strip("\"'").lower() for name in declaration.value.split(",")]
    assert fonts[-1] in GENERIC_FAMILIES, (
        f"style.css line {declaration.line}: the font list {declaration.value} does not end "
        "with a generic family. Add a comma and serif or sans-serif at the end."
    )


def test_base_line_height_is_comfortable(stylesheet):
    declaration = stylesheet().rule("body").declaration("line-height")
    try:
        number = float(declaration.value)
    except ValueError:
        number = None
    assert number is not None and 1.4 <= number <= 1.8, (
        f"style.css line {declaration.line}: the line-height of body is {declaration.value}. "
        "Use a plain number between 1.4 and 1.8, like 1.5: it multiplies the font size."
    )


def test_body_has_no_margin(stylesheet):
    margin = sides(stylesheet().rule("body"), "margin")
    assert all(zero(value) for value in margin.values()), (
        "The body should have no margin, so the header bar reaches the edges of the window. "
        "Add margin: 0; to the body rule."
    )


def test_body_text_has_enough_contrast(stylesheet):
    check_contrast(stylesheet().rule("body"), "The body rule")


# ---- 2. header bar and menu ----------------------------------------------------

def test_header_is_a_flex_row_with_ends_apart(stylesheet):
    rule = stylesheet().rule(".site-header")
    check_flex_row(rule, ".site-header")
    justify = rule.get("justify-content")
    assert justify == "space-between", (
        f".site-header has justify-content: {justify or 'not set'}. To put the heading at one "
        "end and the menu at the other, use space-between."
    )
    align = rule.get("align-items")
    assert align == "center", (
        f".site-header has align-items: {align or 'not set'}. Use center, so the heading and "
        "the menu line up top to bottom."
    )


def test_header_has_padding_and_readable_colours(stylesheet):
    rule = stylesheet().rule(".site-header")
    padding = sides(rule, "padding")
    assert any(value and not zero(value) for value in padding.values()), (
        ".site-header has no padding, so its text touches the edges of the bar. Add some, "
        "like padding: 8px 24px;"
    )
    check_contrast(rule, "The .site-header rule")


def test_menu_is_a_row_without_bullets(stylesheet):
    rule = stylesheet().rule(".menu")
    check_flex_row(rule, ".menu")
    assert rule.get("gap") is not None, (
        "The .menu items have no gap between them. Add one, like gap: 16px;"
    )
    check_list_reset(rule, ".menu")


# ---- 3. main column ----------------------------------------------------------

def test_main_column_has_a_max_width_and_is_centred(stylesheet):
    rule = stylesheet().rule("main")
    assert rule.get("max-width") is not None, (
        "main has no max-width, so on a wide screen its lines of text are too long to read "
        "comfortably. Add one, like max-width: 50rem;"
        + (" (Use max-width, not width: a max-width shrinks on a phone, a width does not.)"
           if rule.get("width") else "")
    )
    margin = sides(rule, "margin")
    assert margin["left"] == "auto" and margin["right"] == "auto", (
        f"To centre main, its left and right margins should be auto, but they are "
        f"{margin['left'] or 'not set'} and {margin['right'] or 'not set'}. "
        "margin: 0 auto; does it."
    )


# ---- 4. event cards ------------------------------------------------------------

def test_events_are_a_grid_of_three_equal_columns(stylesheet):
    rule = stylesheet().rule(".events")
    assert rule.get("display") == "grid", (
        f".events should be a grid container (display: grid;), but its display is "
        f"{rule.get('display') or 'not set'}."
    )
    template = rule.declaration("grid-template-columns")
    found = columns(template.value)
    assert len(found) == 3 and len(set(found)) == 1 and found[0].endswith("fr"), (
        f"style.css line {template.line}: grid-template-columns: {template.value} should be "
        "three equal fr columns, like repeat(3, 1fr)."
    )
    assert rule.get("gap") is not None, "The event cards have no gap. Add one, like gap: 16px;"
    check_list_reset(rule, ".events")


# ---- 5. footer -----------------------------------------------------------------

def test_footer_text_is_centred(stylesheet):
    align = stylesheet().rule(".site-footer").get("text-align")
    assert align == "center", (
        f".site-footer has text-align: {align or 'not set'}. Use center."
    )


# ---- 6. small screens ------------------------------------------------------------

def test_small_screens_get_one_column_and_a_stacked_header(stylesheet):
    sheet = stylesheet()
    inner = [rules for query, rules in sheet.media_blocks
             if re.search(r"max-width\s*:\s*600px", query, re.IGNORECASE)]
    if not inner:
        raise CheckFailure(
            "style.css has no @media (max-width: 600px) rule yet. Add one at the end of the "
            "file, with a rule for .events and one for .site-header inside it.",
            "style.css",
        )
    events = next((s.get(".events", "grid-template-columns") for s in inner
                   if s.get(".events", "grid-template-columns")), None)
    assert events is not None and len(columns(events)) == 1, (
        "Inside the @media rule, .events should have one column (grid-template-columns: 1fr;), "
        f"but it has {events or 'no grid-template-columns'}."
    )
    direction = next((s.get(".site-header", "flex-direction") for s in inner
                      if s.get(".site-header", "flex-direction")), None)
    assert direction == "column", (
        "Inside the @media rule, .site-header should stack its items: flex-direction: column; "
        f"It has {direction or 'no flex-direction'}."
    )


def test_stylesheet_has_no_mistakes(stylesheet):
    stylesheet().assert_valid()
