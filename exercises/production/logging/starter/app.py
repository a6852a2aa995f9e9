"""The notes app, with a log: a record of what it did, for whoever runs the server."""

import logging
import secrets
import sqlite3

from flask import Flask, current_app, g, redirect, render_template, request, url_for

import notes_db

# TODO: the logger of this module


def get_db():
    """The database connection of the request being answered."""
    if "db" not in g:
        g.db = notes_db.connect(current_app.config["DATABASE"])
    return g.db


def close_db(error=None):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def create_app(db_path):
    app = Flask(__name__)
    app.config["DATABASE"] = str(db_path)
    # The lesson before this one reads the key from the environment; here a new one will do.
    app.config["SECRET_KEY"] = secrets.token_hex(32)
    app.teardown_appcontext(close_db)
    # TODO: log that the app started, and which database file it uses

    @app.route("/")
    def home():
        return render_template("notes.html", notes=notes_db.all_notes(get_db()))

    @app.route("/notes", methods=["POST"])
    def add():
        title = request.form.get("title", "").strip()
        if not title:
            # TODO: a warning in the log
            return render_template("message.html", message="A note needs a title."), 400
        # TODO: when the database fails, log the error and answer 500
        note_id = notes_db.add_note(get_db(), title)
        # TODO: log which note was added
        return redirect(url_for("home"), code=303)

    @app.route("/notes/<int:note_id>/delete", methods=["POST"])
    def delete(note_id):
        if not notes_db.delete_note(get_db(), note_id):
            # TODO: a warning in the log
            return render_template("message.html", message="There is no such note."), 404
        # TODO: log which note was deleted
        return redirect(url_for("home"), code=303)

    return app


if __name__ == "__main__":
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    create_app("notes.db").run()
