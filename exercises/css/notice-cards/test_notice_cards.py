"""Checks for style.css, written from nothing: readable text, cards with room and a
border, in a row that stacks on small screens."""

import re

from tutor.checks import contrast_ratio, is_colour

GENERIC_FAMILIES = {"serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui"}
SIDES = ("top", "right", "bottom", "left")


def pixels(length):
    """'16px' -> 16, '1rem' -> 16 (a browser's starting size), '0' -> 0; None if unknown."""
    match = re.fullmatch(r"(\d*\.?\d+)(px|rem|em)?", (length or "").strip())
    if match is None:
        return None
    number = float(match.group(1))
    return number if match.group(2) in (None, "px") else number * 16


def test_stylesheet_has_no_mistakes(stylesheet):
    stylesheet().assert_valid()


def test_body_text_has_a_font_with_a_fallback(stylesheet):
    fonts = stylesheet().value("body", "font-family")
    last = fonts.split(",")[-1].strip().strip("\"'").lower()
    assert last in GENERIC_FAMILIES, (
        f"The body's font-family is {fonts}, which ends with {last}. End the list with a "
        "generic family, such as sans-serif or serif, for computers that have none of "
        "your fonts."
    )


def test_body_lines_have_room_between_them(stylesheet):
    height = stylesheet().value("body", "line-height")
    try:
        number = float(height)
    except ValueError:
        number = None
    assert number is not None and 1.3 <= number <= 2, (
        f"The body's line-height is {height}. Give a plain number between 1.3 and 2, like "
        "1.5: it multiplies the size of the letters, so lines are comfortable to read."
    )


def test_cards_have_room_inside_and_a_border(stylesheet):
    sheet = stylesheet()
    padding = sheet.box(".card", "padding")
    small = [side for side in SIDES if (pixels(padding[side]) or 0) < 8]
    assert not small, (
        "Each .card needs padding of at least 8px on every side, so the words do not "
        f"touch its border, but it has: {', '.join(f'{s} {padding[s] or 0}' for s in SIDES)}."
    )
    border = sheet.box(".card", "border")
    missing = [side for side in SIDES if " none " in f" {border[side]} " or border[side] is None]
    assert not missing, (
        "Each .card needs a border on every side, with a width, a style and a colour, like "
        f"border: 2px solid navy. The {', '.join(missing)} side(s) have none."
    )


def test_card_text_is_easy_to_read(stylesheet):
    rule = stylesheet().rule(".card")
    text = rule.get("color")
    back = rule.get("background-color") or rule.get("background")
    assert text and back, (
        "Give .card both a text colour (color) and a background colour (background-color), "
        f"so you know they go together. It has color: {text or 'not set'} and "
        f"background-color: {back or 'not set'}."
    )
    for value in (text, back):
        assert is_colour(value), (
            f"'{value}' is not a colour the checks can read. Use a colour name, a hex code "
            "like #1b4332, or rgb(...)."
        )
    ratio = contrast_ratio(text, back)
    assert ratio >= 4.5, (
        f"The .card text colour {text} on {back} has a contrast ratio of "
        f"{int(ratio * 100) / 100:.2f}, but text needs at least 4.5. Make the dark colour "
        "darker or the light one lighter."
    )


def test_cards_sit_in_a_row_with_a_gap(stylesheet):
    sheet = stylesheet()
    display = sheet.value(".cards", "display")
    assert display == "flex", (
        f"The .cards box has display: {display}. To put the cards side by side, make "
        ".cards a flex container: display: flex."
    )
    gap = sheet.get(".cards", "gap") or sheet.get(".cards", "column-gap")
    assert gap and (pixels(gap.split()[-1]) or 0) > 0, (
        "The cards in .cards touch each other. Give .cards a gap, like gap: 16px: it puts "
        "room between the boxes of a flex container."
    )


def test_cards_stack_on_small_screens(stylesheet):
    small = stylesheet().media("max-width: 600px")
    if small.get(".cards", "display") == "block":
        return  # the cards are divs: without flex, blocks stack one above the other
    direction = small.value(".cards", "flex-direction")
    assert direction == "column", (
        "On screens 600px wide or less, .cards should have flex-direction: column, so the "
        f"cards stack one above the other, but it has flex-direction: {direction}."
    )
