"""The library's shelf: the books, shown from a template."""

from flask import Flask

app = Flask(__name__)

BOOKS = [
    {"title": "Dune", "author": "Frank Herbert"},
    {"title": "Beloved", "author": "Toni Morrison"},
    {"title": "Matilda", "author": "Roald Dahl"},
]


@app.route("/")
def shelf():
    # TODO: answer with the template shelf.html, giving it the books
    return "TODO"


if __name__ == "__main__":
    app.run()
