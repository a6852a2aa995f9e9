"""The controller: a WSGI app for the notes, made by create_app(path of the database)."""

import json
import re
from pathlib import Path
from urllib.parse import parse_qs

import notes_db
from views import message_page, notes_page

STATIC = Path(__file__).parent / "static"
STATIC_TYPES = {
    "style.css": "text/css; charset=utf-8",
    "notes.js": "text/javascript; charset=utf-8",
}


def read_form(environ):
    """The fields of a posted form, as a dict of strings."""
    size = int(environ.get("CONTENT_LENGTH") or 0)
    body = environ["wsgi.input"].read(size).decode("utf-8")
    return {name: values[0] for name, values in parse_qs(body).items()}


def read_json(environ):
    """The JSON object sent in a request's body, as a dict ({} when there is none)."""
    size = int(environ.get("CONTENT_LENGTH") or 0)
    try:
        data = json.loads(environ["wsgi.input"].read(size).decode("utf-8"))
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def send_json(start_response, status, data):
    """Start a JSON response and return data, written as JSON, as bytes."""
    start_response(status, [("Content-Type", "application/json")])
    return [json.dumps(data).encode("utf-8")]


def respond(start_response, status, html, headers=()):
    """Start an HTML response and return the page as bytes."""
    start_response(status, [("Content-Type", "text/html; charset=utf-8"), *headers])
    return [html.encode("utf-8")]


def redirect(start_response, where):
    start_response("303 See Other", [("Location", where)])
    return [b""]


def not_found(start_response, path):
    return respond(start_response, "404 Not Found",
                   message_page("Not found", f"There is no page at {path}."))


def create_app(db_path):
    """The WSGI app, keeping its notes in the SQLite file at db_path."""
    connection = notes_db.connect(str(db_path))

    def app(environ, start_response):
        method = environ["REQUEST_METHOD"]
        path = environ["PATH_INFO"]

        if method == "GET" and path == "/":
            return respond(start_response, "200 OK", notes_page(notes_db.all_notes(connection)))

        if method == "POST" and path == "/notes":
            form = read_form(environ)
            try:
                notes_db.add_note(connection, form.get("title", ""), form.get("body", ""))
            except ValueError as error:
                return respond(start_response, "400 Bad Request",
                               message_page("That note cannot be saved", str(error)))
            return redirect(start_response, "/")

        if method == "POST" and path == "/api/notes":
            data = read_json(environ)
            title = str(data.get("title", "")).strip()
            body = str(data.get("body", "")).strip()
            try:
                note_id = notes_db.add_note(connection, title, body)
            except ValueError as error:
                return send_json(start_response, "400 Bad Request", {"error": str(error)})
            return send_json(start_response, "201 Created",
                             {"id": note_id, "title": title, "body": body})

        delete = re.fullmatch(r"/notes/(\d+)/delete", path)
        if method == "POST" and delete:
            if not notes_db.delete_note(connection, int(delete.group(1))):
                return not_found(start_response, path)
            return redirect(start_response, "/")

        if method == "GET" and path.startswith("/static/"):
            name = path.removeprefix("/static/")
            if name in STATIC_TYPES:
                start_response("200 OK", [("Content-Type", STATIC_TYPES[name])])
                return [(STATIC / name).read_bytes()]

        return not_found(start_response, path)

    return app


if __name__ == "__main__":
    from wsgiref.simple_server import make_server

    print("Your notes are at http://localhost:8000 (press Ctrl+C to stop).")
    make_server("localhost", 8000, create_app("notes.db")).serve_forever()
