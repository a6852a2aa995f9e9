"""Milestone "server": app.py refuses a wrong sign-up with 400 and says why, whatever sent it."""

import pytest

PAGE = "static/index.html"
NAME = "Please tell us your name."
EMAIL = "Please give an email address like name@example.com."
AGE = "Please give your age in years."
YOUNG = "Members must be 16 or older."
TWICE = "That email address has already signed up."
ANA = {"name": "Ana Lima", "email": "ana@example.com", "age": 34}


@pytest.fixture
def app(files):
    return files.python_module("app").app


@pytest.fixture
def client(app, wsgi_client):
    return wsgi_client(app, name="app.py")


def sign_up(client, data):
    answer = client.post("/api/signup", json_body=data)
    return answer, (answer.json() if answer.status in (200, 201, 400) else None)


def test_a_right_sign_up_answers_201(client):
    answer, body = sign_up(client, ANA)
    answer.assert_status(201)
    assert body == {"name": "Ana Lima", "email": "ana@example.com"}, (
        f"After a right sign-up, the answer should be the new member, "
        f"{{'name': 'Ana Lima', 'email': 'ana@example.com'}}, but it was {body!r}."
    )


def test_each_problem_answers_400_with_its_message(client):
    cases = [
        ({}, [NAME, EMAIL, AGE]),
        ({**ANA, "name": "   "}, [NAME]),
        ({**ANA, "email": "ana.example.com"}, [EMAIL]),
        ({**ANA, "email": "ana@example"}, [EMAIL]),
        ({**ANA, "age": 15}, [YOUNG]),
        ({**ANA, "age": "thirty"}, [AGE]),
        ({**ANA, "name": 42}, [NAME]),
    ]
    for data, expected in cases:
        answer, body = sign_up(client, data)
        assert answer.status == 400, (
            f"POST /api/signup with {data} should be refused with 400, but your app answered "
            f"{answer.status}. The server must check everything again: anyone can send a "
            "request without the page and its script."
        )
        assert body == {"errors": expected}, (
            f"POST /api/signup with {data} should answer {{'errors': {expected}}}, but it "
            f"answered {body!r}."
        )


def test_an_email_can_sign_up_only_once(client):
    sign_up(client, ANA)
    answer, body = sign_up(client, {**ANA, "name": "Someone Else"})
    assert answer.status == 400 and body == {"errors": [TWICE]}, (
        f"ana@example.com has signed up already, so a second sign-up with it should answer 400 "
        f"with {{'errors': [{TWICE!r}]}}, but it answered {answer.status} with {body!r}."
    )


def test_a_request_that_is_not_json_is_refused(client):
    answer = client.post("/api/signup", data={"name": "Ana"})
    assert answer.status == 400, (
        f"A form sent the old way (not JSON) should be refused with 400, but your app answered "
        f"{answer.status}. Use request.get_json(silent=True) and check that you got a dict."
    )


def test_the_page_is_served_at_the_home_address(client):
    answer = client.get("/")
    answer.assert_status(200)
    assert answer.html.has("form#signup"), (
        "GET / should send the sign-up page, static/index.html, but its answer has no "
        '<form id="signup">. Return app.send_static_file("index.html") from the view.'
    )


def test_the_page_and_the_server_work_together(browser, app, wsgi_client):
    page = browser(PAGE, fetch=wsgi_client(app, name="app.py"))
    for field, text in (("name", "Ana Lima"), ("email", "ana@example.com"), ("age", "34")):
        page.type(f'#signup [name="{field}"]', text)
    page.submit("#signup")
    assert page.text("#welcome") == "Welcome to the club, Ana Lima!", (
        f"The page sent Ana's sign-up to your app, and #welcome should then say 'Welcome to the "
        f"club, Ana Lima!', but it says {page.text('#welcome')!r} (and #errors shows "
        f"{page.all('#errors li')})."
    )
    for field, text in (("name", "Ana"), ("email", "ana@example.com"), ("age", "34")):
        page.type(f'#signup [name="{field}"]', text)
    page.submit("#signup")
    assert page.all("#errors li") == [TWICE], (
        f"The same email address was sent a second time: the page should show your app's "
        f"message {TWICE!r}, but #errors shows {page.all('#errors li')}."
    )
