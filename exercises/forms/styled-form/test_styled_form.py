"""Checks for style.css, written from nothing: labels above their fields, fields big
enough and easy to see, a focus ring, and an error marked by more than colour."""

import re

from tutor.checks import contrast_ratio, is_colour
from tutor.checks.css_box import box_values
from tutor.checks.failure import CheckFailure

WHITE = "white"
SIDES = ("top", "right", "bottom", "left")
NAMED_WIDTHS = {"thin": 1.0, "medium": 3.0, "thick": 5.0}
INVALID = re.compile(r"""^(input)?\[aria-invalid=(["']?)true\2\]$""")
FOCUS = ("input:focus-visible", "input:focus", ":focus-visible", "*:focus-visible")


def pixels(length):
    """'16px' -> 16, '1rem' -> 16 (a browser's starting size), 'thick' -> 5, else None."""
    text = (length or "").strip().lower()
    if text in NAMED_WIDTHS:
        return NAMED_WIDTHS[text]
    match = re.fullmatch(r"(\d*\.?\d+)(px|rem|em)?", text)
    if match is None:
        return None
    number = float(match.group(1))
    return number if match.group(2) in (None, "px") else number * 16


def short(ratio):
    return f"{int(ratio * 100) / 100:.2f}"


def border_problem(sides, at_least_width):
    """What is wrong with the four sides of a border, in words, or None."""
    for side in SIDES:
        parts = (sides[side] or "medium none currentcolor").split()
        width, style, colour = parts[0], parts[1], " ".join(parts[2:])
        if style in {"none", "hidden"} or (pixels(width) or 0) < at_least_width:
            return (
                f"the {side} side has {sides[side] or 'no border'}: it needs a width of at "
                f"least {at_least_width:g}px and a style such as solid"
            )
        if not is_colour(colour) or colour.lower() == "currentcolor":
            return f"the {side} side has no colour of its own: give the border a colour"
        ratio = contrast_ratio(colour, WHITE)
        if ratio < 3:
            return (
                f"its colour {colour} on white has a contrast ratio of {short(ratio)}, but "
                "a border needs at least 3: choose a darker colour"
            )
    return None


def test_stylesheet_has_no_mistakes(stylesheet):
    stylesheet().assert_valid()


def test_labels_sit_on_their_own_line_in_bold(stylesheet):
    sheet = stylesheet()
    display = sheet.value("label", "display")
    assert display in {"block", "flex", "grid"}, (
        f"The labels have display: {display}, so each one sits in a line with its field. "
        "display: block puts a label on its own line, above its field."
    )
    weight = sheet.value("label", "font-weight")
    assert weight in {"bold", "bolder"} or (weight.isdigit() and int(weight) >= 600), (
        f"The labels have font-weight: {weight}. Make them bold."
    )


def test_fields_are_big_enough_to_read_and_tap(stylesheet):
    sheet = stylesheet()
    size = sheet.value("input", "font-size")
    assert (pixels(size) or 0) >= 16, (
        f"The inputs have font-size: {size}. Text in a field should be at least 1rem (16px)."
    )
    padding = sheet.box("input", "padding")
    small = [side for side in SIDES if (pixels(padding[side]) or 0) < 8]
    assert not small, (
        "Each input needs padding of at least 8px on every side, but it has: "
        + ", ".join(f"{side} {padding[side] or 0}" for side in SIDES)
        + "."
    )


def test_fields_fill_the_width_of_the_form(stylesheet):
    sheet = stylesheet()
    width = sheet.value("input", "width").replace(" ", "")
    assert width == "100%", (
        f"The inputs have width: {width}. width: 100% makes each one as wide as the form."
    )
    sizing = sheet.get("input", "box-sizing")
    assert sizing == "border-box", (
        "With width: 100% alone, the padding and border are added on top, and the fields "
        "stick out of the form. Add box-sizing: border-box; so the width includes them."
    )


