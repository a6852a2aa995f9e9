"""Milestone "browser": static/signup.js checks the form in the browser and sends it as JSON.

Each check opens the page in a real DOM, types and submits as a person does,
and answers the page's fetch itself (no server yet).
"""

import json

PAGE = "static/index.html"
NAME = "Please tell us your name."
EMAIL = "Please give an email address like name@example.com."
AGE = "Please give your age in years."
YOUNG = "Members must be 16 or older."
WELCOME = {"POST /api/signup": (201, {"name": "Ana Lima", "email": "ana@example.com"})}


def fill(page, name, email, age):
    for field, text in (("name", name), ("email", email), ("age", age)):
        if text:
            page.type(f'#signup [name="{field}"]', text)
    page.submit("#signup")


def problems_after(browser, name, email, age, fetch=None):
    page = browser(PAGE, fetch=fetch)
    fill(page, name, email, age)
    return page, page.all("#errors li")


def said(name, email, age):
    return f"name {name!r}, email {email!r}, age {age!r}"


def test_an_empty_form_shows_every_problem_and_sends_nothing(browser):
    page, shown = problems_after(browser, "", "", "")
    assert shown == [NAME, EMAIL, AGE], (
        f"When the form is sent empty, #errors should list three problems, in the form's order: "
        f"{[NAME, EMAIL, AGE]}, but it shows {shown}. Put each problem in its own <li>."
    )
    assert page.requests == [], (
        "The form had problems, but the page still sent it to the server. Send it only when "
        "the list of problems is empty."
    )


def test_each_wrong_answer_gets_its_own_message(browser):
    cases = [
        (("Ana Lima", "ana.example.com", "34"), [EMAIL], "an email address needs an @"),
        (("Ana Lima", "ana@example", "34"), [EMAIL], "after the @ comes a name with a dot"),
        (("Ana Lima", "@example.com", "34"), [EMAIL], "before the @ comes a name"),
        (("   ", "ana@example.com", "34"), [NAME], "spaces alone are not a name"),
        (("Ana Lima", "ana@example.com", "15"), [YOUNG], "15 is too young"),
        (("Ana Lima", "ana@example.com", "abc"), [AGE], "abc is not an age"),
    ]
    for (name, email, age), expected, why in cases:
        _, shown = problems_after(browser, name, email, age)
        assert shown == expected, (
            f"For {said(name, email, age)}, #errors should show {expected} ({why}), but it "
            f"shows {shown}."
        )
    _, shown = problems_after(browser, "Ana Lima", "ana@example.com", "16")
    assert shown == [], (
        f"16 is old enough to join, but for age '16' #errors shows {shown}. Check the "
        "comparison: under 16 is too young."
    )


def test_a_good_form_is_sent_to_the_server_as_json(browser):
    page, shown = problems_after(browser, "Ana Lima", "ana@example.com", "34", fetch=WELCOME)
    assert shown == [], f"Ana's form is right, but #errors shows {shown}."
    sent = [r for r in page.requests if r["url"].endswith("/api/signup")]
    assert sent, (
        f"A right form should be sent with fetch to /api/signup, but the page fetched "
        f"{[r['url'] for r in page.requests] or 'nothing'}."
    )
    request = sent[0]
    assert request["method"] == "POST", (
        f"The form should be sent with method POST, but it was sent with {request['method']}. "
        'Give fetch a second argument, { method: "POST", ... }.'
    )
    try:
        body = json.loads(request["body"] or "")
    except ValueError:
        body = None
    expected = {"name": "Ana Lima", "email": "ana@example.com", "age": 34}
    assert body == expected, (
        f"The form should be sent as the JSON {json.dumps(expected)}, with the age as a number, "
        f"but the body was {request['body']!r}. Use JSON.stringify on an object, and Number() "
        "on the age."
    )
    welcome = page.text("#welcome")
    assert welcome == "Welcome to the club, Ana Lima!", (
        f"When the server answers 201, #welcome should say 'Welcome to the club, Ana Lima!' "
        f"(the name from the server's answer), but it says {welcome!r}."
    )


def test_the_servers_problems_are_shown_too(browser):
    refused = {"POST /api/signup": (400, {"errors": ["That email address has already signed up."]})}
    page, shown = problems_after(browser, "Ana Lima", "ana@example.com", "34", fetch=refused)
    assert shown == ["That email address has already signed up."], (
        'When the server answers 400 with {"errors": [...]}, #errors should list the server\'s '
        f"messages, but it shows {shown}. Read the answer with response.json() and show its "
        "errors."
    )
    assert page.text("#welcome") == "", (
        f"The server refused the sign-up, but #welcome says {page.text('#welcome')!r}. Welcome "
        "people only when the answer's status is 201."
    )


def test_problems_that_are_mended_go_away(browser):
    page = browser(PAGE, fetch=WELCOME)
    fill(page, "", "ana@example.com", "34")
    page.type('#signup [name="name"]', "Ana Lima")
    page.submit("#signup")
    shown = page.all("#errors li")
    assert shown == [], (
        f"The name was missing, then typed and the form sent again: #errors should now be empty, "
        f"but it shows {shown}. Empty the list before you show the new problems."
    )
