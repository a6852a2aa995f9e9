"""Checks for style.css: a flexbox menu in a flexbox header bar."""


def zero(value):
    return value.strip().lower() in {"0", "0px", "0rem", "0em"}


def check_flex(rule, selector):
    display = rule.get("display")
    assert display is not None, (
        f"{selector} is not a flex container yet. Add display: flex; to its rule "
        f"(style.css line {rule.line})."
    )
    assert display.lower() == "flex", (
        f"The display of {selector} is {display}, but it should be flex, so the elements "
        "inside it sit in a row."
    )
    direction = rule.get("flex-direction")
    assert direction in (None, "row"), (
        f"The flex-direction of {selector} is {direction}, which stacks its items. Remove that "
        "line, or write row."
    )


def test_menu_is_a_row_with_a_16px_gap(stylesheet):
    rule = stylesheet().rule(".menu")
    check_flex(rule, ".menu")
    gap = rule.declaration("gap")
    assert gap.value.lower() == "16px", (
        f"style.css line {gap.line}: the gap of .menu should be 16px, but it is {gap.value}."
    )


def test_menu_has_no_bullets_and_no_padding(stylesheet):
    rule = stylesheet().rule(".menu")
    bullets = rule.get("list-style") or rule.get("list-style-type")
    assert bullets is not None and bullets.lower() == "none", (
        "The menu still has bullets. Add list-style: none; to the .menu rule."
        if bullets is None else
        f"The list-style of .menu is {bullets}, but it should be none, to remove the bullets."
    )
    padding = rule.get("padding")
    left = rule.get("padding-left")
    assert (padding is not None and zero(padding)) or (left is not None and zero(left)), (
        "A list has padding on its left by default, which pushes the menu to the right. "
        "Add padding: 0; to the .menu rule."
    )


def test_header_puts_the_name_and_menu_at_either_end(stylesheet):
    rule = stylesheet().rule(".site-header")
    check_flex(rule, ".site-header")
    justify = rule.declaration("justify-content")
    assert justify.value.lower() == "space-between", (
        f"style.css line {justify.line}: the justify-content of .site-header is "
        f"{justify.value}. To put the name at one end and the menu at the other, use "
        "space-between."
    )
    align = rule.declaration("align-items")
    assert align.value.lower() == "center", (
        f"style.css line {align.line}: the align-items of .site-header is {align.value}, "
        "but it should be center, so the name and the menu line up top to bottom."
    )


def test_menu_links_have_no_underline(stylesheet):
    sheet = stylesheet()
    value = sheet.get(".menu a", "text-decoration") or sheet.get(".menu a", "text-decoration-line")
    assert value is not None and value.lower() == "none", (
        "The menu links are still underlined. In the .menu a rule, add "
        "text-decoration: none;"
        if value is None else
        f"The text-decoration of .menu a is {value}, but it should be none."
    )


def test_stylesheet_has_no_mistakes(stylesheet):
    stylesheet().assert_valid()
