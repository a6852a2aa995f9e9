"""Checks for app.py, the controller: requests sent straight to your app.

Each check loads app.py afresh, so each starts with an empty board.
"""


def client(files, wsgi_client):
    return wsgi_client(files.python_module("app"), name="your app in app.py")


def items(response):
    return [" ".join(li.get_text().split()) for li in response.html.select("ul > li")]


def test_home_page_shows_the_empty_board(files, wsgi_client):
    home = client(files, wsgi_client).get("/")
    home.assert_status(200)
    heading = home.html.text_of("h1")
    assert heading == "Noticeboard", (
        f"GET / should show the board page, whose heading is 'Noticeboard', but the heading "
        f"is {heading!r}. Answer GET / with board_page(board.latest())."
    )
    assert "No notices yet." in home.text, "A new board's page should say 'No notices yet.'"


def test_posting_a_notice_pins_it_up_and_goes_back_home(files, wsgi_client):
    app = client(files, wsgi_client)
    posted = app.post("/add", data={"author": "Ana", "text": "Chess club on Friday."})
    posted.assert_status(303)
    assert posted.location == "/", (
        f"After POST /add, the answer should send the browser to / with the header "
        f"Location: /, but the Location header is {posted.location!r}."
    )
    shown = items(app.get("/"))
    assert shown == ["Ana: Chess club on Friday."], (
        "After posting one notice, GET / should list it as 'Ana: Chess club on Friday.', but "
        f"the list items are {shown!r}. Use read_form(environ) and board.add(...)."
    )


def test_the_newest_notice_is_shown_first(files, wsgi_client):
    app = client(files, wsgi_client)
    app.post("/add", data={"author": "Bo", "text": "first"})
    app.post("/add", data={"author": "Cy", "text": "second"})
    shown = items(app.get("/"))
    assert shown == ["Cy: second", "Bo: first"], (
        f"After posting 'first' and then 'second', GET / should list ['Cy: second', 'Bo: first'], "
        f"but it lists {shown!r}. Give board_page the notices from board.latest()."
    )


def test_a_notice_the_model_refuses_gets_400_and_the_reason(files, wsgi_client):
    app = client(files, wsgi_client)
    refused = app.post("/add", data={"author": "Dee", "text": "   "})
    refused.assert_status(400)
    assert "A notice needs some text." in refused.text, (
        "When the model refuses a notice, the 400 page should show its reason, 'A notice needs "
        "some text.'. Catch the ValueError (except ValueError as error:) and show str(error) "
        "with message_page."
    )
    assert items(app.get("/")) == [], "A refused notice should not appear on the board."


def test_an_address_with_no_page_answers_404(files, wsgi_client):
    app = client(files, wsgi_client)
    for method, path in (("GET", "/nowhere"), ("GET", "/add"), ("POST", "/")):
        answer = app.request(method, path)
        assert answer.status == 404, (
            f"{method} {path} should answer 404 Not Found (there is no such page), but your app "
            f"answered {answer.status_line}. Check both the method and the path before "
            "answering, and end the function with the 404 answer."
        )
