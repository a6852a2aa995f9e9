"""A library's website, made with Flask."""

from flask import Flask

app = Flask(__name__)


@app.route("/")
def home():
    # TODO: answer with a heading <h1> that says: The library
    return "TODO"


# TODO: a route for /hours
# TODO: a route for /books/NUMBER


if __name__ == "__main__":
    app.run()
