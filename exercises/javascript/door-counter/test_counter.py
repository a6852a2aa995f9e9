"""Checks for the door counter: clicks on the buttons change the page (script.js).

Each check loads index.html in a real DOM with its script and clicks as a person
does (the `browser` fixture). Any way of changing the page passes: textContent,
innerHTML, innerHTML +=, or an onclick. When a click changes nothing, the check
clicks the other parts of the page to find where the listener went.
"""

from tutor.checks import CheckFailure

SCRIPT = "script.js"
COUNT, TALLY = "#count", "#tally"
OTHER_PLACES = (
    ("#count", "the number itself (#count)"),
    ("#tally", "the tally (#tally)"),
    ("#reset", "the reset button (#reset)"),
    ("h1", "the heading"),
)


def line_of(files, words):
    """The first line of script.js that holds words (None when there is none)."""
    for number, line in enumerate(files.lines(SCRIPT), start=1):
        if words in line:
            return number
    return None


def fail(files, message, words="addEventListener"):
    raise CheckFailure(message, SCRIPT, line_of(files, words))


def clicks_said(clicks):
    return "one click" if clicks == 1 else f"{clicks} clicks"


def listener_elsewhere(browser):
    """What else, when clicked, makes the count go up (a listener on the wrong element)."""
    for selector, name in OTHER_PLACES:
        page = browser()
        page.click(selector)
        if page.text(COUNT) not in ("0", ""):
            return name
    return None


def test_the_count_starts_at_0_before_any_click(browser, files):
    page = browser()
    shown = page.text(COUNT)
    if shown != "0":
        fail(
            files,
            f"Before anyone clicks, #count should show 0, but it shows {shown!r}: your code "
            "ran when the page loaded, not on a click. Give addEventListener the function "
            'itself, without () after its name: addEventListener("click", addOne), not '
            'addEventListener("click", addOne()).',
        )


def test_each_click_on_the_button_adds_one_to_the_count(browser, files):
    page = browser()
    for clicks in (1, 2, 3):
        page.click("#add")
        shown = page.text(COUNT)
        if shown == str(clicks):
            continue
        if clicks == 1 and shown == "0":
            elsewhere = listener_elsewhere(browser)
            if elsewhere is not None:
                fail(
                    files,
                    "A click on the button 'Someone came in' left #count at 0, but a click on "
                    f"{elsewhere} made it go up: the listener is on the wrong element. Call "
                    "addEventListener on the button you find with "
                    'document.querySelector("#add").',
                )
            fail(
                files,
                "After one click on the button 'Someone came in', #count should show 1, but it "
                'still shows 0. Add a "click" listener to the button (#add) that adds one to '
                "visitors and puts visitors into #count's textContent.",
            )
        if shown.startswith("0") and len(shown) > 1:
            fail(
                files,
                f"After {clicks_said(clicks)}, #count should show {clicks}, but it shows "
                f"{shown!r}. "
                'textContent is always text, so adding 1 to it joins "1" onto the end, as '
                '"0" + 1 gives "01". Keep the number in the visitors variable, add one to it, '
                "then show it.",
                "textContent",
            )
        fail(
            files,
            f"After {clicks_said(clicks)} on the button 'Someone came in', #count should show "
            f"{clicks}, but it shows {shown!r}. Each click should add exactly one to visitors, "
            "then show visitors in #count.",
            "textContent",
        )


def test_each_click_adds_one_mark_to_the_tally(browser, files):
    page = browser()
    for clicks in (1, 2, 3):
        page.click("#add")
        shown = page.text(TALLY)
        if shown.replace(" ", "") != "|" * clicks:
            fail(
                files,
                f"After {clicks_said(clicks)} on the button 'Someone came in', #tally should show "
                f"{'|' * clicks} (one | for each visitor), but it shows {shown!r}. In the click "
                'listener, add "|" to the end of the tally\'s textContent: its text so far, '
                'plus "|".',
                "tally",
            )


def test_the_reset_button_starts_a_new_day(browser, files):
    page = browser()
    for _ in range(3):
        page.click("#add")
    if page.text(COUNT) != "3":
        fail(
            files,
            "Make the button 'Someone came in' count first (the step before this one): after "
            f"three clicks on it #count should show 3, but it shows {page.text(COUNT)!r}.",
        )
    page.click("#reset")
    count, tally = page.text(COUNT), page.text(TALLY)
    if count == "0" and tally == "":
        page.click("#add")
        count = page.text(COUNT)
        if count != "1":
            fail(
                files,
                "After the reset button, the next click on 'Someone came in' should make "
                f"#count show 1, but it shows {count!r}. The reset listener must also put the "
                "visitors variable back to 0, not only the text on the page.",
                "reset",
            )
        return
    anywhere = browser()
    anywhere.click("h1")
    if anywhere.text(COUNT) != "0":
        fail(
            files,
            "A click anywhere on the page adds a visitor (the check clicked the heading, "
            "and #count went up), so the reset button adds one too: the listener is on the "
            "whole page (document or document.body), not on the button. Call "
            'addEventListener on the button from document.querySelector("#add").',
        )
    fail(
        files,
        f"After three visitors and a click on 'Start a new day', #count should show 0 and "
        f"#tally should be empty, but #count shows {count!r} and #tally shows {tally!r}. Add a "
        '"click" listener to the reset button (#reset) that sets visitors to 0, shows it in '
        '#count, and sets the tally\'s textContent to "".',
        "reset",
    )
