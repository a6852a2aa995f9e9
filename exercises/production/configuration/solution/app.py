"""The notes app. On a server, its settings must come from the environment."""

import os

from flask import Flask, current_app, g, render_template

import notes_db
from config import load_config


def get_db():
    """The database connection of the request being answered."""
    if "db" not in g:
        g.db = notes_db.connect(current_app.config["DATABASE"])
    return g.db


def close_db(error=None):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def create_app():
    app = Flask(__name__)
    app.config.update(load_config(os.environ))
    app.teardown_appcontext(close_db)

    @app.route("/")
    def home():
        notes = notes_db.latest(get_db(), current_app.config["PER_PAGE"])
        return render_template("notes.html", notes=notes)

    return app


if __name__ == "__main__":
    app = create_app()
    app.run(debug=app.config["DEBUG"])
