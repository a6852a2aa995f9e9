"""The controller: a WSGI app that answers each request with the right view."""

from urllib.parse import parse_qs

from models import Board
from views import board_page, message_page

board = Board()


def read_form(environ):
    """The fields of a posted form, as a dict of strings."""
    size = int(environ.get("CONTENT_LENGTH") or 0)
    body = environ["wsgi.input"].read(size).decode("utf-8")
    return {name: values[0] for name, values in parse_qs(body).items()}


def respond(start_response, status, html, headers=()):
    """Start the response and return the page as bytes, as WSGI wants."""
    start_response(status, [("Content-Type", "text/html; charset=utf-8"), *headers])
    return [html.encode("utf-8")]


def app(environ, start_response):
    method = environ["REQUEST_METHOD"]
    path = environ["PATH_INFO"]
    if method == "GET" and path == "/":
        return respond(start_response, "200 OK", board_page(board.latest()))
    if method == "POST" and path == "/add":
        form = read_form(environ)
        try:
            board.add(form.get("author", ""), form.get("text", ""))
        except ValueError as error:
            return respond(start_response, "400 Bad Request",
                           message_page("That notice cannot go up", str(error)))
        return respond(start_response, "200 OK", board_page(board.latest()))
    return respond(start_response, "404 Not Found",
                   message_page("Not found", f"There is no page at {path}."))


if __name__ == "__main__":
    from wsgiref.simple_server import make_server

    print("The noticeboard is at http://localhost:8000 (press Ctrl+C to stop).")
    make_server("localhost", 8000, app).serve_forever()
