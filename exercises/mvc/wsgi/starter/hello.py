"""A first web app: a page that says hello, as a WSGI function."""

from html import escape
from urllib.parse import parse_qs


def app(environ, start_response):
    # TODO: 1. call start_response with the status and a Content-Type header,
    #       2. build a page whose <h1> says "Hello, world!" (or the name from
    #          the address, like /?name=Ana), escaped,
    #       3. return the page as a list holding bytes.
    return []


if __name__ == "__main__":
    from wsgiref.simple_server import make_server

    print("Open http://localhost:8000/?name=Ana in a browser (press Ctrl+C to stop).")
    make_server("localhost", 8000, app).serve_forever()
