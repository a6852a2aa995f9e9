"""The notes app in Flask: create_app(path of the database) makes it."""

import notes_db
from flask import Flask, abort, current_app, g, jsonify, redirect, render_template, request, url_for


def get_db():
    """The database connection of the request being answered."""
    if "db" not in g:
        g.db = notes_db.connect(current_app.config["DATABASE"])
    return g.db


def close_db(error=None):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def note_dict(row):
    """A note row, (id, title, body), as a dict with named keys: one JSON object."""
    note_id, title, body = row
    return {"id": note_id, "title": title, "body": body}


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

    @app.route("/api/notes")
    def api_notes():
        return jsonify([note_dict(row) for row in notes_db.all_notes(get_db())])

    @app.route("/api/notes/<int:note_id>")
    def api_note(note_id):
        row = notes_db.get_note(get_db(), note_id)
        if row is None:
            return jsonify(error=f"There is no note {note_id}."), 404
        return jsonify(note_dict(row))

    # TODO: POST /api/notes makes a note from a JSON body and answers 201 (see the task).

    return app


if __name__ == "__main__":
    create_app("notes.db").run()
