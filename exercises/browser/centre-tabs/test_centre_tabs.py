"""Checks for the community centre's tabs: a click on a tab shows its own panel and
hides the others, and the tabs say which one is chosen with aria-selected.

The checks click the tabs as a person does, then read each panel's hidden property
and each tab's aria-selected attribute.
"""

from tutor.checks import CheckFailure

SCRIPT = "script.js"
TABS = {"times": "Opening times", "travel": "Getting here", "contact": "Contact"}


def line_of(files, words):
    """The first line of script.js that holds words (None when there is none)."""
    for number, line in enumerate(files.lines(SCRIPT), start=1):
        if words in line:
            return number
    return None


def fail(files, message, words="addEventListener"):
    raise CheckFailure(message, SCRIPT, line_of(files, words))


def said_as(value):
    """An attribute's value as a sentence says it."""
    return "no such attribute at all" if value is None else repr(value)


def showing(page):
    """The ids of the panels that are not hidden, in page order."""
    return [
        panel for panel in TABS if not page.evaluate(f'document.querySelector("#{panel}").hidden')
    ]


def opened(browser, files):
    page = browser()
    if not files.read(SCRIPT).strip():
        fail(
            files,
            "script.js is empty. Start with the first part of the task: find the three "
            "tabs with document.querySelectorAll, and give each one a click listener.",
        )
    return page


def click_tab(page, files, panel, before):
    """Click the tab of `panel`; then only that panel should show."""
    page.click(f"#tab-{panel}")
    after = f"After a click on the tab '{TABS[panel]}'{before}"
    shown = showing(page)
    if shown == [panel]:
        return
    names = " and ".join(f"#{name}" for name in shown) or "none of them"
    if panel not in shown:
        if not before:
            page.assert_listens(f"#tab-{panel}", "click")
        if before.startswith(" again"):
            fail(
                files,
                f"{after}, its panel #{panel} should still show, but it was hidden: a "
                "click on the tab that is already chosen should change nothing. Set hidden "
                "to false for the chosen tab's panel rather than turning it round with !.",
                "hidden",
            )
        fail(
            files,
            f"{after}, its panel #{panel} should show, but the panels that show are: "
            f"{names}. Find the tab's panel from its aria-controls attribute "
            f'(tab.getAttribute("aria-controls") gives "{panel}"), and set that '
            "panel's hidden property to false.",
            "hidden",
        )
    fail(
        files,
        f"{after}, only its panel #{panel} should show, but {names} show. One panel at a "
        "time: give every other tab's panel hidden = true (the check reads the hidden "
        "property, so set it rather than a style).",
        "hidden",
    )


def test_a_click_on_a_tab_shows_its_own_panel_and_hides_the_others(browser, files):
    page = opened(browser, files)
    click_tab(page, files, "travel", "")
    click_tab(page, files, "contact", ", after 'Getting here'")
    click_tab(page, files, "times", ", after 'Getting here' and 'Contact'")
    click_tab(page, files, "times", " again, when it is already chosen")


def test_the_chosen_tab_says_it_is_selected(browser, files):
    page = opened(browser, files)
    for panel, before in [("contact", ""), ("travel", ", after 'Contact'")]:
        click_tab(page, files, panel, before)
        said = page.attribute(f"#tab-{panel}", "aria-selected")
        if said != "true":
            fail(
                files,
                f"After a click on the tab '{TABS[panel]}'{before}, that tab should have "
                f'aria-selected="true", so a screen reader says it is the chosen one, but '
                f'it has {said_as(said)}. Use setAttribute("aria-selected", "true") on '
                "the clicked tab.",
                "aria-selected",
            )
        for other in TABS:
            said = page.attribute(f"#tab-{other}", "aria-selected")
            if other != panel and said != "false":
                fail(
                    files,
                    f"After a click on the tab '{TABS[panel]}'{before}, the tab "
                    f"'{TABS[other]}' is not chosen, so its aria-selected should be "
                    f'"false", but it has {said_as(said)}. Only one tab is selected at a time: '
                    'give every other tab setAttribute("aria-selected", "false").',
                    "aria-selected",
                )
