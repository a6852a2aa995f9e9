"""Placeholder checks: replace them with checks of your own exercise."""


def test_stylesheet_has_no_mistakes(stylesheet):
    stylesheet("style.css").assert_valid()


def test_main_heading_is_navy(stylesheet):
    stylesheet("style.css").assert_colour("h1", "color", "navy")
