"""The library's website: create_app() makes the app and plugs in the blueprints."""

from flask import Flask, render_template

import books


def create_app():
    app = Flask(__name__)
    app.register_blueprint(books.bp, url_prefix="/books")

    @app.route("/")
    def home():
        return render_template("home.html")

    return app


if __name__ == "__main__":
    create_app().run()
