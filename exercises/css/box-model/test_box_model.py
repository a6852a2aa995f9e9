"""Checks for style.css: the aside has padding, a border, a width and centring margins."""

import tinycss2.color3

BORDER_STYLES = {"none", "hidden", "dotted", "dashed", "solid", "double", "groove", "ridge",
                 "inset", "outset"}


def length(value):
    """'0px' and '0' are the same length; other values are compared as written."""
    value = value.strip().lower()
    return "0" if value in {"0", "0px", "0rem", "0em"} else value


def box_sides(sheet, prop):
    """The four sides of padding or margin, from the shorthand and the longhands alike."""
    return {side: value and value.lower() for side, value in sheet.box("aside", prop).items()}


def border(rule):
    """The width, style and colour of the border all around (from border or its longhands)."""
    found = {"width": None, "style": None, "colour": None}
    for declaration in rule.declarations:
        if declaration.name == "border":
            for part in declaration.value.split():
                if part.lower() in BORDER_STYLES:
                    found["style"] = part.lower()
                elif tinycss2.color3.parse_color(part) is not None:
                    found["colour"] = part
                else:
                    found["width"] = length(part)
        elif declaration.name == "border-width":
            found["width"] = length(declaration.value)
        elif declaration.name == "border-style":
            found["style"] = declaration.value.lower()
        elif declaration.name == "border-color":
            found["colour"] = declaration.value
    return found


def describe(sides):
    return ", ".join(f"{side} {value or 'not set'}" for side, value in sides.items())


def test_tip_box_has_16px_padding_on_every_side(stylesheet):
    sides = box_sides(stylesheet(), "padding")
    assert all(value == "16px" for value in sides.values()), (
        f"The aside should have 16px of padding on every side, but it has: {describe(sides)}. "
        "padding: 16px; sets all four sides at once."
    )


def test_tip_box_has_a_2px_solid_border(stylesheet):
    found = border(stylesheet().rule("aside"))
    assert found["style"] is not None, (
        "The aside has no border style, so no border shows. Write a border with three "
        "values: border: 2px solid <a colour>;"
    )
    assert found["style"] == "solid", (
        f"The aside's border is {found['style']}, but it should be solid."
    )
    assert found["width"] == "2px", (
        f"The aside's border should be 2px wide, but it is {found['width'] or 'not set'}."
    )
    assert found["colour"] is not None, (
        "The aside's border has no colour. Add one to the border line: border: 2px solid steelblue;"
    )


def test_tip_box_is_400px_wide_border_included(stylesheet):
    rule = stylesheet().rule("aside")
    width = rule.declaration("width")
    assert length(width.value) == "400px", (
        f"style.css line {width.line}: the width of aside should be 400px, but it is {width.value}."
    )
    sizing = rule.get("box-sizing")
    assert sizing == "border-box", (
        "Without box-sizing: border-box;, width: 400px; sets only the content, and the "
        "padding and border are added on: the box is 436px wide on the screen. "
        "Add box-sizing: border-box; to the aside rule."
        if sizing is None else
        f"The box-sizing of aside is {sizing}, but it should be border-box, so the width "
        "includes the padding and the border."
    )


def test_tip_box_has_24px_above_and_below_and_is_centred(stylesheet):
    sides = box_sides(stylesheet(), "margin")
    assert sides["top"] == "24px" and sides["bottom"] == "24px", (
        f"The aside should have 24px of margin above and below, but it has: {describe(sides)}."
    )
    assert sides["left"] == "auto" and sides["right"] == "auto", (
        f"To centre the aside, its left and right margins should be auto, but they are "
        f"{sides['left'] or 'not set'} and {sides['right'] or 'not set'}. "
        "margin: 24px auto; sets both at once."
    )


def test_stylesheet_has_no_mistakes(stylesheet):
    stylesheet().assert_valid()
