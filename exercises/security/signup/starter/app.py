"""A notes app with users: sign up, log in, and keep your own notes."""

import secrets

from flask import (
    Flask,
    abort,
    current_app,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)

import users_db


def get_db():
    """The database connection of the request being answered."""
    if "db" not in g:
        g.db = users_db.connect(current_app.config["DATABASE"])
    return g.db


def close_db(error=None):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def create_app(db_path):
    app = Flask(__name__)
    app.config["DATABASE"] = str(db_path)
    # A real app reads its secret key from a file or the environment, so that
    # log-ins survive a restart. A new random key is enough while learning.
    app.config["SECRET_KEY"] = secrets.token_hex(32)
    app.teardown_appcontext(close_db)

    @app.route("/")
    def home():
        return render_template("home.html")

    @app.route("/signup", methods=["GET", "POST"])
    def signup():
        if request.method == "GET":
            return render_template("signup.html")
        # TODO: add the user from the form; on success redirect to the log-in page
        return "TODO"

    @app.route("/login")
    def login():
        return render_template("login.html")

    return app


if __name__ == "__main__":
    create_app("notes.db").run()
