"""Checks for the counter queue: script.js creates and removes <li> elements on clicks.

Each check loads index.html with its script (the `browser` fixture), clicks
'Take a ticket' and 'Serve the next person' as people would, and reads the
list #queue item by item.
"""

from tutor.checks import CheckFailure

SCRIPT = "script.js"


def line_of(files, *choices):
    """The first line of script.js that holds one of the words, tried in order."""
    lines = files.lines(SCRIPT)
    for words in choices:
        for number, line in enumerate(lines, start=1):
            if words in line:
                return number
    return None


def tickets(numbers):
    return [f"Ticket {n}" for n in numbers]


def said(items):
    return ", ".join(items) if items else "nothing"


def page_with_tickets(browser, files, how_many):
    """The page after how_many clicks on 'Take a ticket', checked to be right."""
    page = browser()
    page.assert_listens("#arrive", "click")
    for clicks in range(1, how_many + 1):
        page.click("#arrive")
        waiting = page.all("#queue li")
        if waiting == tickets(range(1, clicks + 1)):
            continue
        after = "one click" if clicks == 1 else f"{clicks} clicks"
        if not waiting and "Ticket" in page.text("#queue"):
            raise CheckFailure(
                f"After {after} on 'Take a ticket', #queue holds the words "
                f"{page.text('#queue')!r}, but no <li> element: each ticket must be an element "
                'of its own. Make one with document.createElement("li"), set its textContent, '
                "then add it to the queue with append.",
                SCRIPT,
                line_of(files, "innerHTML", "textContent"),
            )
        if not waiting and page.count("li") > 0:
            raise CheckFailure(
                f"After {after} on 'Take a ticket', the new <li> is on the page but not inside "
                "the list #queue. Call append on the queue: queue.append(...).",
                SCRIPT,
                line_of(files, "append"),
            )
        if waiting == tickets(range(clicks, 0, -1)):
            raise CheckFailure(
                f"After {after}, the queue shows {said(waiting)}: each new ticket went to the "
                "front. A newcomer waits at the end: append adds an element at the end, "
                "prepend at the start.",
                SCRIPT,
                line_of(files, "prepend", "append"),
            )
        raise CheckFailure(
            f"After {after} on 'Take a ticket', the queue #queue should show "
            f"{said(tickets(range(1, clicks + 1)))}, one <li> each, but it shows "
            f"{said(waiting)}. Each click adds one to lastTicket and adds one new <li> with "
            "the text Ticket and that number.",
            SCRIPT,
            line_of(files, "createElement", "TODO 1"),
        )
    return page


def serve(page, files, waiting_before):
    try:
        page.click("#serve")
    except CheckFailure as error:
        if waiting_before:
            raise
        raise CheckFailure(
            "With nobody waiting, a click on 'Serve the next person' stopped the script: "
            f"{error} When the queue is empty, querySelector finds no <li> and gives null. "
            "Check for that with an if before using the element.",
            SCRIPT,
            line_of(files, ".remove()", "serve"),
        ) from None


def test_each_ticket_is_added_at_the_end_of_the_queue(browser, files):
    page_with_tickets(browser, files, 3)


def test_serving_removes_the_first_ticket_of_the_queue(browser, files):
    page = page_with_tickets(browser, files, 3)
    page.assert_listens("#serve", "click")
    serve(page, files, 3)
    waiting = page.all("#queue li")
    if waiting == tickets([1, 2]):
        raise CheckFailure(
            "After tickets 1, 2 and 3 and one click on 'Serve the next person', Ticket 3 left "
            "the queue, but it arrived last. Serve the person who has waited longest: the "
            "first <li> of the queue, the one querySelector finds.",
            SCRIPT,
            line_of(files, ".remove()"),
        )
    if waiting != tickets([2, 3]):
        raise CheckFailure(
            "After tickets 1, 2 and 3 and one click on 'Serve the next person', the queue "
            f"should show Ticket 2, Ticket 3, but it shows {said(waiting)}. Find the first "
            "<li> inside the queue, and call .remove() on it.",
            SCRIPT,
            line_of(files, ".remove()", "TODO 2"),
        )
    serve(page, files, 2)
    serve(page, files, 1)
    serve(page, files, 0)
    left = page.all("#queue li")
    if left:
        raise CheckFailure(
            f"After three tickets and four clicks on 'Serve the next person', the queue "
            f"should be empty, but it shows {said(left)}.",
            SCRIPT,
            line_of(files, ".remove()"),
        )


def test_ticket_numbers_keep_counting_after_someone_is_served(browser, files):
    page = page_with_tickets(browser, files, 3)
    serve(page, files, 3)
    page.click("#arrive")
    waiting = page.all("#queue li")
    if waiting != tickets([2, 3, 4]):
        raise CheckFailure(
            "After tickets 1, 2 and 3, one person served and one more ticket, the queue "
            f"should show Ticket 2, Ticket 3, Ticket 4, but it shows {said(waiting)}. Two "
            "people must never hold the same number: take the number from lastTicket, which "
            "only goes up, not from how many are waiting.",
            SCRIPT,
            line_of(files, "lastTicket =", "length"),
        )


def test_serving_shows_whose_turn_it_is(browser, files):
    page = page_with_tickets(browser, files, 2)
    for number in (1, 2):
        serve(page, files, 3 - number)
        shown = page.text("#now-serving")
        if shown != f"Ticket {number}":
            raise CheckFailure(
                f"After tickets 1 and 2 and {'one click' if number == 1 else 'two clicks'} on "
                f"'Serve the next person', #now-serving should show Ticket {number}, but it "
                f"shows {shown!r}. Copy the first ticket's textContent into nowServing before "
                "you remove that ticket: once removed, it is gone.",
                SCRIPT,
                line_of(files, "nowServing.textContent", "TODO 2"),
            )
    serve(page, files, 0)
    shown = page.text("#now-serving")
    if shown != "Ticket 2":
        raise CheckFailure(
            "With nobody waiting, a click on 'Serve the next person' should change nothing, "
            f"but #now-serving changed from Ticket 2 to {shown!r}.",
            SCRIPT,
            line_of(files, "nowServing.textContent"),
        )
