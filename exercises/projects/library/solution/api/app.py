"""The community centre's library: create_app(path of the database) makes the app."""

import library_db
from flask import Flask, current_app, g, request


def get_db():
    """The database connection of the request being answered."""
    if "db" not in g:
        g.db = library_db.connect(current_app.config["DATABASE"])
    return g.db


def close_db(error=None):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def json_body():
    """The request's JSON object, or an empty dict when it sent none."""
    data = request.get_json(silent=True)
    return data if isinstance(data, dict) else {}


def text_of(data, key):
    value = data.get(key)
    return value if isinstance(value, str) else ""


def create_app(db_path):
    app = Flask(__name__)
    app.config["DATABASE"] = str(db_path)
    app.teardown_appcontext(close_db)

    @app.route("/")
    def page():
        return app.send_static_file("index.html")

    @app.route("/api/books")
    def books():
        return library_db.all_books(get_db())

    @app.route("/api/books", methods=["POST"])
    def add():
        data = json_body()
        try:
            book_id = library_db.add_book(get_db(), text_of(data, "title"), text_of(data, "author"))
        except ValueError as error:
            return {"error": str(error)}, 400
        return library_db.one_book(get_db(), book_id), 201

    @app.route("/api/books/<int:book_id>/lend", methods=["POST"])
    def lend(book_id):
        try:
            library_db.lend(get_db(), book_id, text_of(json_body(), "borrower"))
        except LookupError as error:
            return {"error": str(error)}, 404
        except ValueError as error:
            return {"error": str(error)}, 400
        return library_db.one_book(get_db(), book_id)

    @app.route("/api/books/<int:book_id>/return", methods=["POST"])
    def give_back(book_id):
        try:
            library_db.give_back(get_db(), book_id)
        except LookupError as error:
            return {"error": str(error)}, 404
        except ValueError as error:
            return {"error": str(error)}, 400
        return library_db.one_book(get_db(), book_id)

    return app


if __name__ == "__main__":
    create_app("library.db").run()
