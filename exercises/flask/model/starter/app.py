"""The library's reading list: a Flask app whose books are kept in SQLite."""

from flask import Flask, current_app, g, redirect, render_template, request, url_for

import books_db


def get_db():
    """The database connection of the request being answered."""
    # TODO: open one with books_db.connect(...) the first time, keep it in g


def close_db(error=None):
    """Close the request's connection, if it opened one."""
    # TODO


def create_app(db_path):
    app = Flask(__name__)
    app.config["DATABASE"] = str(db_path)
    # TODO: close the connection at the end of every request

    @app.route("/")
    def home():
        return render_template("books.html", books=books_db.all_books(get_db()))

    @app.route("/books", methods=["POST"])
    def add():
        try:
            books_db.add_book(get_db(), request.form.get("title", ""),
                              request.form.get("author", ""))
        except ValueError as error:
            return render_template("message.html", message=str(error)), 400
        return redirect(url_for("home"), code=303)

    return app


if __name__ == "__main__":
    create_app("books.db").run()
