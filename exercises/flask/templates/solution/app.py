"""The library's shelf: the books, shown from a template."""

from flask import Flask, render_template

app = Flask(__name__)

BOOKS = [
    {"title": "Dune", "author": "Frank Herbert"},
    {"title": "Beloved", "author": "Toni Morrison"},
    {"title": "Matilda", "author": "Roald Dahl"},
]


@app.route("/")
def shelf():
    return render_template("shelf.html", books=BOOKS)


if __name__ == "__main__":
    app.run()
