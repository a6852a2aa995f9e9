"""The notes app, with a log: a record of what it did, for whoever runs the server."""

import logging
import secrets
import sqlite3

from flask import Flask, current_app, g, redirect, render_template, request, url_for

import notes_db

logger = logging.getLogger(__name__)


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
    logger.info("Notes app started, database: %s", db_path)

    @app.route("/")
    def home():
        return render_template("notes.html", notes=notes_db.all_notes(get_db()))

    @app.route("/notes", methods=["POST"])
    def add():
        title = request.form.get("title", "").strip()
        if not title:
            logger.warning("Refused a note with an empty title")
            return render_template("message.html", message="A note needs a title."), 400
        try:
            note_id = notes_db.add_note(get_db(), title)
        except sqlite3.Error:
            logger.exception("Could not save a note")
            message = "Sorry, the note could not be saved. Try again later."
            return render_template("message.html", message=message), 500
        logger.info("Note %s added", note_id)
        return redirect(url_for("home"), code=303)

    @app.route("/notes/<int:note_id>/delete", methods=["POST"])
    def delete(note_id):
        if not notes_db.delete_note(get_db(), note_id):
            logger.warning("No note %s to delete", note_id)
            return render_template("message.html", message="There is no such note."), 404
        logger.info("Note %s deleted", note_id)
        return redirect(url_for("home"), code=303)

    return app


if __name__ == "__main__":
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    create_app("notes.db").run()
