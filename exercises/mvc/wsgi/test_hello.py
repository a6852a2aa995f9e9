"""Checks for hello.py: requests sent straight to your app function, with no
server and no browser in between."""


def client(files, wsgi_client):
    return wsgi_client(files.python_module("hello"), name="your app in hello.py")


def test_the_app_answers_with_an_html_page(files, wsgi_client):
    response = client(files, wsgi_client).get("/")
    response.assert_status(200)
    kind = response.headers.get("content-type", "(none)")
    assert kind.startswith("text/html"), (
        f"GET / should answer with the header Content-Type: text/html, but it was {kind!r}. "
        "Give start_response the headers [(\"Content-Type\", \"text/html; charset=utf-8\")]."
    )
    response.html.one("h1", "<h1> heading", "Put the greeting inside <h1>...</h1>.")


def test_the_page_greets_the_world_when_no_name_is_given(files, wsgi_client):
    page = client(files, wsgi_client).get("/").html
    got = page.text_of("h1")
    assert got == "Hello, world!", (
        f"GET / should show the heading 'Hello, world!', but it shows {got!r}."
    )


def test_the_page_greets_the_name_in_the_address(files, wsgi_client):
    app = client(files, wsgi_client)
    for name in ("Ana", "Bo"):
        got = app.get(f"/?name={name}").html.text_of("h1")
        assert got == f"Hello, {name}!", (
            f"GET /?name={name} should show the heading 'Hello, {name}!', but it shows "
            f"{got!r}. Read the name from environ[\"QUERY_STRING\"] with parse_qs."
        )


def test_the_name_is_escaped(files, wsgi_client):
    response = client(files, wsgi_client).get("/?name=%3Ci%3EBo%3C%2Fi%3E")
    page = response.html
    assert not page.has("h1 i"), (
        "GET /?name=<i>Bo</i> put a real <i> tag into the heading: the page obeyed what was "
        "typed in the address. Pass the name through escape() before it goes into the HTML."
    )
    got = page.text_of("h1")
    assert got == "Hello, <i>Bo</i>!", (
        f"GET /?name=<i>Bo</i> should show the heading 'Hello, <i>Bo</i>!' as plain text, but "
        f"it shows {got!r}."
    )
