"""Checks for style.css: an @media rule that changes the layout on screens up to 600px."""

SMALL_SCREEN = "(max-width: 600px)"  # also found inside "screen and (max-width:600px)"


def small_screen(sheet):
    """The rules inside the @media rule(s) for max-width: 600px, as one Sheet."""
    return sheet.media(SMALL_SCREEN)


def test_stylesheet_has_a_media_rule_for_600px_and_less(stylesheet):
    small_screen(stylesheet())


def test_gallery_has_one_column_on_a_small_screen(stylesheet):
    inner = small_screen(stylesheet())
    assert inner.has_rule(".gallery"), (
        "The @media rule has no rule for .gallery inside it. Write .gallery { ... } between "
        "the @media rule's { and its }."
    )
    value = inner.get(".gallery", "grid-template-columns")
    assert value is not None, (
        "Inside the @media rule, the .gallery rule does not set grid-template-columns. "
        "One column is grid-template-columns: 1fr;"
    )
    assert len(value.split()) == 1 and not value.lower().startswith("repeat"), (
        f"Inside the @media rule, the gallery has grid-template-columns: {value}, which is "
        "more than one column. One column is 1fr."
    )


def test_header_stacks_on_a_small_screen(stylesheet):
    inner = small_screen(stylesheet())
    value = inner.get(".site-header", "flex-direction")
    assert value is not None, (
        "Inside the @media rule, there is no .site-header rule with a flex-direction. "
        "Add .site-header { flex-direction: column; } inside it."
    )
    assert value.lower() == "column", (
        f"Inside the @media rule, the flex-direction of .site-header is {value}, but it should "
        "be column, so the name and the menu stack."
    )


def test_wide_screens_keep_three_columns_and_a_header_row(stylesheet):
    sheet = stylesheet()
    columns = sheet.get(".gallery", "grid-template-columns") or ""
    assert columns.replace(" ", "").lower() in {"repeat(3,1fr)", "1fr1fr1fr"}, (
        f"Outside the @media rule, the gallery now has grid-template-columns: "
        f"{columns or 'nothing'}. Wide screens should keep three columns: put back "
        "repeat(3, 1fr) in the first .gallery rule, and make the change only inside @media."
    )
    direction = sheet.get(".site-header", "flex-direction")
    assert direction in (None, "row"), (
        f"Outside the @media rule, .site-header now has flex-direction: {direction}, so the "
        "header stacks on wide screens too. Set it only inside the @media rule."
    )
    assert sheet.get(".site-header", "display") == "flex", (
        "Outside the @media rule, .site-header should still have display: flex;"
    )


def test_stylesheet_has_no_mistakes(stylesheet):
    stylesheet().assert_valid()
