"""Checks for style.css: four custom properties in :root, used with var() wherever
their values were written, and the main colour changed in one place."""

import re

from tutor.checks import is_colour, same_colour
from tutor.checks.failure import CheckFailure, did_you_mean

SETTINGS = {"--brand": "#6a040f", "--paper": "#fdf0d5", "--ink": "#222222", "--space": "16px"}
NEW_BRAND = "#9d0208"
# Where the starter wrote each value: (selector, property, custom property).
USES = [
    ("body", "background-color", "--paper"), ("body", "color", "--ink"),
    (".site-header", "padding", "--space"), (".site-header", "border-bottom", "--brand"),
    (".site-name", "color", "--brand"), (".menu", "gap", "--space"),
    (".menu a", "color", "--brand"), ("main", "padding", "--space"),
    ("h1", "color", "--brand"), ("h2", "color", "--brand"),
    (".show", "margin", "--space"), (".show", "padding", "--space"),
    (".show", "border", "--brand"), (".button", "padding", "--space"),
    (".button", "background-color", "--brand"), (".button", "color", "--paper"),
    ("footer", "padding", "--space"), ("footer", "background-color", "--ink"),
    ("footer", "color", "--paper"),
]  # fmt: skip
VAR = re.compile(r"var\(\s*(--[\w-]+)")


def all_rules(sheet):
    """Every rule, also those inside @media blocks."""
    return [*sheet.rules, *(rule for _, inner in sheet.media_blocks for rule in inner.rules)]


def is_root(rule):
    return all(part in {":root", "html"} for part in rule.selectors)


def test_stylesheet_has_no_mistakes(stylesheet):
    stylesheet().assert_valid()


def test_root_sets_the_four_custom_properties(stylesheet):
    root = stylesheet().rule(":root")
    missing = [name for name in SETTINGS if root.get(name) is None]
    assert not missing, (
        f"The :root rule does not set {', '.join(missing)} yet. A custom property is set like "
        "any property, with its two dashes: --space: 16px;"
    )
    for name in ("--paper", "--ink"):
        assert same_colour(root.get(name), SETTINGS[name]), (
            f"In :root, {name} should be {SETTINGS[name]}, but it is {root.get(name)}."
        )
    assert root.get("--space").replace(" ", "") == "16px", (
        f"In :root, --space should be 16px, but it is {root.get('--space')}."
    )
    brand = root.get("--brand")
    assert is_colour(brand) and (
        same_colour(brand, SETTINGS["--brand"]) or same_colour(brand, NEW_BRAND)
    ), f"In :root, --brand should be {SETTINGS['--brand']} (then {NEW_BRAND}), not {brand}."


def test_rules_use_the_custom_properties(stylesheet):
    sheet = stylesheet()
    missing = []
    for selector, prop, name in USES:
        value = sheet.get(selector, prop) or ""
        if name in VAR.findall(value):
            continue
        if "var(" in value:
            raise CheckFailure(
                f"The {prop} of {selector} is {value}, but the custom property for it is "
                f"{name}. The name inside var() must be written exactly as in :root: with "
                f"its two dashes, and capitals and small letters the same: var({name}).",
                "style.css",
            )
        missing.append(f"{prop} of {selector} ({value or 'not set'})")
    if missing:
        shown = "; ".join(missing[:3]) + (
            f"; and {len(missing) - 3} more" if len(missing) > 3 else ""
        )
        raise CheckFailure(
            f"These values should use var() with the custom property for them: {shown}. "
            "For example, the colour of h1 becomes color: var(--brand);",
            "style.css",
        )


def test_every_var_names_a_property_that_is_set(stylesheet):
    sheet = stylesheet()
    set_names = {
        d.name for rule in all_rules(sheet) for d in rule.declarations if d.name.startswith("--")
    }
    for rule in all_rules(sheet):
        for declaration in rule.declarations:
            for name in VAR.findall(declaration.value):
                if name not in set_names:
                    raise CheckFailure(
                        f"style.css line {declaration.line}: var({name}) names a custom "
                        f"property that no rule sets, so the {declaration.name} of "
                        f"{rule.selector} gets no value." + did_you_mean(name, set_names),
                        "style.css",
                        declaration.line,
                    )
    bare = [
        d
        for rule in all_rules(sheet)
        for d in rule.declarations
        if re.search(r"var\(\s*(?!--)", d.value)
    ]
    assert not bare, (
        f"style.css line {bare[0].line}: {bare[0].value} names a custom property without its "
        "two dashes. Write var(--brand), not var(brand)."
        if bare
        else ""
    )


def written_value(value):
    """The first colour or 16px in a value that should be a custom property, or None."""
    for word in re.split(r"[\s,]+", value):
        if word.lower() == "16px":
            return word
        if is_colour(word) and any(
            same_colour(word, colour) for colour in (*list(SETTINGS.values())[:3], NEW_BRAND)
        ):
            return word
    return None


def test_colours_and_spacing_are_written_only_in_root(stylesheet):
    for rule in all_rules(stylesheet()):
        if is_root(rule):
            continue
        for declaration in rule.declarations:
            found = written_value(declaration.value)
            if found:
                raise CheckFailure(
                    f"style.css line {declaration.line}: the {declaration.name} of "
                    f"{rule.selector} still has {found} written out. Use the custom property "
                    "that holds it, with var(), so the value is written only in :root.",
                    "style.css",
                    declaration.line,
                )


def test_brand_colour_is_the_new_red(stylesheet):
    brand = stylesheet().rule(":root").value("--brand")
    assert is_colour(brand) and same_colour(brand, NEW_BRAND), (
        f"The new main colour is {NEW_BRAND}, but --brand is {brand}. Change it in :root: "
        "every rule that uses var(--brand) follows."
    )
