"""Placeholder checks: replace them with checks of your own exercise.

browser("index.html") loads the page in a real DOM and runs its scripts; then
page.click / page.type / page.press act as a person would, and page.text /
page.all / page.value / page.console read what the page shows now.
"""


def test_the_message_is_empty_before_a_click(browser):
    shown = browser("index.html").text("#message")
    assert shown == "", (
        f"Before any click, #message should be empty, but it says {shown!r}: the code ran "
        "when the page loaded. Put it inside the click listener's function."
    )


def test_a_click_on_the_button_shows_hello(browser):
    page = browser("index.html")
    page.click("#greet")
    shown = page.text("#message")
    assert shown == "Hello!", (
        f"After a click on the button #greet, #message should say Hello!, but it says "
        f"{shown!r}. Add a click listener to the button that sets message.textContent."
    )
