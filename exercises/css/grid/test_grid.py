"""Checks for style.css: a three-column grid gallery with one card spanning two columns."""

import re


def columns(value):
    """'repeat(3, 1fr)' -> ['1fr', '1fr', '1fr']; '1fr 1fr' -> ['1fr', '1fr']."""
    value = value.lower()
    value = re.sub(
        r"repeat\(\s*(\d+)\s*,\s*([^()]+?)\s*\)",
        lambda m: " ".join([m.group(2)] * int(m.group(1))),
        value,
    )
    return value.split()


def spanned(value):
    """How many columns a grid-column value covers: 'span 2' -> 2, '1 / 3' -> 2."""
    value = value.lower()
    found = re.search(r"\bspan\s+(\d+)", value)
    if found:
        return int(found.group(1))
    value = value.replace(" ", "")
    found = re.fullmatch(r"(\d+)/(\d+)", value)
    if found:
        return int(found.group(2)) - int(found.group(1))
    return 1


def test_gallery_is_a_grid_of_three_equal_columns(stylesheet):
    rule = stylesheet().rule(".gallery")
    display = rule.get("display")
    assert display is not None and display.lower() == "grid", (
        f"The .gallery rule (style.css line {rule.line}) should make it a grid container "
        f"with display: grid;, but its display is {display or 'not set'}."
    )
    template = rule.declaration("grid-template-columns")
    found = columns(template.value)
    assert len(found) == 3, (
        f"style.css line {template.line}: grid-template-columns: {template.value} makes "
        f"{len(found)} column(s), but the gallery needs three."
    )
    assert len(set(found)) == 1, (
        f"style.css line {template.line}: the three columns {template.value} are not all the "
        "same width. Give each one the same value, like 1fr."
    )
    assert found[0].endswith("fr"), (
        f"style.css line {template.line}: the columns are {found[0]} wide, a fixed width that "
        "does not fit every screen. Use the fr unit: 1fr 1fr 1fr, or repeat(3, 1fr)."
    )


def test_gallery_has_a_16px_gap(stylesheet):
    gap = stylesheet().rule(".gallery").declaration("gap")
    assert gap.value.lower() == "16px", (
        f"style.css line {gap.line}: the gap of .gallery should be 16px, but it is {gap.value}."
    )


def test_featured_card_spans_two_columns(stylesheet):
    rule = stylesheet().rule(".featured")
    value = rule.get("grid-column")
    assert value is not None, (
        f"The .featured rule (style.css line {rule.line}) has no grid-column yet. "
        "Add grid-column: span 2; to it."
    )
    assert spanned(value) == 2, (
        f"The grid-column of .featured is {value}, which covers {spanned(value)} column(s). "
        "It should cover two: span 2."
    )


def test_stylesheet_has_no_mistakes(stylesheet):
    stylesheet().assert_valid()
