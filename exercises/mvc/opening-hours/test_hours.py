"""Checks for hours.py, written from nothing: a model (HOURS), a view and a WSGI app."""


def module(files):
    hours = files.python_module("hours")
    places = getattr(hours, "HOURS", None)
    assert isinstance(places, dict), (
        "hours.py needs a dictionary called HOURS, at the top of the file, with each place's "
        "name as a key and its opening times as the value, like "
        "HOURS = {\"Library\": \"Tuesday, 2 to 4\", ...}."
    )
    return hours


def client(hours, wsgi_client):
    return wsgi_client(hours, name="your app in hours.py")


def test_hours_holds_at_least_three_places(files):
    places = module(files).HOURS
    assert len(places) >= 3 and all(
        isinstance(k, str) and isinstance(v, str) and k.strip() and v.strip()
        for k, v in places.items()
    ), (
        f"HOURS should hold at least three places, each a name (a string) with its times (a "
        f"string), but it is {places!r}."
    )


def test_home_page_lists_every_place_with_its_times(files, wsgi_client):
    hours = module(files)
    response = client(hours, wsgi_client).get("/")
    response.assert_status(200)
    kind = response.headers.get("content-type", "(none)")
    assert kind.startswith("text/html"), (
        f"GET / should answer with the header Content-Type: text/html, but it was {kind!r}."
    )
    page = response.html
    assert page.text_of("h1") == "Opening hours", (
        "The home page's <h1> heading should say 'Opening hours', but it says "
        f"{page.text_of('h1')!r}."
    )
    # get_text() without a separator reads "<b>Library</b>: ..." as the browser shows it
    items = [" ".join(li.get_text().split()) for li in page.select("ul > li")]
    for place, times in hours.HOURS.items():
        wanted = f"{place}: {times}"
        assert " ".join(wanted.split()) in items, (
            f"The home page should have the list item {wanted!r}, one <li> for each place in "
            f"HOURS, but its items are {items!r}."
        )


def test_home_page_follows_the_model(files, wsgi_client):
    hours = module(files)
    hours.HOURS = {"Chapel": "Sunday, 10 to 11"}
    items = [" ".join(li.get_text().split())
             for li in client(hours, wsgi_client).get("/").html.select("ul > li")]
    assert items == ["Chapel: Sunday, 10 to 11"], (
        "With HOURS set to {'Chapel': 'Sunday, 10 to 11'}, the home page should list only "
        f"'Chapel: Sunday, 10 to 11', but it lists {items!r}. Build the list from HOURS each "
        "time a request comes in, not from words written into the page."
    )


def test_place_names_are_escaped(files, wsgi_client):
    hours = module(files)
    hours.HOURS = {"<b>Gym</b>": "Monday & Friday"}
    page = client(hours, wsgi_client).get("/").html
    # a <b> of the learner's own around the name is fine; a <b> holding only "Gym" is not
    assert not any(b.get_text() == "Gym" for b in page.select("li b")), (
        "A place called <b>Gym</b> put a real <b> tag into the page: text from the model "
        "must go through escape() before it goes into the HTML."
    )
    items = [" ".join(li.get_text().split()) for li in page.select("ul > li")]
    assert items == ["<b>Gym</b>: Monday & Friday"], (
        "A place called <b>Gym</b> open 'Monday & Friday' should show as that text, "
        f"but the list shows {items!r}."
    )


def test_other_addresses_answer_404(files, wsgi_client):
    app = client(module(files), wsgi_client)
    for path in ("/nowhere", "/library"):
        response = app.get(path)
        assert response.status == 404, (
            f"GET {path} should answer 404 Not Found, because there is no page there, but "
            f"your app answered {response.status_line}."
        )
        assert "not found" in response.text.lower(), (
            f"The 404 page for {path} should say 'Not found', so a person knows what happened."
        )
