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
from passwords import check_password


def get_db():
    """The database connection of the request being answered."""
    if "db" not in g:
        g.db = users_db.connect(current_app.config["DATABASE"])
    return g.db


def close_db(error=None):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def load_user():
    """Before each request: g.user is the logged-in user as (id, username), or None."""
    user_id = session.get("user_id")
    g.user = None if user_id is None else users_db.user_by_id(get_db(), user_id)


def create_app(db_path):
    app = Flask(__name__)
    app.config["DATABASE"] = str(db_path)
    # A real app reads its secret key from a file or the environment, so that
    # log-ins survive a restart. A new random key is enough while learning.
    app.config["SECRET_KEY"] = secrets.token_hex(32)
    app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
    app.teardown_appcontext(close_db)
    app.before_request(load_user)

    @app.route("/")
    def home():
        return render_template("home.html")

    @app.route("/signup", methods=["GET", "POST"])
    def signup():
        if request.method == "GET":
            return render_template("signup.html")
        try:
            users_db.add_user(
                get_db(), request.form.get("username", ""), request.form.get("password", "")
            )
        except ValueError as error:
            return render_template("signup.html", error=str(error)), 400
        return redirect(url_for("login"), code=303)

    @app.route("/login", methods=["GET", "POST"])
    def login():
        if request.method == "GET":
            return render_template("login.html")
        user = users_db.find_user(get_db(), request.form.get("username", ""))
        if user is None or not check_password(request.form.get("password", ""), user[2]):
            return render_template("login.html", error="Wrong username or password."), 400
        session.clear()
        session["user_id"] = user[0]
        return redirect(url_for("home"), code=303)

    @app.route("/logout", methods=["POST"])
    def logout():
        session.clear()
        return redirect(url_for("home"), code=303)

    return app


if __name__ == "__main__":
    create_app("notes.db").run()
