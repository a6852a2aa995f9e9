"""Checks for the tool store's sign: script.js changes text and classes on a click.

Each check loads index.html with its script (the `browser` fixture) and clicks
the buttons as a person would. The classes are read one by one, so any way
that leaves the right classes passes (classList.add, remove, toggle...).
"""

from tutor.checks import CheckFailure

SCRIPT = "script.js"


def line_of(files, words):
    for number, line in enumerate(files.lines(SCRIPT), start=1):
        if words in line:
            return number
    return None


def classes_of(page, selector):
    return (page.attribute(selector, "class") or "").split()


def check_sign(page, files, after, text, wanted, unwanted):
    """The sign shows text and has the class wanted, keeps sign, and lacks unwanted."""
    shown, classes = page.text("#sign"), classes_of(page, "#sign")
    listed = " ".join(classes) or "none"
    if shown != text:
        raise CheckFailure(
            f"After {after}, the sign should say {text!r}, but it says {shown!r}. Set the "
            "sign's textContent in the click listener.",
            SCRIPT,
            line_of(files, "textContent") or line_of(files, "TODO"),
        )
    if "sign" not in classes:
        raise CheckFailure(
            f"After {after}, the sign has lost its class sign (its classes are now: {listed}), "
            "so it lost its padding and white letters. Setting className replaces every "
            "class at once; classList.add and classList.remove change one class and keep the "
            "others.",
            SCRIPT,
            line_of(files, "className"),
        )
    if wanted not in classes:
        raise CheckFailure(
            f"After {after}, the sign should have the class {wanted}, which makes it "
            f"{'green' if wanted == 'open' else 'red'}, but its classes are: {listed}. Add it "
            f'with sign.classList.add("{wanted}").',
            SCRIPT,
            line_of(files, "classList"),
        )
    if unwanted in classes:
        raise CheckFailure(
            f"After {after}, the sign should no longer have the class {unwanted}, but its "
            f"classes are: {listed}. With both classes, the colour depends on which rule comes "
            "last in style.css, not on the store. Remove it with "
            f'sign.classList.remove("{unwanted}").',
            SCRIPT,
            line_of(files, "classList"),
        )


def test_a_click_on_open_shows_the_sign_as_open(browser, files):
    page = browser()
    page.assert_listens("#open", "click")
    page.click("#open")
    check_sign(page, files, "a click on 'Open the store'", "Open", "open", "closed")


def test_a_click_on_close_closes_the_store_again(browser, files):
    page = browser()
    page.click("#open")
    page.assert_listens("#close", "click")
    page.click("#close")
    check_sign(page, files, "'Open the store', then 'Close the store'", "Closed", "closed", "open")
    page.click("#open")
    check_sign(page, files, "opening, closing and opening again", "Open", "open", "closed")


def test_each_click_on_bigger_text_switches_big_on_or_off(browser, files):
    page = browser()
    page.assert_listens("#big", "click")
    for clicks, wanted in ((1, True), (2, False), (3, True)):
        page.click("#big")
        has_big = "big" in classes_of(page, "body")
        if has_big != wanted and "big" in classes_of(page, "#sign"):
            raise CheckFailure(
                "The class big went onto the sign, but it belongs on <body>, so that the whole "
                'page grows. Find the body with document.querySelector("body").',
                SCRIPT,
                line_of(files, "big"),
            )
        if has_big != wanted:
            said = "one click" if clicks == 1 else f"{clicks} clicks"
            state = "have" if wanted else "no longer have"
            raise CheckFailure(
                f"After {said} on 'Bigger text', <body> should {state} the class big, but its "
                f"classes are: {' '.join(classes_of(page, 'body')) or 'none'}. One click switches "
                "big on, the next switches it off: classList.toggle does both.",
                SCRIPT,
                line_of(files, "big"),
            )
