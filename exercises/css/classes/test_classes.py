"""Checks for index.html and style.css: classes on paragraphs, and rules for them."""

import tinycss2.color3

from tutor.checks.css import same_colour
from tutor.checks.failure import CheckFailure

BORDER_STYLES = {"none", "hidden", "dotted", "dashed", "solid", "double", "groove", "ridge",
                 "inset", "outset"}


def paragraph(page, start):
    for p in page.select("p"):
        if " ".join(p.get_text(" ").split()).lower().startswith(start.lower()):
            return p
    raise CheckFailure(
        f"index.html has no paragraph that starts '{start}'. It was there when you started: "
        "keep the words, and add only the class.",
        "index.html",
    )


def classes(element):
    return [str(name) for name in element.get("class", [])]


def describe(element):
    names = classes(element)
    return f'class="{" ".join(names)}"' if names else "no class"


def border_parts(value):
    """'2px solid #b58100' -> (width, style, colour), in any order."""
    width = style = colour = None
    for part in value.split():
        if part.lower() in BORDER_STYLES:
            style = part.lower()
        elif tinycss2.color3.parse_color(part) is not None:
            colour = part
        else:
            width = part.lower()
    return width, style, colour


def class_rule(sheet, name):
    """The rule for .name, with a clear word when the dot was left out."""
    if not sheet.has_rule(f".{name}") and sheet.has_rule(name):
        raise CheckFailure(
            f"style.css has a rule for {name}, without a dot. That selector looks for a "
            f"<{name}> element, and there is none. A class selector starts with a dot: .{name}",
            "style.css",
        )
    return sheet.rule(f".{name}")


def test_id_paragraph_has_the_class_warning(html_page):
    found = paragraph(html_page(), "Bring your ID")
    assert "warning" in classes(found), (
        f"The paragraph that starts 'Bring your ID' has {describe(found)}. Write "
        '<p class="warning"> as its opening tag.'
    )


def test_two_tips_have_the_class_note(html_page):
    page = html_page()
    for start in ("Tip: wear shoes", "Tip: lunch"):
        found = paragraph(page, start)
        assert "note" in classes(found), (
            f"The paragraph that starts '{start}' has {describe(found)}. Write "
            '<p class="note"> as its opening tag.'
        )


def test_first_paragraph_has_no_class(html_page):
    found = paragraph(html_page(), "Welcome to the team")
    assert not classes(found), (
        f"The paragraph that starts 'Welcome to the team' has {describe(found)}, but it "
        "should have none: it is an ordinary paragraph."
    )


def test_warning_rule_gives_a_yellow_box_with_a_border(stylesheet):
    sheet = stylesheet()
    class_rule(sheet, "warning")
    sheet.assert_colour(".warning", "background-color", "#fff3cd")
    declaration = sheet.rule(".warning").declaration("border")
    width, style, colour = border_parts(declaration.value)
    assert (width, style) == ("2px", "solid"), (
        f"style.css line {declaration.line}: the border of .warning should be 2px solid, but "
        f"it is {declaration.value}."
    )
    assert colour is not None and same_colour(colour, "#b58100"), (
        f"style.css line {declaration.line}: the border colour of .warning should be "
        f"#b58100, but the border is {declaration.value}."
    )


def test_note_rule_gives_a_line_down_the_left(stylesheet):
    rule = class_rule(stylesheet(), "note")
    declaration = rule.declaration("border-left")
    width, style, colour = border_parts(declaration.value)
    assert (width, style) == ("4px", "solid") and colour is not None, (
        f"style.css line {declaration.line}: the border-left of .note should be 4px solid "
        f"and a colour, like 4px solid steelblue, but it is {declaration.value}."
    )
    padding = rule.declaration("padding-left")
    assert padding.value.lower() == "12px", (
        f"style.css line {padding.line}: the padding-left of .note should be 12px, but it "
        f"is {padding.value}."
    )


def test_stylesheet_has_no_mistakes(stylesheet):
    stylesheet().assert_valid()


def test_page_has_no_tag_mistakes(html_page):
    html_page().assert_well_formed()
