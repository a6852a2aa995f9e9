"""A first web app: a page that says hello, as a WSGI function."""

from html import escape
from urllib.parse import parse_qs


def app(environ, start_response):
    query = parse_qs(environ.get("QUERY_STRING", ""))
    name = query.get("name", ["world"])[0]
    page = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Hello</title></head>
<body><h1>Hello, {escape(name)}!</h1></body>
</html>
"""
    start_response("200 OK", [("Content-Type", "text/html; charset=utf-8")])
    return [page.encode("utf-8")]


if __name__ == "__main__":
    from wsgiref.simple_server import make_server

    print("Open http://localhost:8000/?name=Ana in a browser (press Ctrl+C to stop).")
    make_server("localhost", 8000, app).serve_forever()