def test_field_borders_stand_out(stylesheet):
    sides = stylesheet().box("input", "border")
    problem = border_problem(sides, 1)
    assert problem is None, f"Each input needs a border you can see on every side: {problem}."


def test_fields_show_a_focus_ring(stylesheet):
    sheet = stylesheet()
    selector = next((s for s in FOCUS if sheet.has_rule(s)), None)
    if selector is None:
        raise CheckFailure(
            "style.css has no rule for input:focus-visible yet. Add one with an outline, so "
            "people see which field they are typing in.",
            "style.css",
        )
    rule = sheet.rule(selector)
    ring = rule.get("outline") or ""
    width = next((w for w in ring.split() if pixels(w) is not None), rule.get("outline-width"))
    style = next(
        (w for w in ring.split() if w in {"solid", "dashed", "dotted", "double", "none"}),
        rule.get("outline-style"),
    )
    colour = next((w for w in ring.split() if is_colour(w)), rule.get("outline-color"))
    assert (pixels(width) or 0) >= 3, (
        f"The focus ring ({selector}) should be at least 3px wide, but "
        + (
            f"it is {width}."
            if width
            else "it has no width: write the outline like a border, width, style and colour."
        )
    )
    assert style == "solid", f"The focus ring ({selector}) should be solid, not {style}."
    assert colour and is_colour(colour), (
        f"Give the focus ring ({selector}) a colour of its own, like #1d3557."
    )
    ratio = contrast_ratio(colour, WHITE)
    assert ratio >= 3, (
        f"The focus ring's colour {colour} on white has a contrast ratio of {short(ratio)}, "
        "but it needs at least 3. Choose a darker colour."
    )


def invalid_rules(sheet):
    return [
        rule
        for rule in sheet.rules
        if any(INVALID.match(part.replace(" ", "")) for part in rule.selectors)
    ]


def test_marked_field_has_a_thick_border(stylesheet):
    sheet = stylesheet()
    marked = invalid_rules(sheet)
    assert marked, (
        'style.css has no rule for input[aria-invalid="true"] yet: an attribute selector, '
        "the attribute and its value in square brackets straight after the tag name."
    )
    declarations = [
        (d.name, d.value) for rule in sheet.rules_for("input") for d in rule.declarations
    ]
    declarations += [(d.name, d.value) for rule in marked for d in rule.declarations]
    problem = border_problem(box_values("border", declarations), 3)
    assert problem is None, (
        "The field marked aria-invalid needs a border at least 3px wide on every side, in a "
        f"colour that stands out: {problem}."
    )


def test_error_message_is_bold_and_readable(stylesheet):
    sheet = stylesheet()
    colour = sheet.value(".error", "color")
    assert is_colour(colour), f"'{colour}' is not a colour the checks can read."
    ratio = contrast_ratio(colour, WHITE)
    assert ratio >= 4.5, (
        f"The error message is {colour} on white, a contrast ratio of {short(ratio)}, but "
        "text needs at least 4.5. Choose a darker colour."
    )
    weight = sheet.value(".error", "font-weight")
    assert weight in {"bold", "bolder"} or (weight.isdigit() and int(weight) >= 600), (
        f"The error message has font-weight: {weight}. Make it bold, so it stands out by "
        "more than its colour."
    )


def test_button_is_big_and_readable(stylesheet):
    sheet = stylesheet()
    size = sheet.value("button", "font-size")
    assert (pixels(size) or 0) >= 16, (
        f"The button has font-size: {size}. Make its text at least 1rem (16px)."
    )
    padding = sheet.box("button", "padding")
    small = [side for side in SIDES if (pixels(padding[side]) or 0) < 8]
    assert not small, (
        "The button needs padding of at least 8px on every side, but it has: "
        + ", ".join(f"{side} {padding[side] or 0}" for side in SIDES)
        + "."
    )
    sheet.assert_contrast("button", at_least=4.5)
