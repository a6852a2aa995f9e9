"""Checks for style.css: no hidden focus ring, hover styles for the menu links and the
button, and a clear focus ring of the learner's own with :focus-visible."""

import re

from tutor.checks import contrast_ratio, is_colour
from tutor.checks.failure import CheckFailure

PAGE_BACKGROUND = "white"
STYLES = {"solid", "dotted", "dashed", "double"}
NAMED_WIDTHS = {"thin": 1.0, "medium": 3.0, "thick": 5.0}


def pixels(length):
    """'3px' -> 3, '0.25rem' -> 4 (a browser's starting size is 16px), 'thick' -> 5."""
    text = (length or "").strip().lower()
    if text in NAMED_WIDTHS:
        return NAMED_WIDTHS[text]
    match = re.fullmatch(r"(\d*\.?\d+)(px|rem|em)?", text)
    if match is None:
        return None
    number = float(match.group(1))
    return number if match.group(2) in (None, "px") else number * 16


def all_rules(sheet):
    """Every rule, also those inside @media blocks."""
    return [*sheet.rules, *(rule for _, inner in sheet.media_blocks for rule in inner.rules)]


def outline_of(rule):
    """{'width', 'style', 'color'} of a rule's outline, from the shorthand and longhands."""
    parts = {"width": None, "style": None, "color": None}
    for declaration in rule.declarations:
        if declaration.name == "outline":
            parts = {"width": None, "style": None, "color": None}
            for word in declaration.value.split():
                if word.lower() in STYLES | {
                    "none",
                    "hidden",
                    "groove",
                    "ridge",
                    "inset",
                    "outset",
                    "auto",
                }:
                    parts["style"] = word.lower()
                elif pixels(word) is not None:
                    parts["width"] = word
                else:
                    parts["color"] = word
        elif declaration.name.startswith("outline-") and declaration.name != "outline-offset":
            parts[declaration.name.removeprefix("outline-")] = declaration.value
    return parts


def test_stylesheet_has_no_mistakes(stylesheet):
    stylesheet().assert_valid()


def keeps_the_keyboard_ring(rule):
    """:focus:not(:focus-visible) hides the ring only after a mouse click: that is allowed."""
    return all(":not(:focus-visible)" in part.replace(" ", "") for part in rule.selectors)


def test_focus_ring_is_not_hidden(stylesheet):
    for rule in all_rules(stylesheet()):
        if ":focus" not in rule.selector or keeps_the_keyboard_ring(rule):
            continue
        ring = outline_of(rule)
        hidden = ring["style"] == "none" or pixels(ring["width"]) == 0
        if hidden:
            raise CheckFailure(
                f"style.css line {rule.line}: the rule for {rule.selector} removes the focus "
                "ring, so people who use the keyboard cannot see where they are on the page. "
                "Delete that rule (or its outline line).",
                "style.css",
                rule.line,
            )


def test_menu_links_are_underlined_on_hover(stylesheet):
    sheet = stylesheet()
    if not sheet.has_rule(".menu a:hover") and sheet.rules_matching(r"\.menu a\s+:hover"):
        raise CheckFailure(
            "Your hover rule has a space before :hover. Write .menu a:hover, with the "
            "pseudo-class straight after the a: with a space, it means an element inside the "
            "link.",
            "style.css",
        )
    line = sheet.get(".menu a:hover", "text-decoration") or sheet.get(
        ".menu a:hover", "text-decoration-line"
    )
    assert line is not None, (
        "While the mouse is over a menu link, it should be underlined: add a rule for "
        ".menu a:hover with text-decoration: underline;"
        + ("" if sheet.has_rule(".menu a:hover") else " (style.css has no such rule yet.)")
    )
    assert "underline" in line.lower(), (
        f"The .menu a:hover rule sets text-decoration: {line}. Underline the link instead."
    )


def test_button_darkens_on_hover_and_stays_readable(stylesheet):
    sheet = stylesheet()
    normal = sheet.value("button", "background-color")
    hover = sheet.get("button:hover", "background-color") or sheet.get("button:hover", "background")
    assert hover is not None, (
        "While the mouse is over the button, its background should change: add a rule for "
        "button:hover with a background-color."
    )
    assert is_colour(hover), (
        f"'{hover}' is not a colour the checks can read. Use a hex code like #1b4965."
    )
    text = sheet.get("button:hover", "color") or sheet.value("button", "color")
    darker = contrast_ratio(text, hover) > contrast_ratio(text, normal)
    assert darker, (
        f"On hover, the button's background is {hover}, which is not darker than {normal}. "
        "Choose a darker blue, so the change is easy to see."
    )
    ratio = contrast_ratio(text, hover)
    assert ratio >= 4.5, (
        f"On hover, the button's text ({text} on {hover}) has a contrast ratio of "
        f"{int(ratio * 100) / 100:.2f}, but text needs at least 4.5."
    )


def focus_rule(sheet, element):
    for selector in (f"{element}:focus-visible", ":focus-visible", "*:focus-visible"):
        if sheet.has_rule(selector):
            return sheet.rule(selector)
    plain = [r.selector for r in sheet.rules_for(f"{element}:focus")]
    tip = (
        f" You have a rule for {element}:focus: use :focus-visible instead, so the ring "
        "shows for the keyboard."
        if plain
        else ""
    )
    raise CheckFailure(
        f"style.css has no rule for {element}:focus-visible yet. Add one with an outline, "
        f"like {element}:focus-visible {{ outline: ...; outline-offset: ...; }}.{tip}",
        "style.css",
    )


def check_ring(sheet, element, what):
    rule = focus_rule(sheet, element)
    ring = outline_of(rule)
    width = pixels(ring["width"])
    assert width is not None and width >= 3, (
        f"The focus ring of {what} should be at least 3px wide, but "
        + (f"it is {ring['width']}." if ring["width"] else "no width is set.")
        + " The outline is written like a border: width, style, colour."
    )
    assert ring["style"] == "solid", f"The focus ring of {what} should be solid, but " + (
        f"it is {ring['style']}." if ring["style"] else "no style is set."
    )
    colour = ring["color"]
    assert colour and is_colour(colour), (
        f"Give the focus ring of {what} a colour, like #1d3557, so you know it stands out "
        "on the white page."
    )
    ratio = contrast_ratio(colour, PAGE_BACKGROUND)
    assert ratio >= 3, (
        f"The focus ring of {what} is {colour} on a white page, a contrast ratio of "
        f"{int(ratio * 100) / 100:.2f}, but a ring needs at least 3. Choose a darker colour."
    )
    offset = rule.get("outline-offset")
    assert offset is not None and pixels(offset) == 2, (
        f"Give the focus ring of {what} outline-offset: 2px, so it does not touch the text"
        + (f" (it is {offset} now)." if offset else ".")
    )


def test_links_show_a_clear_focus_ring(stylesheet):
    check_ring(stylesheet(), "a", "links")


def test_buttons_show_a_clear_focus_ring(stylesheet):
    check_ring(stylesheet(), "button", "buttons")
