"""Checks for the minibus counter: state in a variable, limits, a disabled button.

Each check loads index.html with script.js (the `browser` fixture) and clicks
'Someone gets on' (#board) and 'Someone gets off' (#leave) as people would.
"""

from tutor.checks import CheckFailure

SCRIPT = "script.js"


def line_of(files, *choices):
    lines = files.lines(SCRIPT)
    for words in choices:
        for number, line in enumerate(lines, start=1):
            if words in line:
                return number
    return None


def board_is_disabled(page):
    return bool(page.evaluate("document.querySelector('#board').disabled"))


def clicks(page, button, times):
    for _ in range(times):
        page.click(button)


def expect_taken(page, files, after, wanted, why):
    shown = page.text("#taken")
    if shown != str(wanted):
        raise CheckFailure(
            f"After {after}, #taken should show {wanted}, but it shows {shown!r}. {why}",
            SCRIPT,
            line_of(files, "addEventListener", "textContent"),
        )


def test_getting_on_and_off_changes_the_count(browser, files):
    page = browser()
    expect_taken(page, files, "no click at all", 0, "Nothing should change before a click.")
    page.assert_listens("#board", "click")
    clicks(page, "#board", 3)
    shown = page.text("#taken")
    if shown.startswith("0") and len(shown) > 1:
        raise CheckFailure(
            f"After three people got on, #taken shows {shown!r}: the 1s were joined onto the "
            "text, because textContent is text. Keep the number of people in a variable, "
            "change the variable, then show it.",
            SCRIPT,
            line_of(files, "textContent"),
        )
    expect_taken(
        page,
        files,
        "three clicks on 'Someone gets on'",
        3,
        "Each click adds one to a variable that holds the number of people, then shows it.",
    )
    page.assert_listens("#leave", "click")
    page.click("#leave")
    expect_taken(
        page,
        files,
        "three people on and one off",
        2,
        "A click on 'Someone gets off' takes one away from the same variable.",
    )


def test_the_count_stays_between_0_and_8(browser, files):
    page = browser()
    clicks(page, "#leave", 2)
    expect_taken(
        page,
        files,
        "two clicks on 'Someone gets off' with nobody on board",
        0,
        "Nobody can get off an empty bus: take one away only when the number is above 0.",
    )
    page.click("#board")
    expect_taken(
        page,
        files,
        "two clicks on 'Someone gets off' on an empty bus, then one person on",
        1,
        "The number of people must not go below 0, even for a moment.",
    )
    # A disabled button may still be clicked by the check: the limit must hold in the code.
    clicks(page, "#board", 10)
    expect_taken(
        page,
        files,
        "eleven people tried to get on",
        8,
        "There are 8 seats: add one only when the number is below 8.",
    )


def test_the_board_button_is_disabled_while_the_bus_is_full(browser, files):
    page = browser()
    clicks(page, "#board", 7)
    if board_is_disabled(page):
        raise CheckFailure(
            "With 7 people on board, one seat is still free, but 'Someone gets on' is disabled. "
            "Disable it only when the number of people is 8.",
            SCRIPT,
            line_of(files, "disabled"),
        )
    page.click("#board")
    if not board_is_disabled(page):
        raise CheckFailure(
            "With 8 people on board, the bus is full, so the button 'Someone gets on' should be "
            "disabled (grey, and it cannot be clicked), but it is not. Set the button's "
            "disabled to true when the number reaches 8.",
            SCRIPT,
            line_of(files, "disabled", "#board"),
        )
    page.click("#leave")
    if board_is_disabled(page):
        raise CheckFailure(
            "After someone got off a full bus, a seat is free again, but 'Someone gets on' is "
            "still disabled. Set disabled back to false when the number goes below 8.",
            SCRIPT,
            line_of(files, "disabled"),
        )
