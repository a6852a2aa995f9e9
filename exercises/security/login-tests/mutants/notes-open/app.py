"""A notes app with users: sign up, log in, and keep your own notes."""

import functools
import hmac
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


def login_required(view):
    """Wrap a view function: a visitor who is not logged in goes to the log-in page."""

    @functools.wraps(view)
    def wrapped(**kwargs):
        return view(**kwargs)

    return wrapped


def csrf_token():
    """The session's CSRF token, made the first time it is needed."""
    if "csrf_token" not in session:
        session["csrf_token"] = secrets.token_urlsafe(32)
    return session["csrf_token"]


def check_csrf():
    """Before each request: a POST must carry the session's CSRF token."""
    if request.method == "POST":
        sent = request.form.get("csrf_token", "")
        expected = session.get("csrf_token", "")
        if not expected or not hmac.compare_digest(sent, expected):
            abort(400, "The form's safety token is missing or wrong. Reload the page.")


def create_app(db_path):
    app = Flask(__name__)
    app.config["DATABASE"] = str(db_path)
    # A real app reads its secret key from a file or the environment, so that
    # log-ins survive a restart. A new random key is enough while learning.
    app.config["SECRET_KEY"] = secrets.token_hex(32)
    app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
    app.teardown_appcontext(close_db)
    app.before_request(load_user)
    app.before_request(check_csrf)
    app.jinja_env.globals["csrf_token"] = csrf_token

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

    @app.route("/notes")
    @login_required
    def notes():
        return render_template("notes.html", notes=users_db.notes_of(get_db(), g.user[0]))

    @app.route("/notes", methods=["POST"])
    @login_required
    def add_note():
        try:
            users_db.add_note(get_db(), g.user[0], request.form.get("title", ""))
        except ValueError as error:
            return render_template("message.html", message=str(error)), 400
        return redirect(url_for("notes"), code=303)

    @app.route("/notes/<int:note_id>")
    @login_required
    def note(note_id):
        found = users_db.note_of(get_db(), note_id, g.user[0])
        if found is None:
            abort(404)
        return render_template("note.html", note=found)

    return app


if __name__ == "__main__":
    create_app("notes.db").run()
