"""The notes app in Flask: create_app(path of the database) makes it."""

import notes_db
from flask import Flask, abort, current_app, g, redirect, render_template, request, url_for


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
    app.teardown_appcontext(close_db)

    @app.route("/")
    def home():
        return render_template(
            "notes.html", notes=notes_db.all_notes(get_db()), max_title=notes_db.MAX_TITLE
        )

    @app.route("/notes", methods=["POST"])
    def add():
        try:
            notes_db.add_note(get_db(), request.form.get("title", ""), request.form.get("body", ""))
        except ValueError as error:
            return render_template(
                "message.html", title="That note cannot be saved", message=str(error)
            ), 400
        return redirect(url_for("home"), code=303)

    @app.route("/notes/<int:note_id>/delete", methods=["POST"])
    def delete(note_id):
        if not notes_db.delete_note(get_db(), note_id):
            abort(404)
        return redirect(url_for("home"), code=303)

    # ---- The JSON API: for programs, such as the page static/list.html ----

    # TODO 1: GET /api/notes answers every note as JSON, newest first.
    # TODO 2: GET /api/notes/<id> answers that one note, or 404 with an error.

    return app


if __name__ == "__main__":
    create_app("notes.db").run()
