"""Checks for style.css: two rules that colour and centre the headings."""


def test_stylesheet_has_no_mistakes(stylesheet):
    stylesheet().assert_valid()


def test_main_heading_is_dark_green(stylesheet):
    stylesheet().assert_colour("h1", "color", "darkgreen")


def test_main_heading_is_centred(stylesheet):
    rule = stylesheet().rule("h1")
    got = rule.value("text-align").lower()
    assert got == "center", (
        f"The text-align of h1 should be center, but it is {got}. CSS spells it the "
        "American way: center."
    )


def test_second_and_third_level_headings_are_dark_green(stylesheet):
    sheet = stylesheet()
    sheet.assert_colour("h2", "color", "darkgreen")
    sheet.assert_colour("h3", "color", "darkgreen")


def test_h2_and_h3_share_one_rule(stylesheet):
    sheet = stylesheet()
    shared = [rule for rule in sheet.rules if {"h2", "h3"} <= set(rule.selectors)]
    assert shared, (
        "h2 and h3 should share one rule, with a selector list: h2, h3 { ... }. "
        f"The rules in style.css are for: {', '.join(sheet.selectors) or 'nothing yet'}."
    )
